using System.Security.Claims;
using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.Grid.Features.Workers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Grid.Features.Cases;

/// <summary>Why a case is escalated or reopened.</summary>
public sealed record CaseReasonRequest(string? Reason);

public sealed record ResolveCaseRequest(string? Resolution);

public sealed record CloseCaseRequest(int? Satisfaction, string? Comment);

public sealed class CaseReasonValidator : AbstractValidator<CaseReasonRequest>
{
    public CaseReasonValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(CaseRules.MaxTextLength);
}

public sealed class ResolveCaseValidator : AbstractValidator<ResolveCaseRequest>
{
    public ResolveCaseValidator() => RuleFor(r => r.Resolution).NotEmpty().MaximumLength(CaseRules.MaxTextLength);
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCaseRequest>
{
    public CloseCaseValidator()
    {
        RuleFor(r => r.Satisfaction).NotNull().InclusiveBetween(1, 5);
        RuleFor(r => r.Comment).MaximumLength(CaseRules.MaxTextLength);
    }
}

public static class AcceptCase
{
    public static Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, GridDbContext db, PersonalDataAccess workers, TimeProvider clock, CancellationToken cancellationToken) =>
        CaseCommand.RunAsync(id, db, clock, workers,
            (item, now) => item.Accept(CaseCommand.Actor(user), now),
            (item, _, now) => [CaseEvents.Accepted(item, now)],
            cancellationToken);
}

public static class StartCase
{
    public static Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, GridDbContext db, PersonalDataAccess workers, TimeProvider clock, CancellationToken cancellationToken) =>
        CaseCommand.RunAsync(id, db, clock, workers,
            (item, now) => item.Start(CaseCommand.Actor(user), now),
            (_, _, _) => [],
            cancellationToken);
}

public static class ResolveCase
{
    public static Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, ResolveCaseRequest request, ClaimsPrincipal user, GridDbContext db, PersonalDataAccess workers, TimeProvider clock, CancellationToken cancellationToken) =>
        CaseCommand.RunAsync(id, db, clock, workers,
            (item, now) => item.Resolve(request.Resolution!, CaseCommand.Actor(user), now),
            (item, _, now) => [CaseEvents.Resolved(item, now)],
            cancellationToken);
}

public static class EscalateCase
{
    public static Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, CaseReasonRequest request, ClaimsPrincipal user, GridDbContext db, PersonalDataAccess workers, SlaPolicy sla, TimeProvider clock,
        CancellationToken cancellationToken) =>
        CaseCommand.RunAsync(id, db, clock, workers,
            (item, now) => item.Escalate(request.Reason!, sla, CaseCommand.Actor(user), now),
            (item, from, now) => [CaseEvents.Escalated(item, from, automatic: false, now)],
            cancellationToken);
}

public static class CloseCase
{
    public static Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, CloseCaseRequest request, ClaimsPrincipal user, GridDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        CaseCommand.RunAsync(id, db, clock, null,
            (item, now) => item.Close(request.Satisfaction!.Value, request.Comment, CaseCommand.Actor(user), now),
            (item, _, now) => [CaseEvents.Closed(item, now)],
            cancellationToken);
}

/// <summary>Reopening puts the case back to reported at the level it was solved at, with a fresh deadline there, and announces it.</summary>
public static class ReopenCase
{
    public static Task<Results<Ok<CaseResponse>, ProblemHttpResult>> Handle(
        Guid id, CaseReasonRequest request, ClaimsPrincipal user, GridDbContext db, SlaPolicy sla, TimeProvider clock,
        CancellationToken cancellationToken) =>
        CaseCommand.RunAsync(id, db, clock, null,
            (item, now) => item.Reopen(request.Reason!, sla, CaseCommand.Actor(user), now),
            (item, _, now) => [CaseEvents.Reopened(item, now)],
            cancellationToken);
}
