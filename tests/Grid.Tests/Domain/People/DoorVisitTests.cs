using Governance.Grid.Domain.People;

namespace Governance.Grid.Tests.Domain.People;

public class DoorVisitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Household Home = Household.Create("lunan", Guid.NewGuid(), Guid.NewGuid(), "3-502", null, Now);

    private static readonly Visitor[] ThreePlusTwo =
    [
        new("Liu", VisitorRole.PartyRepresentative), new("Chen", VisitorRole.NpcDeputy), new("Zhao", VisitorRole.CppccMember),
        new("Wang", VisitorRole.GridWorker), new("Sun", VisitorRole.Volunteer),
    ];

    private static (DoorVisit? Visit, string? Error) Record(
        IReadOnlyCollection<Visitor>? visitors = null, Guid? groupId = null, Guid? workerId = null,
        DateTimeOffset? visitedAt = null, params WishInput[] wishes) =>
        DoorVisit.Record(Home, visitedAt ?? Now.AddHours(-2), visitors ?? ThreePlusTwo, groupId ?? Guid.NewGuid(), workerId, " ", wishes, Now);

    [Fact]
    public void A_group_visit_keeps_the_households_place_and_its_wishes()
    {
        var (visit, error) = Record(wishes:
        [
            new WishInput(" A walking stick ", WishCategory.DailyNeeds, Now.AddDays(7)),
            new WishInput("Fix the kitchen tap", WishCategory.HomeRepair, null),
        ]);

        Assert.Null(error);
        Assert.Equal(("lunan", Home.Id, Home.BuildingId, Home.GridId), (visit!.District, visit.HouseholdId, visit.BuildingId, visit.GridId));
        Assert.Equal(5, visit.Visitors.Count);
        Assert.Null(visit.Notes);
        Assert.Equal(2, visit.Wishes.Select(w => w.Id).Distinct().Count());
        Assert.All(visit.Wishes, w => Assert.Equal(WishStatus.Voiced, w.Status));
        Assert.Equal("A walking stick", visit.Wishes[0].Description);
    }

    [Fact]
    public void A_visit_without_visitors_is_refused() =>
        Assert.Contains("at least one visitor", Record(visitors: []).Error, StringComparison.Ordinal);

    [Fact]
    public void A_visit_is_made_by_a_group_or_a_worker()
    {
        var (visit, error) = DoorVisit.Record(Home, Now, ThreePlusTwo, null, null, null, [], Now);

        Assert.Null(visit);
        Assert.Contains("groupId", error, StringComparison.Ordinal);
        Assert.NotNull(DoorVisit.Record(Home, Now, [new Visitor("Wang", VisitorRole.GridWorker)], null, Guid.NewGuid(), null, [], Now).Visit);
    }

    [Fact]
    public void A_visit_in_the_future_cannot_be_recorded()
    {
        Assert.Contains("future", Record(visitedAt: Now.AddHours(1)).Error, StringComparison.Ordinal);
        Assert.Null(Record(visitedAt: Now.AddMinutes(2)).Error);
    }

    [Fact]
    public void A_wish_cannot_be_due_before_it_was_voiced() =>
        Assert.Contains("deadline", Record(wishes: new WishInput("Soap", WishCategory.DailyNeeds, Now.AddDays(-1))).Error, StringComparison.Ordinal);

    [Fact]
    public void A_fulfilled_wish_shows_who_fulfilled_it_and_when()
    {
        var wish = Record(wishes: new WishInput("Soap", WishCategory.DailyNeeds, null)).Visit!.Wishes[0];

        Assert.True(wish.Fulfil(Now.AddDays(2), " Delivered by the red helping team ", "红色帮帮团"));

        Assert.Equal(WishStatus.Fulfilled, wish.Status);
        Assert.Equal(Now.AddDays(2), wish.FulfilledAt);
        Assert.Equal("Delivered by the red helping team", wish.FulfilledNote);
        Assert.Equal("红色帮帮团", wish.FulfilledBy);
    }

    [Fact]
    public void A_wish_is_fulfilled_once_and_a_later_report_changes_nothing()
    {
        var visit = Record(wishes: new WishInput("Soap", WishCategory.DailyNeeds, null)).Visit!;
        var wish = visit.Wish(visit.Wishes[0].Id)!;
        wish.Fulfil(Now.AddDays(2), "first", "team A");

        Assert.False(wish.Fulfil(Now.AddDays(3), "second", "team B"));

        Assert.Equal(("first", "team A", Now.AddDays(2)), (wish.FulfilledNote, wish.FulfilledBy, wish.FulfilledAt));
    }

    [Fact]
    public void An_overlong_fulfilment_note_from_another_service_is_cut_not_refused()
    {
        var wish = Record(wishes: new WishInput("Soap", WishCategory.DailyNeeds, null)).Visit!.Wishes[0];

        wish.Fulfil(Now, new string('n', MicroWish.MaxNoteLength + 50), "   ");

        Assert.Equal(MicroWish.MaxNoteLength, wish.FulfilledNote!.Length);
        Assert.Null(wish.FulfilledBy);
    }

    [Fact]
    public void Unknown_wish_ids_are_not_found_on_a_visit() =>
        Assert.Null(Record().Visit!.Wish(Guid.NewGuid()));
}
