using Governance.Grid.Domain.Open311;
using Governance.ServiceDefaults.Domain;

namespace Governance.Grid.Tests.Domain.Open311;

public class Open311ClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_issued_key_is_random_and_kept_only_as_its_hash()
    {
        var (client, key) = Open311Client.Issue(" FixMyStreet ", Now);
        var (_, other) = Open311Client.Issue("FixMyStreet", Now);

        Assert.NotEqual(key, other);
        Assert.Equal("FixMyStreet", client.Name);
        Assert.DoesNotContain(key, client.KeyHash, StringComparison.Ordinal);
        Assert.Equal(Open311Client.HashOf(key), client.KeyHash);
        Assert.Equal(64, client.KeyHash.Length);
    }

    [Fact]
    public void A_key_writes_only_to_its_own_district_until_it_is_revoked()
    {
        var (client, _) = Open311Client.Issue("App", Now);
        client.District = "lunan";

        Assert.Null(client.RefusalFor("lunan"));
        Assert.Equal(DomainErrorKind.NotAllowed, client.RefusalFor("kaiping")!.Kind);

        client.Revoke(Now);
        client.Revoke(Now.AddDays(1));
        Assert.Equal(Now, client.RevokedAt);
        Assert.Contains("revoked", client.RefusalFor("lunan")!.Detail, StringComparison.Ordinal);
    }
}
