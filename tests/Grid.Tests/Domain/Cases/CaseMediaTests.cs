using Governance.Grid.Domain.Cases;

namespace Governance.Grid.Tests.Domain.Cases;

/// <summary>What a reporting app may give as the photo of a problem: a link others can open, nothing else.</summary>
public sealed class CaseMediaTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("https://photos.example.net/1.jpg")]
    [InlineData("http://photos.example.net/路灯/1.jpg")]
    public void An_absolute_web_address_or_none_is_a_media_url(string? value) => Assert.True(CaseRules.IsMediaUrl(value));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://photos.example.net/1.jpg")]
    [InlineData("/photos/1.jpg")]
    [InlineData("photo.jpg")]
    public void Scripts_other_schemes_and_relative_paths_are_not(string value) => Assert.False(CaseRules.IsMediaUrl(value));

    [Fact]
    public void An_address_longer_than_the_column_is_not() =>
        Assert.False(CaseRules.IsMediaUrl("https://photos.example.net/" + new string('a', CaseRules.MaxMediaUrlLength)));
}
