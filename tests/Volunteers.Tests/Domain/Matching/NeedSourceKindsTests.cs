using Governance.Volunteers.Domain.Matching;

namespace Governance.Volunteers.Tests.Domain.Matching;

/// <summary>Which names a requesting service may give its requests, so a new domain asks without a change here.</summary>
public sealed class NeedSourceKindsTests
{
    [Theory]
    [InlineData("place-shift")]
    [InlineData("lantern-patrol2")]
    [InlineData("grid-case")]
    public void A_kebab_case_name_is_a_source_kind(string kind) => Assert.True(NeedSourceKinds.IsValid(kind));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PlaceShift")]
    [InlineData("place_shift")]
    [InlineData("place-")]
    [InlineData("place--shift")]
    [InlineData("驿站")]
    [InlineData("place-shift\u0000")]
    public void Anything_else_is_not(string? kind) => Assert.False(NeedSourceKinds.IsValid(kind));

    [Fact]
    public void A_name_longer_than_the_column_is_refused() =>
        Assert.False(NeedSourceKinds.IsValid(new string('a', NeedSourceKinds.MaxLength + 1)));

    [Theory]
    [InlineData("grid-case", true)]
    [InlineData("event-staffing", true)]
    [InlineData("manual", true)]
    [InlineData("place-shift", false)]
    public void The_kinds_with_their_own_contracts_are_reserved(string kind, bool reserved) =>
        Assert.Equal(reserved, NeedSourceKinds.IsReserved(kind));
}
