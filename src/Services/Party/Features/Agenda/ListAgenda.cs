using Governance.Party.Data;
using Governance.Party.Domain.Agenda;
using Governance.Party.Domain.Organizations;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Agenda;

/// <param name="CaseId">The case's reference in the grid service (<c>GET /api/grid/cases/{caseId}</c>).</param>
/// <param name="Band">From the time between the escalation and <paramref name="DueAt"/>: amber at 25% left, red at 10% left or overdue.</param>
public sealed record AgendaItemResponse(
    Guid Id, Guid CaseId, string Category, string Level, Guid ResponsibleUnitId, DateTimeOffset EscalatedAt, DateTimeOffset DueAt,
    AgendaBand Band, bool Automatic);

public static class ListAgenda
{
    public static async Task<Results<Ok<PagedResponse<AgendaItemResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, PartyDbContext db, TimeProvider clock, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Set<PartyOrganization>().AnyAsync(o => o.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("organisation", id);
        }

        var query = db.Set<AgendaItem>().AsNoTracking().Where(i => i.OrganizationId == id && i.Status == AgendaItemStatus.Open);
        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(i => i.DueAt).ThenBy(i => i.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(new PagedResponse<AgendaItemResponse>(
            items.Select(i => new AgendaItemResponse(i.Id, i.CaseId, i.Category, i.Level, i.ResponsibleUnitId, i.EscalatedAt, i.DueAt, i.BandAt(now), i.Automatic)).ToList(),
            pageNumber, size, total));
    }
}
