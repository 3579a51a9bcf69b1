using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Privacy;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Domain.Cases;

public class DuplicatesAndPrivacyTests
{
    private static readonly GeoPoint Gate = new(39.6305, 118.1802);

    private readonly FakeClock clock = new(Start);

    [Fact]
    public void Haversine_distance_matches_a_known_length()
    {
        // One thousandth of a degree of latitude is about 111 metres everywhere.
        Assert.InRange(Gate.MetersTo(Gate with { Lat = Gate.Lat + 0.001 }), 110.5, 111.8);
        Assert.Equal(0, Gate.MetersTo(Gate), 6);
    }

    [Fact]
    public void The_bounding_box_contains_every_point_within_the_radius()
    {
        var (minLat, maxLat, minLon, maxLon) = Gate.BoundingBox(100);
        var east = Gate with { Lon = maxLon };
        var north = Gate with { Lat = maxLat };

        Assert.InRange(Gate.MetersTo(east), 99.9, 100.1);
        Assert.InRange(Gate.MetersTo(north), 99.9, 100.1);
        Assert.True(minLat < Gate.Lat && minLon < Gate.Lon);
    }

    [Fact]
    public void An_open_case_of_the_same_category_nearby_is_a_possible_duplicate()
    {
        var earlier = Report(clock, location: Gate);
        var now = Report(clock, location: Gate with { Lat = Gate.Lat + 0.0005 });

        Assert.True(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(earlier), 100));
        Assert.False(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(earlier), 50));
        Assert.False(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(now), 100));
    }

    [Fact]
    public void Other_categories_and_finished_cases_are_not_duplicates()
    {
        var noise = Report(clock, category: "noise", location: Gate);
        var finished = Report(clock, location: Gate);
        finished.Accept("w", Start);
        finished.Start("w", Start);
        finished.Resolve("done", "w", Start);
        var now = Report(clock, location: Gate);

        Assert.False(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(noise), 100));
        Assert.False(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(finished), 100));
    }

    [Fact]
    public void Without_a_location_the_same_grid_is_as_near_as_it_gets()
    {
        var sameGrid = Report(clock, location: Gate);
        var otherGrid = Report(clock, units: Units with { GridId = Guid.NewGuid() });
        var now = Report(clock);

        Assert.True(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(sameGrid), 100));
        Assert.False(DuplicatePolicy.IsPossibleDuplicate(now, Candidate(otherGrid), 100));
    }

    // Reporters' phones take the platform's one mask (first 3 and last 4 kept, as the README documents).
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138 1234 5678", "+86**********5678")]
    [InlineData("12345", "*****")]
    public void Reporter_phone_numbers_are_masked_like_every_phone(string phone, string masked) => Assert.Equal(masked, PersonalData.MaskPhone(phone));
}
