using FluentValidation;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Teams;

public sealed record CreateTeamRequest(string? Name, Guid? HomeUnitId, IReadOnlyList<FocusGroup>? Focus, IReadOnlyList<Guid>? MemberIds);

public sealed class CreateTeamValidator : AbstractValidator<CreateTeamRequest>
{
    public CreateTeamValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Team.MaxNameLength);
        RuleFor(r => r.HomeUnitId).NotEmpty();
        RuleForEach(r => r.Focus).IsInEnum();
        RuleForEach(r => r.MemberIds).NotEmpty();
    }
}

public sealed record AddMemberRequest(Guid? VolunteerId);

public sealed class AddMemberValidator : AbstractValidator<AddMemberRequest>
{
    public AddMemberValidator() => RuleFor(r => r.VolunteerId).NotEmpty();
}

internal static class TeamMembers
{
    /// <summary>Names of the given volunteers of the district; ids it does not have are missing from the result.</summary>
    public static Task<Dictionary<Guid, string>> NamesAsync(VolunteersDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return db.Set<Volunteer>().AsNoTracking().Where(v => wanted.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
    }
}
