using Governance.Events.Domain.Activities;
using static Governance.Events.Tests.Domain.Activities.Activities;
using Governance.ServiceDefaults.Domain;

namespace Governance.Events.Tests.Domain.Activities;

public class LifecycleTests
{
    [Fact]
    public void A_new_activity_is_a_draft_not_yet_open_for_registration()
    {
        var activity = Lecture();

        Assert.Equal(ActivityStatus.Draft, activity.Status);
        Assert.Equal(RegistrationWindow.NotYetOpen, activity.RegistrationAt(Now));
    }

    [Fact]
    public void An_activity_runs_from_draft_through_published_and_in_progress_to_completed()
    {
        var activity = Lecture();

        Assert.Null(activity.Publish(Now));
        Assert.Null(activity.Start(Now.AddDays(1)));
        Assert.Null(activity.Complete(new Dictionary<string, int> { ["leaflets"] = 200 }, "Went well", [], Now.AddDays(1).AddHours(2)));

        Assert.Equal(ActivityStatus.Completed, activity.Status);
        Assert.Equal(200, activity.Outputs["leaflets"]);
        Assert.Equal("Went well", activity.Notes);
    }

    [Fact]
    public void Publishing_twice_is_a_wrong_state_naming_the_current_one()
    {
        var activity = Published();

        var error = activity.Publish(Now);

        Assert.Equal((DomainErrorKind.WrongState, "published"), (error!.Kind, error.State));
    }

    [Fact]
    public void A_draft_cannot_be_started()
    {
        var error = Lecture().Start(Now);

        Assert.Equal((DomainErrorKind.WrongState, "draft"), (error!.Kind, error.State));
    }

    [Fact]
    public void A_published_activity_is_completed_directly_only_once_its_start_time_has_passed()
    {
        var activity = Published();

        Assert.Equal("published", activity.Complete(new Dictionary<string, int>(), null, [], Now)!.State);
        Assert.Null(activity.Complete(new Dictionary<string, int>(), null, [], activity.StartsAt.AddMinutes(5)));
        Assert.Equal(activity.StartsAt, activity.StartedAt);
    }

    [Fact]
    public void A_completed_activity_cannot_be_cancelled()
    {
        var activity = Published();
        activity.Start(Now);
        activity.Complete(new Dictionary<string, int>(), null, [], Now);

        var result = activity.Cancel("rain", [], Now);

        Assert.Equal("completed", result.Error!.State);
    }

    [Fact]
    public void A_cancelled_activity_cannot_be_started_or_cancelled_again()
    {
        var activity = Published();
        Assert.Null(activity.Cancel("rain", [], Now).Error);

        Assert.Equal("cancelled", activity.Start(Now)!.State);
        Assert.Equal("cancelled", activity.Cancel("again", [], Now).Error!.State);
    }

    [Fact]
    public void Cancelling_names_the_registrations_still_holding_or_awaiting_a_place()
    {
        var activity = Published(capacity: 1);
        var registrations = new List<Registration>();
        var held = activity.Register(registrations);
        var waiting = activity.Register(registrations);
        var gone = activity.Register(registrations);
        activity.CancelRegistration(gone, registrations, Now);

        var told = activity.Cancel(null, registrations, Now).Value!;

        Assert.Equal([held.Id, waiting.Id], told.Select(r => r.Id));
    }

    [Fact]
    public void Attendance_is_the_checked_in_party_sizes_plus_walk_ins()
    {
        var activity = Published(capacity: 10);
        var registrations = new List<Registration>();
        var family = activity.Register(registrations, partySize: 3);
        activity.Register(registrations, partySize: 2);
        Assert.Null(activity.CheckIn(family, Now));
        Assert.Null(activity.AddWalkIns(4));
        activity.Start(Now);

        Assert.Null(activity.Complete(new Dictionary<string, int>(), null, registrations, Now));

        Assert.Equal(7, activity.Attendance);
    }

    [Fact]
    public void Negative_outputs_break_a_rule()
    {
        var activity = Published();
        activity.Start(Now);

        var error = activity.Complete(new Dictionary<string, int> { ["banners"] = -1 }, null, [], Now);

        Assert.Equal(DomainErrorKind.Rule, error!.Kind);
        Assert.Contains("banners", error.Detail, StringComparison.Ordinal);
    }
}
