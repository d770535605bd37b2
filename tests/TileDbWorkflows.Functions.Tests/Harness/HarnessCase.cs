namespace TileDbWorkflows.Functions.Tests.Harness;

/// <summary>How the harness invokes one function through the host protocol, and what it must then see happen.</summary>
internal sealed record HarnessCase(string Function, string Outcome, Func<FunctionsAppFixture, Task> RunAsync);
