using System.Text.Json;
using TileDbWorkflows.Cli.Commands.Invites;
using TileDbWorkflows.Cli.Tests.Support;

namespace TileDbWorkflows.Cli.Tests.Issues;

/// <summary>
/// Issue 12, part 5: the recipients CSV was split on every comma, so a quoted name such as "Doe, Jane" shifted the
/// cells and the email column read the surname instead of the address.
/// </summary>
public sealed class QuotedCommaRecipientsTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public void A_quoted_name_with_a_comma_keeps_the_email_column_in_place()
    {
        var recipients = Recipients.Parse(["name,email", "\"Doe, Jane\",jane@example.com", "\"Roe, \"\"Rick\"\"\",rick@example.com"]);

        Assert.Equal(["jane@example.com", "rick@example.com"], recipients);
    }

    [Fact]
    public void A_quoted_cell_without_a_header_is_one_recipient()
    {
        Assert.Equal(["Doe, Jane", "bob"], Recipients.Parse(["\"Doe, Jane\",bob"]));
    }

    [Fact]
    public async Task The_invites_command_reads_the_email_column_of_a_file_with_quoted_commas()
    {
        using var profile = await emulator.LoggedInAsync();
        var name = EmulatorFixture.Unique("cli_quoted");
        var register = await profile.RunAsync("arrays", "register", $"s3://bucket/{name}", "--namespace", "demo", "--name", name);
        Assert.True(register.ExitCode == 0, register.ToString());
        var file = Path.Combine(profile.Dir, "recipients.csv");
        await File.WriteAllTextAsync(file, "name,email\n\"Builder, Bob\",bob\n\"Carol, C.\",carol@example.com\n");

        var result = await profile.RunAsync("invites", "array", $"tiledb://demo/{name}", "--file", file, "--actions", "read", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["bob", "carol@example.com"], doc.RootElement.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("recipient").GetString()));
    }
}
