using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.Sample.Data;
using Governance.Sample.Features.Items;
using Governance.ServiceDefaults.Api;

namespace Governance.Sample;

public static class SampleServices
{
    /// <summary>The domain's name: its routes are /api/sample/**, its queues sample-*, its database sample-db.</summary>
    public const string Domain = "sample";

    public static IHostApplicationBuilder AddSampleServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<SampleDbContext>($"{Domain}-db");
        builder.AddMessaging<SampleDbContext>(Domain, typeof(SampleServices).Assembly);
        builder.Services.AddValidatorsFromAssemblyContaining<OpenItemValidator>();
        return builder;
    }

    public static WebApplication MapSampleApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapItems();
        return app;
    }
}
