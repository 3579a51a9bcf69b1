using Governance.ServiceDefaults.Http;

namespace Governance.ServiceDefaults.Tests.Http;

public class WireNamesTests
{
    public enum PartyLevel
    {
        StreetCommittee,
        GridBranch,
    }

    [Theory]
    [InlineData("street-committee", PartyLevel.StreetCommittee)]
    [InlineData("grid-branch", PartyLevel.GridBranch)]
    public void Query_values_use_the_same_kebab_case_as_json(string text, PartyLevel expected)
    {
        Assert.True(WireNames.TryParse<PartyLevel>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("StreetCommittee")]
    [InlineData("0")]
    [InlineData("street")]
    [InlineData(null)]
    public void Other_spellings_are_rejected(string? text) =>
        Assert.False(WireNames.TryParse<PartyLevel>(text, out _));

    [Fact]
    public void Names_lists_the_accepted_spellings() =>
        Assert.Equal("street-committee, grid-branch", WireNames.Names<PartyLevel>());
}
