using Governance.Party.Data;
using Governance.Party.Domain.Organizations;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features;

internal static class PartyProblems
{
    public static ProblemHttpResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a party organisation rule.", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict with the current state.", detail: detail);
}

internal static class KnownUnitQueries
{
    /// <summary>A unit of the caller's district from this service's copy of the grid reference data.</summary>
    public static Task<UnitRef?> UnitAsync(this PartyDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.KnownUnits.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitRef(u.Id, u.Level, u.ParentId, u.Name))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Why <paramref name="unit"/> cannot be the community of a report or alliance; null when it can.</summary>
    public static string? NotACommunity(Guid id, UnitRef? unit) =>
        unit switch
        {
            null => $"communityUnitId '{id}' names no unit of your district (units reach this service from the grid service within seconds of their creation).",
            { Level: not "community" } => $"Unit '{unit.Name}' is a {unit.Level}, not a community.",
            _ => null,
        };

    public static IQueryable<KnownUnit> Units(this PartyDbContext db) => db.KnownUnits.AsNoTracking();
}
