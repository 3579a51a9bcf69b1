using Governance.Events.Domain.Activities;
using Governance.Events.Domain.Staffing;

namespace Governance.Events.Features.Staffing;

public sealed record StaffMemberResponse(Guid VolunteerId, string Name, DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt)
{
    public static StaffMemberResponse From(StaffMember s) => new(s.VolunteerId, s.Name, s.CheckedInAt, s.CheckedOutAt);
}

/// <param name="UnmatchedReason">Why the volunteer service found fewer volunteers than requested, while that is so.</param>
public sealed record StaffingLineResponse(string Skill, int Requested, IReadOnlyList<StaffMemberResponse> Assigned, string? UnmatchedReason);

public sealed record StaffResponse(Guid ActivityId, IReadOnlyList<StaffingLineResponse> Staffing)
{
    public static StaffResponse From(Activity activity) => new(activity.Id,
        [.. activity.Staffing.Select(line => new StaffingLineResponse(line.Skill, line.Count,
            [.. activity.Staff.Where(s => s.Skill == line.Skill).Select(StaffMemberResponse.From)], line.UnmatchedReason))]);
}
