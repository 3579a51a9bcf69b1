using Governance.ServiceDefaults.Api;

namespace Governance.Grid.Features.Units;

public static class UnitsApi
{
    public static RouteGroupBuilder MapUnits(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units");
        units.MapPost("/", CreateUnit.Handle).Validate<CreateUnitRequest>()
            .WithSummary("Adds a street, community, grid or building to the district's territory.");
        units.MapGet("/{id:guid}", GetUnit.Handle).WithSummary("A unit with its ancestors.");
        units.MapGet("/", ListUnits.Handle).WithSummary("Units filtered by level and parent, one page at a time.");
        return api;
    }
}
