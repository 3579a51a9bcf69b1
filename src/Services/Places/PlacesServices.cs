using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.Places.Data;
using Governance.Places.Features.Items;
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
        builder.AddMessaging<PlacesDbContext>(Domain, typeof(PlacesServices).Assembly);
        builder.Services.AddValidatorsFromAssemblyContaining<OpenItemValidator>();
        return builder;
    }

    public static WebApplication MapPlacesApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapItems();
        return app;
    }
}
