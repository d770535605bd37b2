namespace TileDbWorkflows.Workflows.Payloads;

/// <summary>
/// A start input that can travel by reference: when it is bigger than <see cref="Common.WorkflowOptions.InlinePayloadBytes"/>
/// the trigger writes it to the payload store and schedules <see cref="ByReference"/> instead, whose lists are empty.
/// </summary>
public interface IPayloadInput<out T>
{
    /// <summary>The payload store document holding the whole input; null when the input travelled inline.</summary>
    string? InputBlob { get; }

    /// <summary>This input with its big lists dropped and <see cref="InputBlob"/> set.</summary>
    T ByReference(string inputBlob);
}
