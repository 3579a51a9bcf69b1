using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Features;
using Governance.Grid.Features.Cases;
using Governance.Grid.Features.Categories;
using Governance.Grid.Features.Locate;
using Governance.Grid.Features.Open311;
using Governance.Grid.Features.Units;
using Governance.ServiceDefaults.Api;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.Volunteering;

namespace Governance.Grid;

public static class GridServices
{
    public const string Domain = "grid";

    public static IHostApplicationBuilder AddGridServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<GridDbContext>("grid-db");
        builder.AddMessaging<GridDbContext>(Domain, typeof(GridServices).Assembly,
            bus => bus.AddVolunteerAnswerConsumers<GridDbContext, CaseAssistanceAnswers>(Domain));
        // Validators hold no request state; built per request (the default scope) they cost about 2% of a case report's CPU.
        builder.Services.AddValidatorsFromAssemblyContaining<CreateUnitValidator>(ServiceLifetime.Singleton);
        builder.Services.Configure<TerritoryOptions>(builder.Configuration.GetSection(TerritoryOptions.Section));
        builder.Services.AddGridLocator();
        builder.AddPeople();
        builder.AddCases();
        return builder;
    }

    public static WebApplication MapGridApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapUnits().MapLocate().MapPeople().MapCases().MapCategories().MapOpen311Clients();
        app.MapOpen311();
        return app;
    }
}
