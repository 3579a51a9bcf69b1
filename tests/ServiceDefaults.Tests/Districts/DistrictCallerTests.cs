using System.Security.Claims;
using Governance.ServiceDefaults.Districts;

namespace Governance.ServiceDefaults.Tests.Districts;

public class DistrictCallerTests
{
    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "Bearer"));

    [Fact]
    public void The_district_comes_from_the_token_claim()
    {
        var caller = DistrictCaller.From(Token(("sub", "u1"), ("district", "lunan")));
        Assert.Equal("lunan", caller.District);
        Assert.False(caller.CanReadAllDistricts);
        Assert.True(caller.MayReadDistrictData);
    }

    [Fact]
    public void A_token_without_district_may_not_read_district_data()
    {
        var caller = DistrictCaller.From(Token(("sub", "u1"), ("roles", "district-admin")));
        Assert.Null(caller.District);
        Assert.False(caller.MayReadDistrictData);
    }

    [Fact]
    public void A_city_level_role_reads_across_districts_without_a_district()
    {
        var caller = DistrictCaller.From(Token(("sub", "ops"), ("roles", "viewer"), ("roles", "city-ops")));
        Assert.Null(caller.District);
        Assert.True(caller.CanReadAllDistricts);
        Assert.True(caller.MayReadDistrictData);
    }

    [Theory]
    [InlineData("Lunan")]
    [InlineData("lunan;drop")]
    [InlineData("l")]
    [InlineData("")]
    [InlineData("1lunan")]
    public void A_malformed_district_claim_counts_as_no_district(string district) =>
        Assert.Null(DistrictCaller.From(Token(("district", district))).District);

    [Fact]
    public void An_unauthenticated_principal_has_no_district_even_with_the_claim()
    {
        var unauthenticated = new ClaimsPrincipal(new ClaimsIdentity([new Claim("district", "lunan")]));
        Assert.Equal(DistrictCaller.Anonymous, DistrictCaller.From(unauthenticated));
    }
}
