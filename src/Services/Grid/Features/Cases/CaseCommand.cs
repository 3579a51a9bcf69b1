using System.Security.Claims;
using Governance.BuildingBlocks.Data;
using Governance.Contracts;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Features.Workers;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Cases;

/// <summary>What every case action does around its domain call: load, act, raise events, save, answer.</summary>
internal static class CaseCommand
{
    /// <summary>The history's "who": the token's subject.</summary>
    public static string Actor(ClaimsPrincipal user) => user.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "unknown";

    /// <summary>The caller's account (the token's subject), or null when the token names none.</summary>
    public static string? Account(ClaimsPrincipal user) => user.FindFirst(DistrictCaller.SubjectClaim)?.Value is { Length: > 0 } sub ? sub : null;

    /// <param name="workers">
    /// For the actions only grid workers of the case's grid (or a district admin) may take; null for those anyone
    /// of the district may. The case's grid is where it was reported, whatever level it has climbed to.
    /// </param>
    /// <param name="act">The domain call; its error becomes a 409 or 422.</param>
    /// <param name="events">Events to raise after a successful call, given the level the case was at before it.</param>
    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> RunAsync(
        Guid id, GridDbContext db, TimeProvider clock, PersonalDataAccess? workers,
        Func<GridCase, DateTimeOffset, DomainError?> act,
        Func<GridCase, CaseLevel, DateTimeOffset, IEnumerable<IIntegrationEvent>> events,
        CancellationToken cancellationToken)
    {
        var item = await db.Cases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (item is null)
        {
            return ApiProblems.NotFound("case", id);
        }

        if (workers is not null && await workers.WorkRefusalAsync(item.District, item.GridId, "work this case", cancellationToken) is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        var now = clock.GetUtcNow();
        var levelBefore = item.Level;
        if (act(item, now) is { } error)
        {
            return ApiProblems.From(error);
        }

        foreach (var integrationEvent in events(item, levelBefore, now))
        {
            db.Raise(integrationEvent, item.Id);
        }

        if (await db.SaveOrConflictAsync("case", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(await DetailAsync(db, item, now, cancellationToken));
    }

    public static async Task<CaseResponse> DetailAsync(GridDbContext db, GridCase item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var duplicates = await db.Cases.AsNoTracking()
            .Where(c => c.MergedInto == item.Id)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new DuplicateResponse(c.Id, c.Title, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return CaseResponse.Detail(item, duplicates, now);
    }
}
