namespace TileDbWorkflows.Infra.Tests;

public enum ArmExpressionKind
{
    /// <summary>A string or number; <see cref="ArmExpression.Value"/> holds it.</summary>
    Literal,

    /// <summary>A function call; <see cref="ArmExpression.Name"/> is the function, the arguments follow.</summary>
    Call,

    /// <summary><c>target.name</c>; the only argument is the target.</summary>
    Property,

    /// <summary><c>target[index]</c>; the arguments are the target and the index.</summary>
    Index,
}
