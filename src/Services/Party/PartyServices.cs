using FluentValidation;
using Governance.Party.Data;
using Governance.Party.Features.Agenda;
using Governance.Party.Features.Alliances;
using Governance.Party.Features.Groups;
using Governance.Party.Features.Members;
using Governance.Party.Features.Organizations;
using Governance.Party.Features.Reports;
using Governance.ServiceDefaults.Api;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;

namespace Governance.Party;

public static class PartyServices
{
    public const string Domain = "party";

    public static IHostApplicationBuilder AddPartyServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<PartyDbContext>("party-db");
        builder.AddMessaging<PartyDbContext>(Domain, typeof(PartyServices).Assembly, bus => bus.AddKnownUnitConsumers<PartyDbContext>(Domain));
        builder.Services.AddValidatorsFromAssemblyContaining<CreateOrganizationValidator>();
        return builder;
    }

    public static WebApplication MapPartyApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapOrganizations().MapMembers().MapReports().MapGroups().MapAlliances().MapAgenda();
        return app;
    }
}
