using System.Security.Claims;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;

namespace Governance.ServiceDefaults.Tests.Security;

public class OwnershipTests
{
    private const string Organiser = "event-organizer";

    [Fact]
    public void The_owner_may_act_and_another_member_of_the_district_may_not()
    {
        Assert.Null(Ownership.Refusal("u1", "u1", organises: false, Organiser, "cancel it"));
        var refusal = Ownership.Refusal("u1", "u2", organises: false, Organiser, "cancel it");
        Assert.Equal(DomainErrorKind.NotAllowed, refusal?.Kind);
        Assert.Contains(Organiser, refusal!.Detail, StringComparison.Ordinal);
        Assert.Contains("cancel it", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organiser_may_act_on_anyone_s_record_and_a_record_without_owner_only_an_organiser()
    {
        Assert.Null(Ownership.Refusal("u1", "u2", organises: true, Organiser, "cancel it"));
        Assert.Null(Ownership.Refusal(null, "u2", organises: true, Organiser, "cancel it"));
        Assert.Contains("no account", Ownership.Refusal(null, "u2", organises: false, Organiser, "cancel it")!.Detail, StringComparison.Ordinal);
        Assert.NotNull(Ownership.Refusal(null, null, organises: false, Organiser, "cancel it"));
        Assert.NotNull(Ownership.Refusal("U1", "u1", organises: false, Organiser, "cancel it"));
    }

    [Theory]
    [InlineData("u1", new string[0], true)]
    [InlineData("u2", new string[0], false)]
    [InlineData("u2", new[] { Organiser }, true)]
    [InlineData("u2", new[] { Roles.DistrictAdmin }, true)]
    [InlineData("u2", new[] { "volunteer-coordinator" }, false)]
    public void A_token_organises_with_the_role_or_as_district_admin(string sub, string[] roles, bool allowed)
    {
        Claim[] claims = [new("sub", sub), new("district", "lunan"), .. roles.Select(r => new Claim("roles", r))];
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test", "sub", "roles"));
        Assert.Equal(allowed, user.Refusal("u1", Organiser, "cancel it") is null);
    }
}
