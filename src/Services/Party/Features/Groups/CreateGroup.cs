using FluentValidation;
using Governance.Party.Data;
using Governance.Party.Domain.Groups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Party.Features.Groups;

public sealed record GroupSeatRequest(GroupRole? Role, string? PersonRef);

public sealed record CreateGroupRequest(Guid? GridUnitId, IReadOnlyList<GroupSeatRequest>? Members);

public sealed class CreateGroupValidator : AbstractValidator<CreateGroupRequest>
{
    public CreateGroupValidator()
    {
        RuleFor(r => r.GridUnitId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Members).NotNull();
        RuleForEach(r => r.Members).NotNull().WithMessage("{PropertyName}[{CollectionIndex}] must be an object, not null.").ChildRules(seat =>
        {
            seat.RuleFor(s => s.Role).NotNull();
            seat.RuleFor(s => s.PersonRef).NotEmpty().MaximumLength(ThreePlusTwoGroup.MaxPersonRefLength);
        });
    }
}

public sealed record GroupSeatResponse(GroupRole Role, string PersonRef);

public sealed record GroupResponse(Guid Id, Guid GridUnitId, IReadOnlyList<GroupSeatResponse> Members, DateTimeOffset CreatedAt)
{
    public static GroupResponse From(ThreePlusTwoGroup g) =>
        new(g.Id, g.GridUnitId, g.Members.Select(m => new GroupSeatResponse(m.Role, m.PersonRef)).ToList(), g.CreatedAt);
}

public static class CreateGroup
{
    public static async Task<Results<Created<GroupResponse>, ProblemHttpResult>> Handle(
        CreateGroupRequest request, PartyDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var gridId = request.GridUnitId!.Value;
        var unit = await db.UnitAsync(gridId, cancellationToken);
        if (unit is not { Level: "grid" })
        {
            return PartyProblems.Unprocessable(unit is null ? $"gridUnitId '{gridId}' names no unit of your district." : $"Unit '{unit.Name}' is a {unit.Level}, not a grid.");
        }

        var seats = request.Members!.Select(m => new GroupSeat(m.Role!.Value, m.PersonRef!.Trim())).ToList();
        var (group, error) = ThreePlusTwoGroup.Create(gridId, seats, clock.GetUtcNow());
        if (group is null)
        {
            return PartyProblems.Unprocessable(error!);
        }

        db.Set<ThreePlusTwoGroup>().Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/party/groups/{group.Id}", GroupResponse.From(group));
    }
}
