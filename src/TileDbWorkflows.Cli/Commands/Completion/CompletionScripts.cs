namespace TileDbWorkflows.Cli.Commands.Completion;

/// <summary>
/// Shell glue around System.CommandLine's own <c>[suggest:N]</c> directive: each script hands the line typed so far
/// (without the program name) and the cursor position to <c>tdbw</c>, which answers one completion per line.
/// </summary>
internal static class CompletionScripts
{
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "fish", "pwsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => """
            _tdbw_complete() {
              local line="${COMP_LINE#* }"
              local pos=$(( COMP_POINT - ${#COMP_LINE} + ${#line} ))
              local IFS=$'\n'
              COMPREPLY=( $(tdbw "[suggest:${pos}]" "${line}" 2>/dev/null) )
            }
            complete -o default -F _tdbw_complete tdbw
            """,
        "zsh" => """
            _tdbw_complete() {
              local line="${BUFFER#* }"
              local pos=$(( CURSOR - ${#BUFFER} + ${#line} ))
              local -a completions
              completions=("${(@f)$(tdbw "[suggest:${pos}]" "${line}" 2>/dev/null)}")
              compadd -a completions
            }
            compdef _tdbw_complete tdbw
            """,
        "fish" => """
            function __tdbw_complete
              set -l line (string replace -r '^\S+\s*' '' -- (commandline -cp))
              tdbw "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null
            end
            complete -c tdbw -f -a '(__tdbw_complete)'
            """,
        "pwsh" => """
            Register-ArgumentCompleter -Native -CommandName tdbw -ScriptBlock {
              param($wordToComplete, $commandAst, $cursorPosition)
              $text = $commandAst.ToString()
              $start = $commandAst.CommandElements[0].Extent.EndOffset - $commandAst.Extent.StartOffset
              $line = $text.Substring([Math]::Min($start + 1, $text.Length))
              $pos = [Math]::Max(0, $cursorPosition - $commandAst.Extent.StartOffset - $start - 1)
              tdbw "[suggest:$pos]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
              }
            }
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "unknown shell"),
    };
}
