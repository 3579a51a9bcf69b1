using Governance.BuildingBlocks.Volunteering;
using Governance.Places.Domain.Places;
using Governance.Places.Domain.Staffing;
using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Tests.Domain;

/// <summary>A canteen asks for cooks and shows the volunteer service's answers, whatever order they arrive in.</summary>
public sealed class VolunteerRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Saturday = new(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly RequestedVolunteer Wang = new(Guid.NewGuid(), "Wang Fang");
    private static readonly RequestedVolunteer Zhao = new(Guid.NewGuid(), "Zhao Lei");

    private static Place Canteen() => Place.Create(new NewPlace(
        PlaceKind.Canteen, "Neighbours' canteen", Guid.NewGuid(), new GeoPoint(39.63, 118.18), null,
        WeeklyHours.None, ["meals for elders"], 40, OperatorKind.Community, null), Now).Value!;

    private static DomainResult<VolunteerRequest> Ask(Place place, DateTimeOffset from, DateTimeOffset to, int count = 2) =>
        VolunteerRequest.Ask(place, new NewVolunteerRequest("cooking", count, from, to, "Saturday lunch", "manager-1"), Now);

    private static VolunteerRequest TwoCooks() => Ask(Canteen(), Saturday, Saturday.AddHours(4)).Value!;

    [Fact]
    public void A_request_waits_for_its_answer_and_keeps_its_window_in_utc()
    {
        var request = TwoCooks();

        Assert.Equal(VolunteerRequestStatus.Requested, request.Status);
        Assert.Equal(TimeSpan.Zero, request.From.Offset);
        Assert.Equal(Saturday, request.From);
        Assert.Empty(request.Volunteers);
    }

    [Fact]
    public void A_closed_place_asks_for_nobody()
    {
        var canteen = Canteen();
        canteen.Close("renovation", Now);

        Assert.Equal(DomainErrorKind.WrongState, Ask(canteen, Saturday, Saturday.AddHours(4)).Error?.Kind);
    }

    [Fact]
    public void A_window_that_is_over_backwards_or_longer_than_the_volunteer_service_takes_is_refused()
    {
        var canteen = Canteen();

        Assert.Equal(DomainErrorKind.Rule, Ask(canteen, Now.AddHours(-3), Now.AddHours(-1)).Error?.Kind);
        Assert.Equal(DomainErrorKind.Rule, Ask(canteen, Saturday, Saturday.AddHours(-1)).Error?.Kind);
        Assert.Equal(DomainErrorKind.Rule, Ask(canteen, Saturday, Saturday + VolunteerRequest.MaxWindow + TimeSpan.FromMinutes(1)).Error?.Kind);
        Assert.Null(Ask(canteen, Saturday, Saturday + VolunteerRequest.MaxWindow).Error);
    }

    [Fact]
    public void Enough_volunteers_assign_the_request()
    {
        var request = TwoCooks();

        Assert.Equal(AnswerOutcome.Applied, request.Assigned([Wang, Zhao], Now.AddSeconds(1)));

        Assert.Equal(VolunteerRequestStatus.Assigned, request.Status);
        Assert.Equal([Wang, Zhao], request.Volunteers);
        Assert.Null(request.UnmatchedReason);
    }

    [Fact]
    public void Too_few_volunteers_with_the_reason_leave_it_unmatched_in_either_order()
    {
        var assignedFirst = TwoCooks();
        var unmatchedFirst = TwoCooks();
        var answeredAt = Now.AddSeconds(1);

        assignedFirst.Assigned([Wang], answeredAt);
        assignedFirst.Unmatched("Found 1 of 2 volunteer(s) with skill 'cooking'.", answeredAt);
        unmatchedFirst.Unmatched("Found 1 of 2 volunteer(s) with skill 'cooking'.", answeredAt);
        unmatchedFirst.Assigned([Wang], answeredAt);

        foreach (var request in new[] { assignedFirst, unmatchedFirst })
        {
            Assert.Equal(VolunteerRequestStatus.Unmatched, request.Status);
            Assert.Equal([Wang], request.Volunteers);
            Assert.Contains("1 of 2", request.UnmatchedReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_answer_older_than_the_one_applied_changes_nothing()
    {
        var request = TwoCooks();
        request.Assigned([Wang, Zhao], Now.AddSeconds(5));

        Assert.Equal(AnswerOutcome.Stale, request.Assigned([Wang], Now.AddSeconds(2)));
        Assert.Equal(AnswerOutcome.Stale, request.Unmatched("nobody", Now.AddSeconds(2)));

        Assert.Equal(VolunteerRequestStatus.Assigned, request.Status);
        Assert.Equal(2, request.Volunteers.Count);
    }

    [Fact]
    public void A_later_release_shortens_the_list_and_a_later_assignment_fills_it_again()
    {
        var request = TwoCooks();
        request.Assigned([Wang, Zhao], Now.AddSeconds(1));

        request.Assigned([Zhao], Now.AddSeconds(2));
        Assert.Equal(VolunteerRequestStatus.Unmatched, request.Status);

        request.Assigned([Zhao, Wang], Now.AddSeconds(3));
        Assert.Equal(VolunteerRequestStatus.Assigned, request.Status);
    }

    [Fact]
    public void A_withdrawn_request_drops_its_volunteers_and_answers_after_it_say_so()
    {
        var request = TwoCooks();
        request.Assigned([Wang, Zhao], Now.AddSeconds(1));

        Assert.Null(request.Withdraw(Now.AddSeconds(2)));

        Assert.Equal(VolunteerRequestStatus.Withdrawn, request.Status);
        Assert.Empty(request.Volunteers);
        Assert.Equal(AnswerOutcome.Withdrawn, request.Assigned([Wang], Now.AddSeconds(3)));
        Assert.Equal(AnswerOutcome.Withdrawn, request.Unmatched("nobody", Now.AddSeconds(3)));
        Assert.Equal(DomainErrorKind.WrongState, request.Withdraw(Now.AddSeconds(4))?.Kind);
        Assert.Empty(request.Volunteers);
    }
}
