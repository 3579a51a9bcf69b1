using System.Security.Claims;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Events.Features.Registrations;

public static class ListRegistrations
{
    /// <summary>An activity's registrations for its organisers, in the order they came, the waitlisted with their positions.</summary>
    [QueryEnum<RegistrationStatus>("status")]
    public static async Task<Results<Ok<PagedResponse<RegistrationResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken,
        string? status = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var statusValue = default(RegistrationStatus);
        if (status is not null && !WireNames.TryParse(status, out statusValue))
        {
            errors["status"] = [$"status must be one of {WireNames.Names<RegistrationStatus>()}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Set<Activity>().AnyAsync(a => a.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("activity", id);
        }

        var query = db.Set<Registration>().AsNoTracking().Where(r => r.ActivityId == id);
        if (status is not null)
        {
            query = query.Where(r => r.Status == statusValue);
        }

        var pageNumber = page ?? 1;
        var size = pageSize ?? Paging.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        var line = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.ActivityId == id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.WaitlistNumber).Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<RegistrationResponse>(
            [.. items.Select(r => RegistrationResponse.From(r, r.Status == RegistrationStatus.Waitlisted ? line.IndexOf(r.Id) + 1 : null, user))],
            pageNumber, size, total));
    }
}
