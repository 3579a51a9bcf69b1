using Governance.Events.Domain.Activities;
using static Governance.Events.Tests.Domain.Activities.Activities;

namespace Governance.Events.Tests.Domain.Activities;

/// <summary>The counts an activity announces after each command, and who is told what.</summary>
public class RegistrationCountsTests
{
    [Fact]
    public void Counts_are_people_holding_waiting_checked_in_and_walking_in()
    {
        var activity = Published(capacity: 4);
        var registrations = new List<Registration>();
        var first = activity.Register(registrations, partySize: 3);
        activity.Register(registrations, partySize: 2);
        Assert.Null(activity.CheckIn(first, Now));
        Assert.Null(activity.AddWalkIns(5));

        Assert.Equal(new RegistrationCounts(3, 2, 3, 5), RegistrationCounts.Of(activity, registrations));
    }

    [Fact]
    public void Cancelling_a_held_place_promotes_the_waitlisted_party_and_the_counts_after_show_it()
    {
        var activity = Published(capacity: 3);
        var registrations = new List<Registration>();
        var holder = activity.Register(registrations, partySize: 2);
        var tooLarge = activity.Register(registrations, partySize: 3);
        var waiting = activity.Register(registrations, partySize: 2);
        var before = RegistrationCounts.Of(activity, registrations);

        var promoted = activity.CancelRegistration(holder, registrations, Now).Value!;

        Assert.Equal(new RegistrationCounts(2, 5, 0, 0), before);
        Assert.Equal(tooLarge.Id, Assert.Single(promoted).Id);
        Assert.Equal(RegistrationStatus.Registered, tooLarge.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, waiting.Status);
        Assert.Equal(new RegistrationCounts(3, 2, 0, 0), RegistrationCounts.Of(activity, registrations));
    }

    [Fact]
    public void A_second_check_in_changes_no_count_so_nothing_is_announced()
    {
        var activity = Published();
        var registrations = new List<Registration>();
        var registration = activity.Register(registrations, partySize: 2);
        Assert.Null(activity.CheckIn(registration, Now));
        var before = RegistrationCounts.Of(activity, registrations);

        Assert.Null(activity.CheckIn(registration, Now.AddMinutes(5)));

        Assert.Equal(before, RegistrationCounts.Of(activity, registrations));
    }

    [Fact]
    public void A_promotion_keeps_the_account_that_registered()
    {
        var activity = Published(capacity: 1);
        var registrations = new List<Registration>();
        var holder = activity.Register(registrations);
        var waiting = activity.Register("Li", "13812345678", 1, registrations, NextCode, Now, account: "resident-li").Value!;
        registrations.Add(waiting);

        var promoted = Assert.Single(activity.CancelRegistration(holder, registrations, Now).Value!);

        Assert.Equal((waiting.Id, "resident-li"), (promoted.Id, promoted.Account));
    }

    [Fact]
    public void A_cancelled_activity_tells_each_account_once_and_leaves_out_registrations_without_one()
    {
        var activity = Published(capacity: 2);
        var registrations = new List<Registration>();
        foreach (var account in new string?[] { "resident-a", null, "resident-b", "resident-a" })
        {
            var registration = activity.Register("Li", "13812345678", 1, registrations, NextCode, Now, account).Value!;
            registrations.Add(registration);
        }

        var gone = activity.Register("Zhao", "13812345678", 1, registrations, NextCode, Now, "resident-gone").Value!;
        registrations.Add(gone);
        Assert.Null(activity.CancelRegistration(gone, registrations, Now).Error);

        var toTell = activity.Cancel("Rain", registrations, Now).Value!;

        Assert.Equal(4, toTell.Count);
        Assert.Equal(["resident-a", "resident-b"], Registration.AccountsOf(toTell));
    }
}
