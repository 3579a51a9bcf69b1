using Governance.Events.Domain.Activities;
using static Governance.Events.Tests.Domain.Activities.Activities;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;

namespace Governance.Events.Tests.Domain.Activities;

public class RegistrationTests
{
    [Fact]
    public void Registration_is_open_from_publication_until_the_activity_starts()
    {
        var activity = Published();

        Assert.Equal(RegistrationWindow.Open, activity.RegistrationAt(Now));
        Assert.Equal(RegistrationWindow.Closed, activity.RegistrationAt(activity.StartsAt));
    }

    [Fact]
    public void A_registration_window_set_by_the_organiser_is_not_yet_open_before_and_closed_after()
    {
        var activity = Lecture(opensAt: Now.AddHours(1), closesAt: Now.AddHours(5));
        activity.Publish(Now);

        Assert.Equal(RegistrationWindow.NotYetOpen, activity.RegistrationAt(Now));
        Assert.Equal(RegistrationWindow.Open, activity.RegistrationAt(Now.AddHours(1)));
        Assert.Equal(RegistrationWindow.Closed, activity.RegistrationAt(Now.AddHours(5)));
    }

    [Fact]
    public void Registering_before_the_window_opens_is_a_wrong_state_not_yet_open()
    {
        var activity = Lecture(opensAt: Now.AddHours(1));
        activity.Publish(Now);

        var result = activity.Register("Li", "13812345678", 1, [], NextCode, Now);

        Assert.Equal("not-yet-open", result.Error!.State);
    }

    [Fact]
    public void A_registration_belongs_to_the_account_that_made_it_and_only_it_or_an_organiser_may_act_on_it()
    {
        var registration = Published().Register("Li", "13812345678", 1, [], NextCode, Now, account: "resident-li").Value!;

        Assert.Equal("resident-li", registration.Account);
        Assert.Null(Ownership.Refusal(registration.Account, "resident-li", organises: false, "event-organizer", "cancel it"));
        Assert.Equal(DomainErrorKind.NotAllowed,
            Ownership.Refusal(registration.Account, "neighbour", organises: false, "event-organizer", "cancel it")?.Kind);
        Assert.Null(Ownership.Refusal(registration.Account, "neighbour", organises: true, "event-organizer", "cancel it"));
    }

    [Fact]
    public void A_draft_takes_no_registrations()
    {
        var result = Lecture().Register("Li", "13812345678", 1, [], NextCode, Now);

        Assert.Equal("draft", result.Error!.State);
    }

    [Fact]
    public void Party_sizes_count_against_the_capacity_and_the_rest_join_the_waitlist_in_order()
    {
        var activity = Published(capacity: 5);
        var registrations = new List<Registration>();

        var family = activity.Register(registrations, partySize: 4);
        var couple = activity.Register(registrations, partySize: 2);
        var single = activity.Register(registrations, partySize: 1);
        var another = activity.Register(registrations, partySize: 1);

        Assert.Equal(RegistrationStatus.Registered, family.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, couple.Status);
        Assert.Equal(RegistrationStatus.Registered, single.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, another.Status);
        Assert.Equal(5, Seating.Taken(registrations));
        Assert.Equal([1, 2], new[] { couple, another }.Select(r => Seating.PositionOf(r, registrations)));
        Assert.Null(Seating.PositionOf(family, registrations));
    }

    [Fact]
    public void The_capacity_is_never_exceeded_however_many_register()
    {
        var activity = Published(capacity: 10);
        var registrations = new List<Registration>();

        for (var i = 0; i < 40; i++)
        {
            activity.Register(registrations, partySize: 1 + (i % 3));
        }

        Assert.True(Seating.Taken(registrations) <= 10);
        Assert.Equal(Enumerable.Range(1, registrations.Count(r => r.Status == RegistrationStatus.Waitlisted)),
            Seating.Waitlist(registrations).Select(r => Seating.PositionOf(r, registrations)!.Value));
    }

    [Fact]
    public void A_party_larger_than_the_capacity_breaks_a_rule()
    {
        var result = Published(capacity: 3).Register("Li", "13812345678", 4, [], NextCode, Now);

        Assert.Equal(DomainErrorKind.Rule, result.Error!.Kind);
    }

    [Fact]
    public void Cancelling_a_registration_promotes_the_first_waitlisted_party_that_fits()
    {
        var activity = Published(capacity: 3);
        var registrations = new List<Registration>();
        var first = activity.Register(registrations, partySize: 2);
        activity.Register(registrations, partySize: 1);
        var tooBig = activity.Register(registrations, partySize: 3);
        var fits = activity.Register(registrations, partySize: 2);
        var next = activity.Register(registrations, partySize: 1);

        var promoted = activity.CancelRegistration(first, registrations, Now).Value!;

        Assert.Equal([fits.Id], promoted.Select(r => r.Id));
        Assert.Equal(RegistrationStatus.Registered, fits.Status);
        Assert.Equal((1, 2), (Seating.PositionOf(tooBig, registrations), Seating.PositionOf(next, registrations)));
        Assert.Equal(3, Seating.Taken(registrations));
    }

    [Fact]
    public void Cancelling_a_waitlisted_registration_promotes_nobody()
    {
        var activity = Published(capacity: 1);
        var registrations = new List<Registration>();
        activity.Register(registrations);
        var waiting = activity.Register(registrations);
        var behind = activity.Register(registrations);

        var promoted = activity.CancelRegistration(waiting, registrations, Now).Value!;

        Assert.Empty(promoted);
        Assert.Equal(1, Seating.PositionOf(behind, registrations));
    }

    [Fact]
    public void A_cancelled_registration_cannot_be_cancelled_again()
    {
        var activity = Published();
        var registrations = new List<Registration>();
        var registration = activity.Register(registrations);
        activity.CancelRegistration(registration, registrations, Now);

        Assert.Equal("cancelled", activity.CancelRegistration(registration, registrations, Now).Error!.State);
    }

    [Fact]
    public void Checking_in_twice_keeps_the_first_arrival()
    {
        var activity = Published();
        var registrations = new List<Registration>();
        var registration = activity.Register(registrations);

        Assert.Null(activity.CheckIn(registration, Now));
        Assert.Null(activity.CheckIn(registration, Now.AddMinutes(10)));

        Assert.Equal(Now, registration.CheckedInAt);
    }

    [Fact]
    public void A_cancelled_or_waitlisted_registration_cannot_check_in()
    {
        var activity = Published(capacity: 1);
        var registrations = new List<Registration>();
        var cancelled = activity.Register(registrations);
        var waiting = activity.Register(registrations);
        var stillWaiting = activity.Register(registrations, partySize: 1);
        activity.CancelRegistration(cancelled, registrations, Now);

        Assert.Equal("cancelled", activity.CheckIn(cancelled, Now)!.State);
        Assert.Equal(RegistrationStatus.Registered, waiting.Status);
        Assert.Equal("waitlisted", activity.CheckIn(stillWaiting, Now)!.State);
    }

    [Fact]
    public void Walk_ins_are_counted_only_while_the_activity_is_open()
    {
        var draft = Lecture();

        Assert.Equal("draft", draft.AddWalkIns(3)!.State);
        var published = Published();
        Assert.Null(published.AddWalkIns(3));
        Assert.Null(published.AddWalkIns(2));
        Assert.Equal(5, published.WalkIns);
    }
}
