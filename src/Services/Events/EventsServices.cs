using FluentValidation;
using Governance.Events.Data;
using Governance.Events.Features.Activities;
using Governance.Events.Features.Registrations;
using Governance.Events.Features.Staffing;
using Governance.ServiceDefaults.Api;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Governance.BuildingBlocks.Volunteering;

namespace Governance.Events;

public static class EventsServices
{
    public const string Domain = "events";

    public static IHostApplicationBuilder AddEventsServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
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
