using FluentValidation;
using Governance.Volunteers.Data;
using Governance.Volunteers.Features;
using Governance.Volunteers.Features.Hours;
using Governance.Volunteers.Features.Wishes;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Messaging;
using Governance.ServiceDefaults.ReferenceData;

namespace Governance.Volunteers;

public static class VolunteersServices
{
    public const string Domain = "volunteers";

    public static IHostApplicationBuilder AddVolunteersServices(this IHostApplicationBuilder builder)
    {
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
