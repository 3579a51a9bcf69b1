using FluentValidation;
using Governance.Events.Data;
using Governance.Events.Features.Activities;
using Governance.Events.Features.Registrations;
using Governance.Events.Features.Staffing;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Messaging;
using Governance.ServiceDefaults.ReferenceData;
using Governance.ServiceDefaults.Volunteering;

namespace Governance.Events;

public static class EventsServices
{
    public const string Domain = "events";

    public static IHostApplicationBuilder AddEventsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>("events-db");
        builder.AddMessaging<EventsDbContext>(Domain, typeof(EventsServices).Assembly, bus =>
        {
            bus.AddKnownUnitConsumers<EventsDbContext>(Domain);
            bus.AddVolunteerAnswerConsumers<EventsDbContext, ActivityStaffAnswers>(Domain);
        });
        builder.Services.AddValidatorsFromAssemblyContaining<EventsDbContext>();
        return builder;
    }

    public static WebApplication MapEventsApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapActivities().MapRegistrations().MapStaffing();
        return app;
    }
}
