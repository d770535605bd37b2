namespace TileDbWorkflows.Emulator.Tasks;

/// <summary>Rules tried in order at submission; the first match with count left wins, else the default.</summary>
public sealed class TaskBehaviorSpec
{
    public TaskBehaviorRule? Default { get; set; }

    public List<TaskBehaviorRule> Rules { get; set; } = [];
}
