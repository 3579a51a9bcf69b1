using Governance.Places.Domain.Coverage;
using Governance.Places.Domain.Partners;
using Governance.Places.Domain.Places;

namespace Governance.Places.Tests.Domain;

/// <summary>A centre in every community, every station kind in every street; and agreements that run out.</summary>
public sealed class CoverageTests
{
    private static readonly TerritoryUnit Street = new(Guid.NewGuid(), "street", null, "Xuefeng Street");
    private static readonly TerritoryUnit North = new(Guid.NewGuid(), "community", Street.Id, "North community");
    private static readonly TerritoryUnit South = new(Guid.NewGuid(), "community", Street.Id, "South community");
    private static readonly TerritoryUnit NorthGrid = new(Guid.NewGuid(), "grid", North.Id, "North grid 1");
    private static readonly TerritoryUnit[] Units = [Street, North, South, NorthGrid];

    [Fact]
    public void A_centre_in_a_grid_covers_its_community_and_the_other_community_is_listed()
    {
        var report = CoverageGaps.Find(Units, [new PlaceAt(PlaceKind.PartyMassCentre, NorthGrid.Id)]);

        Assert.Equal([South.Id], report.CommunitiesWithoutCentre.Select(g => g.CommunityId));
        Assert.Equal(Street.Id, report.CommunitiesWithoutCentre[0].StreetId);
    }

    [Fact]
    public void A_street_lists_the_station_kinds_it_lacks()
    {
        var report = CoverageGaps.Find(Units, [new PlaceAt(PlaceKind.ReadingStation, North.Id), new PlaceAt(PlaceKind.SportsStation, NorthGrid.Id), new PlaceAt(PlaceKind.Canteen, Street.Id)]);

        var gap = Assert.Single(report.StreetsMissingStations);
        Assert.Equal([PlaceKind.ConvenienceStation, PlaceKind.GigWorkStation, PlaceKind.SocialWorkStation], gap.MissingStations);
    }

    [Fact]
    public void A_street_with_every_station_and_centres_everywhere_has_no_gaps()
    {
        var places = PlaceKinds.Stations.Select(k => new PlaceAt(k, Street.Id))
            .Append(new PlaceAt(PlaceKind.PartyMassCentre, North.Id)).Append(new PlaceAt(PlaceKind.PartyMassCentre, South.Id));

        var report = CoverageGaps.Find(Units, places);

        Assert.Empty(report.CommunitiesWithoutCentre);
        Assert.Empty(report.StreetsMissingStations);
    }

    [Fact]
    public void Scoped_to_a_community_only_that_community_is_judged()
    {
        var report = CoverageGaps.Find(Units, [], within: South.Id);

        Assert.Equal([South.Id], report.CommunitiesWithoutCentre.Select(g => g.CommunityId));
        Assert.Empty(report.StreetsMissingStations);
    }

    [Fact]
    public void An_agreement_is_active_until_its_term_runs_out()
    {
        var partner = Partner.Create("Neighbours' kitchen", PartnerKind.SocialOrganization, "Wang", "13812345678", new DateOnly(2025, 1, 15), 12, DateTimeOffset.UnixEpoch);

        Assert.Equal(AgreementStatus.Active, partner.StatusOn(new DateOnly(2026, 1, 14)));
        Assert.Equal(AgreementStatus.Expired, partner.StatusOn(new DateOnly(2026, 1, 15)));
    }
}
