using Governance.AppHost;
using Governance.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = builder.AddPlatformInfrastructure();
var auth = PlatformAuth.From(builder);

var grid = builder.AddDomainService<Projects.Governance_Grid>("grid", infrastructure, auth);
var volunteers = builder.AddDomainService<Projects.Governance_Volunteers>("volunteers", infrastructure, auth);
var events = builder.AddDomainService<Projects.Governance_Events>("events", infrastructure, auth);
var party = builder.AddDomainService<Projects.Governance_Party>("party", infrastructure, auth);

builder.AddGateway(infrastructure, auth, grid, volunteers, events, party);

builder.Build().Run();
