using TileDbWorkflows.Cli.Infrastructure;

namespace TileDbWorkflows.Cli.Commands.Auth;

/// <summary>
/// <c>tdbw retry-mode [default|disabled|forceful]</c>: the Python client's <c>retry_mode()</c>, persisted in
/// tdbw.json so it applies to every later tdbw command (cloud.json stays in the Python format).
/// </summary>
internal static class RetryModeCommand
{
    public static Command Create(CliHost host)
    {
        var mode = new Argument<string?>("mode") { Description = "default (retry 503), disabled, or forceful (retry 400 and 5xx; may retry requests that always fail)", Arity = ArgumentArity.ZeroOrOne };
        mode.AcceptOnlyFromAmong(RetryModes.Names);
        return host.Command("retry-mode", "Show or set the retry mode for TileDB Cloud requests", [mode], (ctx, _) =>
        {
            var file = ctx.Settings;
            var requested = ctx.Get(mode);
            if (requested is not null)
            {
                file.Save(file.Load() with { RetryMode = RetryModes.Name(RetryModes.Parse(requested)) });
            }

            var current = RetryModes.Name(ctx.RetryMode);
            if (ctx.Json)
            {
                ctx.WriteJson(new { retry_mode = current, settings_file = file.Path });
            }
            else
            {
                ctx.Output.Line(requested is null ? $"retry mode: {current}" : $"retry mode set to {current} (saved to {file.Path})");
            }

            return Task.FromResult(ExitCodes.Success);
        });
    }
}
