using Governance.Grid.Features.Households;
using Governance.Grid.Features.Visits;
using Governance.Grid.Features.Workers;

namespace Governance.Grid.Features;

/// <summary>The people side of the grid: grid workers, households and residents, door visits.</summary>
public static class PeopleServices
{
    public static IHostApplicationBuilder AddPeople(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GridOwnershipOptions>(builder.Configuration.GetSection(GridOwnershipOptions.Section));
        builder.Services.AddScoped<PersonalDataAccess>();
        return builder;
    }

    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api) =>
        api.MapWorkers().MapHouseholds().MapVisits();
}
