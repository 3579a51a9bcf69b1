using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Governance.Places.Data;
using Governance.Places.Features;
using Governance.Places.Features.Bookings;
using Governance.Places.Features.Insights;
using Governance.Places.Features.Partners;
using Governance.Places.Features.Places;
using Governance.Places.Features.Staffing;
using Governance.Places.Features.Visits;
using Governance.BuildingBlocks.Volunteering;
using Governance.ServiceDefaults.Api;

namespace Governance.Places;

public static class PlacesServices
{
    /// <summary>The domain's name: its routes are /api/places/**, its queues places-*, its database places-db.</summary>
    public const string Domain = "places";

    public static IHostApplicationBuilder AddPlacesServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<PlacesDbContext>($"{Domain}-db");
        builder.AddMessaging<PlacesDbContext>(Domain, typeof(PlacesServices).Assembly, bus =>
        {
            bus.AddKnownUnitConsumers<PlacesDbContext>(Domain);
            bus.AddVolunteerAnswerConsumers<PlacesDbContext, PlaceShiftAnswers>(Domain);
        });
        builder.Services.AddScoped<IKnownUnitExtension<PlacesDbContext>, UnitBoundaryKeeper>();
        builder.Services.AddValidatorsFromAssemblyContaining<CreatePlaceValidator>();
        return builder;
    }

    public static WebApplication MapPlacesApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapPartners().MapInsights().MapPlaces().MapBookings().MapVisits().MapVolunteerRequests();
        return app;
    }
}
