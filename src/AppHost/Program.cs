using Governance.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

builder.AddDomainService<Projects.Governance_Grid>("grid")
    .WithBulkRoute(HttpMethod.Post, "/units/import", timeout: TimeSpan.FromMinutes(2), maxRequestBodyBytes: 64 * 1024 * 1024)
    .WithPublicPath("/open311", PublicErrorBody.GeoReport);
builder.AddDomainService<Projects.Governance_Volunteers>("volunteers");
builder.AddDomainService<Projects.Governance_Events>("events");
builder.AddDomainService<Projects.Governance_Party>("party");
builder.AddDomainService<Projects.Governance_Places>("places");
builder.AddDomainService<Projects.Governance_Notifications>("notifications")
    .WithEventStream("/feed");

builder.AddGateway();

builder.Build().Run();
