namespace TileDbWorkflows.Workflows.Validation;

/// <summary>One problem with a request, named by the JSON path of the field (e.g. <c>arrays[2].storageUri</c>).</summary>
public sealed record FieldError(string Field, string Message);
