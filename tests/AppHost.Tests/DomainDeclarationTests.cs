using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Governance.AppHost.Tests;

/// <summary>A domain declared with one line is fronted by the gateway, which is told its bulk routes.</summary>
public sealed class DomainDeclarationTests
{
    // The grid's project stands in for any domain's: only the declaration is under test.
    private static IDistributedApplicationBuilder Builder() =>
        DistributedApplication.CreateBuilder(["--Infrastructure:Mode=external", "--Auth:Authority=https://login.example.invalid"]);

    [Fact]
    public void The_gateway_references_every_domain_declared_before_it()
    {
        var builder = Builder();
        builder.AddDomainService<Projects.Governance_Grid>("lanterns");
        builder.AddDomainService<Projects.Governance_Grid>("kites");

        var gateway = builder.AddGateway();

        var references = gateway.Resource.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(relation => relation.Type == "Reference").Select(relation => relation.Resource.Name).ToList();
        Assert.Contains("lanterns", references);
        Assert.Contains("kites", references);
        Assert.Equal(["lanterns", "kites"], DomainServices.Declared(builder.Resources).Select(domain => domain.Name));
    }

    [Fact]
    public void The_gateway_is_told_each_domains_address_bulk_routes_and_public_paths()
    {
        var builder = Builder();
        var lanterns = builder.AddDomainService<Projects.Governance_Grid>("lanterns")
            .WithBulkRoute(HttpMethod.Post, "/import", TimeSpan.FromMinutes(3), maxRequestBodyBytes: 1024)
            .WithPublicPath("/lamplight")
            .WithPublicPath("/georeport", PublicErrorBody.GeoReport)
            .WithEventStream("/feed");

        var settings = DomainServices.GatewaySettings(lanterns.Resource);

        Assert.Equal(new Dictionary<string, string>
        {
            ["Gateway__Domains__lanterns__Address"] = "http://lanterns",
            ["Gateway__Domains__lanterns__BulkRoutes__0__Method"] = "POST",
            ["Gateway__Domains__lanterns__BulkRoutes__0__Path"] = "/import",
            ["Gateway__Domains__lanterns__BulkRoutes__0__Timeout"] = "00:03:00",
            ["Gateway__Domains__lanterns__BulkRoutes__0__MaxRequestBodyBytes"] = "1024",
            ["Gateway__Domains__lanterns__PublicPaths__0__Prefix"] = "/lamplight",
            ["Gateway__Domains__lanterns__PublicPaths__0__Errors"] = "ProblemDetails",
            ["Gateway__Domains__lanterns__PublicPaths__1__Prefix"] = "/georeport",
            ["Gateway__Domains__lanterns__PublicPaths__1__Errors"] = "GeoReport",
            ["Gateway__Domains__lanterns__EventStreams__0"] = "/feed",
        }, settings);
        Assert.Throws<ArgumentException>(() => lanterns.WithPublicPath("lamplight"));
        Assert.Throws<ArgumentException>(() => lanterns.WithEventStream("feed"));
    }

    [Fact]
    public void A_domain_declared_after_the_gateway_is_refused()
    {
        var builder = Builder();
        builder.AddGateway();

        Assert.Throws<InvalidOperationException>(() => builder.AddDomainService<Projects.Governance_Grid>("late"));
    }
}
