using Governance.Party.Domain.Agenda;
using Governance.Party.Domain.Organizations;

namespace Governance.Party.Tests.Domain.Agenda;

public class AgendaItemTests
{
    private static readonly DateTimeOffset Escalated = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private static AgendaItem Item() =>
        AgendaItem.Open(Guid.NewGuid(), Guid.NewGuid(), "road-damage", "community", Guid.NewGuid(), null, Escalated, Escalated.AddHours(100), automatic: false);

    [Theory]
    [InlineData(0, AgendaBand.Green)]
    [InlineData(74, AgendaBand.Green)]
    [InlineData(75, AgendaBand.Amber)]
    [InlineData(89, AgendaBand.Amber)]
    [InlineData(90, AgendaBand.Red)]
    [InlineData(130, AgendaBand.Red)]
    public void The_band_follows_the_share_of_time_left_until_the_deadline(int hoursAfterEscalation, AgendaBand band) =>
        Assert.Equal(band, Item().BandAt(Escalated.AddHours(hoursAfterEscalation)));

    [Fact]
    public void An_unassigned_item_is_attached_to_the_first_committee_only()
    {
        var item = Item();
        var committee = Guid.NewGuid();

        item.AssignTo(committee);
        item.AssignTo(Guid.NewGuid());

        Assert.Equal(committee, item.OrganizationId);
    }

    [Fact]
    public void A_closed_item_keeps_why_it_closed_first()
    {
        var item = Item();

        item.Close("resolved", Escalated.AddHours(1));
        item.Close("closed", Escalated.AddHours(2));

        Assert.Equal((AgendaItemStatus.Closed, "resolved", Escalated.AddHours(1)), (item.Status, item.ClosedBecause, item.ClosedAt));
    }

    [Fact]
    public void A_case_end_overtakes_escalations_made_before_it_only()
    {
        var outcome = CaseOutcome.Start(Guid.NewGuid(), "lunan");
        outcome.Ended(Escalated.AddHours(2));

        Assert.True(outcome.Overtakes(Escalated));
        Assert.False(outcome.Overtakes(Escalated.AddHours(3)));
    }

    [Theory]
    [InlineData("community", PartyLevel.CommunityCommittee)]
    [InlineData("street", PartyLevel.StreetCommittee)]
    [InlineData("grid", null)]
    public void Escalations_land_on_the_committee_of_their_level(string level, PartyLevel? committee) =>
        Assert.Equal(committee, AgendaRouting.CommitteeFor(level));
}
