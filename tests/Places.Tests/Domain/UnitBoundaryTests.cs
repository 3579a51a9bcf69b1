using Governance.Places.Domain.Places;

namespace Governance.Places.Tests.Domain;

/// <summary>Whether a place's location lies in its unit, judged by the boundaries from the grid's unit events, without I/O.</summary>
public sealed class UnitBoundaryTests
{
    private static string Square(double lon, double lat, double size) =>
        FormattableString.Invariant($$"""{"type":"Polygon","coordinates":[[[{{lon}},{{lat}}],[{{lon + size}},{{lat}}],[{{lon + size}},{{lat + size}}],[{{lon}},{{lat + size}}],[{{lon}},{{lat}}]]]}""");

    private static readonly string Grid = Square(118.18, 39.63, 0.01);

    private static readonly string Community = Square(118.1, 39.6, 0.2);

    [Theory]
    [InlineData(39.635, 118.185)]
    [InlineData(39.63, 118.185)] // on the border: neighbouring grids share it, and a place there belongs to either
    [InlineData(39.63, 118.18)] // the corner
    public void A_location_inside_or_on_the_boundary_is_accepted(double lat, double lon) =>
        Assert.Null(UnitBoundary.Refusal(new GeoPoint(lat, lon), [("Lamplight 1", Grid)]));

    [Fact]
    public void A_location_outside_the_boundary_is_refused_naming_the_field_and_the_unit()
    {
        var refusal = UnitBoundary.Refusal(new GeoPoint(39.645, 118.185), [("Lamplight 1", Grid)]);

        Assert.NotNull(refusal);
        Assert.StartsWith("location", refusal, StringComparison.Ordinal);
        Assert.Contains("'Lamplight 1'", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Latitude_and_longitude_are_not_swapped() =>
        Assert.NotNull(UnitBoundary.Refusal(new GeoPoint(118.185, 39.635), [("Lamplight 1", Grid)]));

    [Fact]
    public void The_unit_s_own_boundary_comes_before_its_ancestors()
    {
        var inCommunityNotGrid = new GeoPoint(39.7, 118.2);

        Assert.NotNull(UnitBoundary.Refusal(inCommunityNotGrid, [("Lamplight 1", Grid), ("Lamplight", Community)]));
    }

    [Fact]
    public void A_unit_without_a_boundary_is_judged_by_its_nearest_ancestor_with_one()
    {
        var outsideTheCommunity = new GeoPoint(40.5, 118.2);

        Assert.NotNull(UnitBoundary.Refusal(outsideTheCommunity, [("Building 3", null), ("Lamplight 1", null), ("Lamplight", Community), ("Street", Square(0, 0, 1))]));
        Assert.Null(UnitBoundary.Refusal(new GeoPoint(39.7, 118.2), [("Building 3", null), ("Lamplight", Community), ("Street", Square(0, 0, 1))]));
    }

    [Fact]
    public void Without_any_boundary_on_the_way_up_every_location_is_accepted()
    {
        Assert.Null(UnitBoundary.Refusal(new GeoPoint(10, 10), [("Lamplight", null), ("Street", null)]));
        Assert.Null(UnitBoundary.Refusal(new GeoPoint(10, 10), []));
    }

    [Fact]
    public void A_multi_polygon_holds_locations_in_any_of_its_parts_and_a_hole_is_outside()
    {
        const string twoParts = """{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.4,0.4],[0.6,0.4],[0.6,0.6],[0.4,0.6],[0.4,0.4]]],[[[2,0],[3,0],[3,1],[2,1],[2,0]]]]}""";

        Assert.Null(UnitBoundary.Refusal(new GeoPoint(0.2, 0.2), [("Two parts", twoParts)]));
        Assert.Null(UnitBoundary.Refusal(new GeoPoint(0.5, 2.5), [("Two parts", twoParts)]));
        Assert.NotNull(UnitBoundary.Refusal(new GeoPoint(0.5, 0.5), [("Two parts", twoParts)]));
        Assert.NotNull(UnitBoundary.Refusal(new GeoPoint(0.5, 1.5), [("Two parts", twoParts)]));
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[118.18,39.63]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""")]
    [InlineData("not json")]
    public void Only_a_polygon_or_multi_polygon_reads_as_a_boundary(string geoJson) => Assert.Null(UnitBoundary.Read(geoJson));

    [Fact]
    public void The_latest_boundary_wins_whatever_order_the_events_arrive_in()
    {
        var at = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        var boundary = UnitBoundary.For(Guid.NewGuid(), "lunan");

        Assert.True(boundary.Apply(Community, at.AddMinutes(1)));
        Assert.False(boundary.Apply(Grid, at));
        Assert.Equal(Community, boundary.GeoJson);
        Assert.True(boundary.Apply(null, at.AddMinutes(2)));
        Assert.Null(boundary.GeoJson);
    }
}
