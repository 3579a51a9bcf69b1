using FluentValidation;
using Governance.Volunteers.Data;
using Governance.Volunteers.Features;
using Governance.Volunteers.Features.Hours;
using Governance.Volunteers.Features.Wishes;
using Governance.ServiceDefaults.Api;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;

namespace Governance.Volunteers;

public static class VolunteersServices
{
    public const string Domain = "volunteers";

    public static IHostApplicationBuilder AddVolunteersServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<VolunteersDbContext>("volunteers-db");
        builder.AddMessaging<VolunteersDbContext>(Domain, typeof(VolunteersServices).Assembly, bus => bus.AddKnownUnitConsumers<VolunteersDbContext>(Domain));
        builder.Services.AddValidatorsFromAssemblyContaining<VolunteersDbContext>();
        builder.Services.AddVolunteersCore();
        builder.AddWishes();
        return builder;
    }

    public static WebApplication MapVolunteersApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapVolunteersCore().MapWishes().MapHours();
        return app;
    }
}
