using Governance.Events.Domain.Activities;
using static Governance.Events.Tests.Domain.Activities.Activities;
using Governance.ServiceDefaults.Domain;
using Governance.BuildingBlocks.Volunteering;

namespace Governance.Events.Tests.Domain.Staffing;

public class StaffingTests
{
    private static readonly Guid Wang = Guid.NewGuid();
    private static readonly Guid Zhao = Guid.NewGuid();
    private static readonly Guid Sun = Guid.NewGuid();

    private static Activity Staffed() => Published(staffing: [new StaffingNeed("health-education", 2)]);

    [Fact]
    public void Each_answer_replaces_the_staff_of_its_skill_keeping_who_stays_checked_in()
    {
        var activity = Staffed();
        activity.StaffAssigned("health-education", [(Wang, "Wang"), (Zhao, "Zhao")], Now);
        Assert.Null(activity.CheckInStaff(Wang, null, Now));

        activity.StaffAssigned("health-education", [(Wang, "Wang"), (Sun, "Sun")], Now.AddMinutes(1));

        Assert.Equal([Wang, Sun], activity.Staff.Select(s => s.VolunteerId));
        Assert.Equal(Now, activity.Staff[0].CheckedInAt);
    }

    [Fact]
    public void An_empty_answer_releases_everyone()
    {
        var activity = Staffed();
        activity.StaffAssigned("health-education", [(Wang, "Wang")], Now);

        activity.StaffAssigned("health-education", [], Now.AddMinutes(1));

        Assert.Empty(activity.Staff);
    }

    [Fact]
    public void An_older_answer_arriving_late_changes_nothing_and_says_so()
    {
        var activity = Staffed();
        Assert.Equal(AnswerOutcome.Applied, activity.StaffAssigned("health-education", [(Wang, "Wang"), (Zhao, "Zhao")], Now.AddMinutes(1)).Value);

        Assert.Equal(AnswerOutcome.Stale, activity.StaffAssigned("health-education", [(Sun, "Sun")], Now).Value);
        Assert.Equal(AnswerOutcome.Stale, activity.StaffUnmatched("health-education", "nobody", Now).Value);

        Assert.Equal([Wang, Zhao], activity.Staff.Select(s => s.VolunteerId));
        Assert.Null(activity.Staffing[0].UnmatchedReason);
    }

    [Fact]
    public void An_unmatched_answer_shows_its_reason_until_enough_volunteers_are_assigned()
    {
        var activity = Staffed();
        activity.StaffAssigned("health-education", [(Wang, "Wang")], Now);
        activity.StaffUnmatched("health-education", "Found 1 of 2", Now);

        Assert.Equal("Found 1 of 2", activity.Staffing[0].UnmatchedReason);
        activity.StaffAssigned("health-education", [(Wang, "Wang"), (Zhao, "Zhao")], Now.AddMinutes(1));
        Assert.Null(activity.Staffing[0].UnmatchedReason);
    }

    [Fact]
    public void Answers_for_a_skill_the_activity_did_not_ask_for_can_never_apply()
    {
        var activity = Staffed();

        Assert.Equal(DomainErrorKind.NotFound, activity.StaffAssigned("first-aid", [(Wang, "Wang")], Now).Error?.Kind);
        Assert.Equal(DomainErrorKind.NotFound, activity.StaffUnmatched("first-aid", "nobody", Now).Error?.Kind);
        Assert.Empty(activity.Staff);
    }

    [Fact]
    public void Answers_after_the_cancellation_are_withdrawn_and_staff_nobody()
    {
        var activity = Staffed();
        activity.StaffAssigned("health-education", [(Wang, "Wang")], Now);
        Assert.Null(activity.Cancel(null, [], Now.AddMinutes(1)).Error);

        Assert.Equal(AnswerOutcome.Withdrawn, activity.StaffAssigned("health-education", [(Wang, "Wang"), (Zhao, "Zhao")], Now.AddMinutes(2)).Value);
        Assert.Equal(AnswerOutcome.Withdrawn, activity.StaffUnmatched("health-education", "Found 1 of 2", Now.AddMinutes(2)).Value);

        Assert.Equal([Wang], activity.Staff.Select(s => s.VolunteerId));
        Assert.Null(activity.Staffing[0].UnmatchedReason);
    }

    [Fact]
    public void Staff_check_in_and_out_once_and_the_first_times_stay()
    {
        var activity = Staffed();
        activity.StaffAssigned("health-education", [(Wang, "Wang")], Now);

        Assert.Null(activity.CheckInStaff(Wang, Now.AddHours(-1), Now));
        Assert.Null(activity.CheckInStaff(Wang, null, Now));
        Assert.Null(activity.CheckOutStaff(Wang, null, Now));
        Assert.Null(activity.CheckOutStaff(Wang, null, Now.AddHours(1)));

        Assert.Equal((Now.AddHours(-1), Now), (activity.Staff[0].CheckedInAt, activity.Staff[0].CheckedOutAt));
    }

    [Fact]
    public void Checking_out_before_checking_in_or_in_the_future_breaks_a_rule()
    {
        var activity = Staffed();
        activity.StaffAssigned("health-education", [(Wang, "Wang")], Now);

        Assert.Equal(DomainErrorKind.Rule, activity.CheckOutStaff(Wang, null, Now)!.Kind);
        Assert.Equal(DomainErrorKind.Rule, activity.CheckInStaff(Wang, Now.AddMinutes(1), Now)!.Kind);
        activity.CheckInStaff(Wang, null, Now);
        Assert.Equal(DomainErrorKind.Rule, activity.CheckOutStaff(Wang, Now.AddMinutes(-1), Now)!.Kind);
    }

    [Fact]
    public void A_volunteer_not_on_the_staff_is_not_found()
    {
        Assert.Equal(DomainErrorKind.NotFound, Staffed().CheckInStaff(Sun, null, Now)!.Kind);
    }
}
