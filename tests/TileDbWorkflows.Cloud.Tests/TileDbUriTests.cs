namespace TileDbWorkflows.Cloud.Tests;

public class TileDbUriTests
{
    [Fact]
    public void Name_may_contain_slashes_and_is_encoded_with_no_safe_characters()
    {
        var uri = TileDbUri.Parse("tiledb://ns/s3://bucket/arr");
        Assert.Equal("ns", uri.Namespace);
        Assert.Equal("s3://bucket/arr", uri.Name);
        Assert.Equal("ns/s3%3A%2F%2Fbucket%2Farr", uri.EncodedPath);
        Assert.Equal("tiledb://ns/s3://bucket/arr", uri.ToString());
    }

    [Theory]
    [InlineData("s3://bucket/arr")]
    [InlineData("tiledb://ns")]
    [InlineData("tiledb:///name")]
    [InlineData("tiledb://ns/")]
    [InlineData("")]
    public void Bad_uris_are_rejected_with_a_message_naming_them(string bad)
    {
        var ex = Assert.Throws<FormatException>(() => TileDbUri.Parse(bad));
        Assert.Contains($"'{bad}'", ex.Message, StringComparison.Ordinal);
        Assert.False(TileDbUri.TryParse(bad, out _));
    }

    [Fact]
    public void Unreserved_characters_stay_and_spaces_are_encoded()
    {
        Assert.Equal("a-b_c.d~e%20f%3Ag", TileDbUri.EncodeSegment("a-b_c.d~e f:g"));
    }
}
