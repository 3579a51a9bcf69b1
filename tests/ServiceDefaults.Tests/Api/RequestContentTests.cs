using Governance.ServiceDefaults.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Tests.Api;

public class RequestContentTests
{
    public sealed record Visitor(string Name, string? Role);

    public sealed record Visit(string Title, DateTimeOffset VisitedAt, DateOnly? Deadline, IReadOnlyList<Visitor> Visitors, Dictionary<string, int>? Outputs);

    private static RequestContent.Findings Walk(object request)
    {
        var findings = new RequestContent.Findings();
        RequestContent.Walk(request, "", findings, 0);
        return findings;
    }

    private static Visit Valid() => new("Door visit", new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero), null, [new Visitor("Li Wei", null)], null);

    public sealed class Pool;

    private static string Handler(Guid id, Visit request, string? q, Pool pool, [Microsoft.AspNetCore.Mvc.FromServices] TimeProvider clock, CancellationToken cancellationToken) =>
        $"{id} {request} {q} {pool} {clock} {cancellationToken}";

    [Fact]
    public void Only_what_the_request_carries_is_walked_never_a_service()
    {
        var services = new ServiceCollection().AddScoped<Pool>().BuildServiceProvider();
        var handler = typeof(RequestContentTests).GetMethod(nameof(Handler), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        var bound = RequestContent.RequestBound(handler, services);

        Assert.Equal([(0, "id"), (1, ""), (2, "q")], bound);
    }

    [Fact]
    public void A_valid_request_has_no_findings()
    {
        var findings = Walk(Valid() with { Title = "مرحبا 你好 👋\twith a tab\nand a line", Visitors = [new Visitor("\u200Fעברית", "grid-worker")] });

        Assert.Empty(findings.Missing);
        Assert.Empty(findings.Refused);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001B[31m")]
    [InlineData("\u007F")]
    public void Control_characters_are_refused_naming_the_field(string control)
    {
        var findings = Walk(Valid() with { Visitors = [new Visitor("ok", null), new Visitor($"Li{control}Wei", null)] });

        Assert.Contains("control character", Assert.Single(findings.Refused, e => e.Key == "visitors[1].name").Value[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    public void Bidirectional_overrides_are_refused_as_spoofing(string control)
    {
        var findings = Walk(Valid() with { Title = $"evil{control}gpj.exe" });

        Assert.Contains("bidirectional", findings.Refused["title"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_1900_to_2200_are_refused()
    {
        var findings = Walk(Valid() with { VisitedAt = DateTimeOffset.MinValue, Deadline = new DateOnly(9999, 12, 31) });

        Assert.Equal(["visitedAt", "deadline"], findings.Refused.Keys);
        Assert.Equal("'deadline' must be between 1900-01-01 and 2200-12-31.", findings.Refused["deadline"][0]);
    }

    [Fact]
    public void Non_nullable_fields_that_are_null_are_missing_and_nullable_ones_are_not()
    {
        var findings = Walk(new Visit(null!, Valid().VisitedAt, null, [new Visitor(null!, null)], null));

        Assert.Equal(["title", "visitors[0].name"], findings.Missing.Keys);
        Assert.Equal("'title' is required.", findings.Missing["title"][0]);
    }

    [Fact]
    public void A_null_list_is_missing()
    {
        var findings = Walk(Valid() with { Visitors = null! });

        Assert.Equal(["visitors"], findings.Missing.Keys);
    }

    [Fact]
    public void Dictionary_keys_and_values_are_checked_under_their_key()
    {
        var findings = Walk(Valid() with { Outputs = new() { ["meals\u0000"] = 3 } });

        Assert.Contains("key", findings.Refused["outputs.meals\u0000"][0], StringComparison.Ordinal);
    }
}
