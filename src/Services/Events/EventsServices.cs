using Governance.Events.Data;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Messaging;
using Governance.ServiceDefaults.ReferenceData;

namespace Governance.Events;

public static class EventsServices
{
    public const string Domain = "events";

    public static IHostApplicationBuilder AddEventsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>("events-db");
        builder.AddMessaging<EventsDbContext>(Domain, typeof(EventsServices).Assembly, bus => bus.AddKnownUnitConsumers<EventsDbContext>(Domain));
        return builder;
    }

    public static WebApplication MapEventsApi(this WebApplication app)
    {
        app.MapDomainApi(Domain);
        return app;
    }
}
