using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.Contracts.Volunteers;
using Governance.Places.Data;
using Governance.Places.Domain.Places;
using Governance.Places.Domain.Staffing;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Staffing;

public sealed record WindowDto(DateTimeOffset? From, DateTimeOffset? To);

/// <param name="Skill">A skill code of the volunteer service's skill tree, e.g. <c>cooking</c>; an unknown one is answered as unmatched, with the reason.</param>
/// <param name="Note">What the volunteers will do, shown with the request.</param>
public sealed record CreateVolunteerRequest(string? Skill, int? Count, WindowDto? Window, string? Note);

public sealed class CreateVolunteerRequestValidator : AbstractValidator<CreateVolunteerRequest>
{
    public CreateVolunteerRequestValidator()
    {
        RuleFor(r => r.Skill).NotEmpty().MaximumLength(VolunteerRequest.MaxSkillLength)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("skill must be a kebab-case skill code, e.g. cooking or first-aid.");
        RuleFor(r => r.Count).NotNull().InclusiveBetween(1, VolunteerRequest.MaxCount);
        RuleFor(r => r.Window).NotNull();
        RuleFor(r => r.Window!.From).NotNull().OverridePropertyName("window.from").When(r => r.Window is not null);
        RuleFor(r => r.Window!.To).NotNull().GreaterThan(r => r.Window!.From).OverridePropertyName("window.to")
            .When(r => r.Window is { From: not null }).WithMessage("window.to must come after window.from.");
        RuleFor(r => r.Note).MaximumLength(VolunteerRequest.MaxNoteLength);
    }
}

/// <param name="Volunteers">Who the volunteer service assigned, its whole current list.</param>
/// <param name="UnmatchedReason">Why fewer volunteers than asked for are coming, as the volunteer service put it.</param>
public sealed record VolunteerRequestResponse(
    Guid Id, Guid PlaceId, string Skill, int Count, WindowDto Window, string? Note, VolunteerRequestStatus Status,
    IReadOnlyList<RequestedVolunteer> Volunteers, string? UnmatchedReason, DateTimeOffset CreatedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? WithdrawnAt)
{
    public static VolunteerRequestResponse Of(VolunteerRequest r) => new(
        r.Id, r.PlaceId, r.Skill, r.Count, new WindowDto(r.From, r.To), r.Note, r.Status, r.Volunteers, r.UnmatchedReason, r.CreatedAt, r.AnsweredAt, r.WithdrawnAt);
}

/// <summary>
/// A place asks the volunteer service for people through the generic request protocol
/// (<see cref="VolunteersRequested"/>) and shows who is coming from its answers (<see cref="PlaceShiftAnswers"/>).
/// </summary>
public static class VolunteerRequestsApi
{
    public static RouteGroupBuilder MapVolunteerRequests(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/{id:guid}/volunteer-requests");
        requests.MapPost("/", Ask).Validate<CreateVolunteerRequest>().RequireRoleOrDistrictAdmin(Roles.PlaceManager)
            .WithSummary("Asks the volunteer service for volunteers with a skill at the place during a window; the answer arrives shortly after (status requested until then).");
        requests.MapGet("/", List).WithSummary("The place's volunteer requests with the volunteers assigned, latest window first.");
        requests.MapGet("/{requestId:guid}", Get).WithSummary("One volunteer request of the place, with who is coming or why not enough are.");
        requests.MapPost("/{requestId:guid}/withdraw", Withdraw).RequireRoleOrDistrictAdmin(Roles.PlaceManager)
            .WithSummary("Withdraws a request: the volunteer service releases whoever it assigned.");
        return api;
    }

    public static async Task<Results<Created<VolunteerRequestResponse>, ProblemHttpResult>> Ask(
        Guid id, CreateVolunteerRequest request, PlacesDbContext db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var place = await db.Set<Place>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return ApiProblems.NotFound("place", id);
        }

        var now = clock.GetUtcNow();
        var asked = VolunteerRequest.Ask(place, new NewVolunteerRequest(
            request.Skill!, request.Count!.Value, request.Window!.From!.Value, request.Window.To!.Value, request.Note,
            context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? ""), now);
        if (asked.Error is { } refused)
        {
            return ApiProblems.From(refused);
        }

        var shift = asked.Value!;
        db.Add(shift);
        db.Raise(new VolunteersRequested(Guid.CreateVersion7(now), shift.District, now, VolunteerRequest.SourceKind, shift.Id, shift.Skill, shift.Count,
            place.UnitId, shift.From, shift.To), shift.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/{PlacesServices.Domain}/{id}/volunteer-requests/{shift.Id}", VolunteerRequestResponse.Of(shift));
    }

    [QueryEnum<VolunteerRequestStatus>("status")]
    public static async Task<Results<Ok<PagedResponse<VolunteerRequestResponse>>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, PlacesDbContext db, CancellationToken cancellationToken, string? status = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var wanted = WireNames.Filter<VolunteerRequestStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Set<Place>().AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("place", id);
        }

        var query = db.Set<VolunteerRequest>().AsNoTracking().Where(r => r.PlaceId == id);
        if (wanted is { } only)
        {
            query = query.Where(r => r.Status == only);
        }

        return TypedResults.Ok(await query.OrderByDescending(r => r.From).ThenBy(r => r.Id).ToPageAsync(page, pageSize, VolunteerRequestResponse.Of, cancellationToken));
    }

    public static async Task<Results<Ok<VolunteerRequestResponse>, ProblemHttpResult>> Get(
        Guid id, Guid requestId, PlacesDbContext db, CancellationToken cancellationToken) =>
        await db.Set<VolunteerRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.PlaceId == id, cancellationToken) is { } found
            ? TypedResults.Ok(VolunteerRequestResponse.Of(found))
            : ApiProblems.NotFound("volunteer request", requestId);

    public static Task<Results<Ok<VolunteerRequestResponse>, ProblemHttpResult>> Withdraw(
        Guid id, Guid requestId, PlacesDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        db.ChangeAsync<VolunteerRequest, VolunteerRequestResponse>("volunteer request", requestId, shift =>
        {
            if (shift.PlaceId != id)
            {
                return DomainError.NotFound($"Place '{id}' has no volunteer request '{requestId}'.");
            }

            var now = clock.GetUtcNow();
            if (shift.Withdraw(now) is { } refused)
            {
                return refused;
            }

            PlaceShiftAnswers.AnnounceWithdrawal(db, shift, now);
            return null;
        }, VolunteerRequestResponse.Of, cancellationToken);
}
