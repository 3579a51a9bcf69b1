using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Grid.Features.Units;

public static class UnitsApi
{
    public static RouteGroupBuilder MapUnits(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units");
        units.MapPost("/", CreateUnit.Handle).Validate<CreateUnitRequest>().RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin)
            .WithSummary("Adds a street, community, grid or building to the district's territory; a grid needs a GeoJSON boundary that overlaps no sibling grid.");
        units.MapPost("/import", ImportUnits.Handle).RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin)
            .WithMetadata(new RequestSizeLimitAttribute(ImportUnits.MaxBodyBytes))
            .WithSummary("Imports a GeoJSON FeatureCollection of units in one transaction: all or nothing, with each failing feature's problems.");
        units.MapGet("/{id:guid}", GetUnit.Handle).WithSummary("A unit with its boundary and its ancestors.");
        units.MapGet("/", ListUnits.Handle).WithSummary("Units filtered by level and parent, one page at a time.");
        units.MapPost("/{id:guid}/rename", RenameUnit.Handle).Validate<RenameUnitRequest>().RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin).WithSummary("Renames a unit.");
        units.MapPost("/{id:guid}/move", MoveUnit.Handle).Validate<MoveUnitRequest>().RequireRoleOrDistrictAdmin(Roles.TerritoryAdmin)
            .WithSummary("Moves a unit, with everything beneath it, under another parent of the right level. Its code stays.");
        return api;
    }
}
