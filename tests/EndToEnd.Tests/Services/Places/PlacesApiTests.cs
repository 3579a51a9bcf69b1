using System.Net;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Places;

/// <summary>
/// The places domain through the gateway, against its own database and the grid's unit events: places in
/// the territory, bookings against capacity and opening hours, partners, coverage and statistics.
/// </summary>
public class PlacesApiTests(PlatformFixture platform)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    // Opening hours are read in the district's zone (UTC+8): 02:00 UTC a week ahead is 10:00 there.
    private static readonly DateTimeOffset NextWeek = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(7), TimeSpan.Zero).AddHours(2);

    private static object[] EveryDay(string from, string to) =>
        Enum.GetNames<DayOfWeek>().Select(object (day) => new { day = day.ToLowerInvariant(), from, to }).ToArray();

    private static object NewPlace(string kind, Guid unitId, double lat, double lon, int? capacity = null, object? hours = null, object? @operator = null) => new
    {
        kind,
        name = $"{kind} {Guid.NewGuid():N}"[..30],
        unitId,
        location = new { lat, lon },
        address = "1 Xuefeng Road",
        openingHours = hours ?? EveryDay("08:00", "22:00"),
        services = new[] { "tea", "newspapers" },
        capacity,
        @operator = @operator ?? new { kind = "community" },
    };

    /// <summary>The places service learns units from the grid's events: the first write waits for the unit to arrive.</summary>
    private async Task<Guid> OpenPlaceAsync(string token, object place)
    {
        var (status, body) = await TryOpenPlaceAsync(token, place);
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> TryOpenPlaceAsync(string token, object place) =>
        Eventually.ReadAsync(() => platform.SendAsync(HttpMethod.Post, "/api/places", token, place),
            answer => answer.Status != HttpStatusCode.UnprocessableEntity
                || !answer.Body.TryGetProperty("detail", out var detail)
                || detail.GetString()?.Contains("names no unit", StringComparison.Ordinal) != true,
            Patience);

    private async Task<(string Token, Guid Street, Guid Community, Guid Grid)> TerritoryAsync(string district)
    {
        var token = await platform.TokenAsync(district);
        var (street, community) = await platform.CreateCommunityAsync(token, "Lamplight");
        var grid = await platform.CreateGridAsync(token, community, 118.18, 39.63, name: "Lamplight 1");
        return (token, street, community, grid);
    }

    [Fact]
    public async Task A_study_room_takes_bookings_up_to_its_capacity_inside_its_hours_and_a_cancellation_frees_the_seats()
    {
        var (admin, _, community, _) = await TerritoryAsync("places-bookings");
        var room = await OpenPlaceAsync(admin, NewPlace("study-room", community, 39.635, 118.185, capacity: 2));
        var resident = await platform.TokenAsync("places-bookings", roles: [], sub: "resident-1");
        var neighbour = await platform.TokenAsync("places-bookings", roles: [], sub: "resident-2");
        object Booking(int party, int fromHour = 0, int hours = 2) => new
        {
            name = "Li Hua", phone = "13812345678", partySize = party,
            slot = new { from = NextWeek.AddHours(fromHour), to = NextWeek.AddHours(fromHour + hours) },
        };

        var (booked, booking) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{room}/bookings", resident, Booking(2));
        Assert.True(booked == HttpStatusCode.Created, booking.ToString());
        Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", booking.GetProperty("code").GetString());
        Assert.Equal("booked", booking.GetProperty("status").GetString());
        Assert.Equal("138****5678", booking.GetProperty("phone").GetString());

        var (full, fullProblem) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{room}/bookings", neighbour, Booking(1, fromHour: 1));
        Assert.Equal((HttpStatusCode.Conflict, "full"), (full, fullProblem.GetProperty("state").GetString()));

        var (closedHours, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{room}/bookings", neighbour, Booking(1, fromHour: 11));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closedHours);

        var bookingId = booking.GetProperty("id").GetGuid();
        var (notTheirs, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{room}/bookings/{bookingId}/cancel", neighbour);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs);
        var (cancelled, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{room}/bookings/{bookingId}/cancel", resident);
        Assert.Equal(HttpStatusCode.OK, cancelled);

        var (fits, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{room}/bookings", neighbour, Booking(2, fromHour: 1));
        Assert.Equal(HttpStatusCode.Created, fits);
        var (_, own) = await platform.SendAsync(HttpMethod.Get, $"/api/places/{room}/bookings", neighbour);
        Assert.Equal(1, own.GetProperty("totalCount").GetInt32());
        var (_, all) = await platform.SendAsync(HttpMethod.Get, $"/api/places/{room}/bookings", admin);
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_place_lies_inside_its_grid_s_boundary_and_a_building_without_one_is_judged_by_its_grid()
    {
        var (admin, street, _, grid) = await TerritoryAsync("places-boundaries");
        var building = await platform.CreateUnitAsync(admin, new { level = "building", parentId = grid, name = "Building 3" });

        var (inside, place) = await TryOpenPlaceAsync(admin, NewPlace("canteen", grid, 39.635, 118.185));
        Assert.True(inside == HttpStatusCode.Created, place.ToString());

        // The grid is the square from (118.18, 39.63) to (118.19, 39.64): 39.65 lies north of it.
        var (outside, problem) = await platform.SendAsync(HttpMethod.Post, "/api/places", admin, NewPlace("canteen", grid, 39.65, 118.185));
        Assert.True(outside == HttpStatusCode.UnprocessableEntity && problem.GetProperty("errors").TryGetProperty("location", out _), problem.ToString());

        var (outsideTheBuilding, buildingProblem) = await TryOpenPlaceAsync(admin, NewPlace("day-care", building, 39.65, 118.185));
        Assert.True(outsideTheBuilding == HttpStatusCode.UnprocessableEntity && buildingProblem.GetProperty("errors").TryGetProperty("location", out _),
            buildingProblem.ToString());
        await OpenPlaceAsync(admin, NewPlace("day-care", building, 39.631, 118.181));

        // Neither the street nor anything above it has a boundary: there is nothing to judge by.
        await OpenPlaceAsync(admin, NewPlace("reading-station", street, 39.65, 118.185));
    }

    [Fact]
    public async Task Places_are_found_by_kind_unit_opening_time_and_distance()
    {
        var (admin, street, community, grid) = await TerritoryAsync("places-search");
        var canteen = await OpenPlaceAsync(admin, NewPlace("canteen", grid, 39.635, 118.185, hours: EveryDay("11:00", "13:00")));
        var library = await OpenPlaceAsync(admin, NewPlace("reading-station", community, 39.640, 118.185));
        var member = await platform.TokenAsync("places-search", roles: []);

        var (_, canteens) = await platform.SendAsync(HttpMethod.Get, $"/api/places?kind=canteen&unitId={street}", member);
        Assert.Equal([canteen], canteens.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));

        // 04:00 UTC is noon in UTC+8: both are open; 12:00 UTC is 20:00 there: only the reading station.
        var noon = Uri.EscapeDataString(NextWeek.AddHours(2).ToString("O"));
        var evening = Uri.EscapeDataString(NextWeek.AddHours(10).ToString("O"));
        var (_, openAtNoon) = await platform.SendAsync(HttpMethod.Get, $"/api/places?openAt={noon}", member);
        var (_, openInTheEvening) = await platform.SendAsync(HttpMethod.Get, $"/api/places?openAt={evening}", member);
        Assert.Equal(2, openAtNoon.GetProperty("totalCount").GetInt32());
        Assert.Equal([library], openInTheEvening.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));

        var (_, near) = await platform.SendAsync(HttpMethod.Get, "/api/places/near?lat=39.6349&lon=118.185&radiusMeters=2000", member);
        Assert.Equal([canteen, library], near.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("place").GetProperty("id").GetGuid()));
        Assert.True(near.GetProperty("items")[0].GetProperty("distanceMeters").GetDouble() < 50);

        var (badKind, problem) = await platform.SendAsync(HttpMethod.Get, "/api/places?kind=castle", member);
        Assert.Equal(HttpStatusCode.BadRequest, badKind);
        Assert.Contains("party-mass-centre", problem.GetProperty("errors").GetProperty("kind")[0].GetString(), StringComparison.Ordinal);

        // Year 9999 has no local time in UTC+8: refused by the platform's content check, naming the field, never a 500.
        var (farFuture, farProblem) = await platform.SendAsync(HttpMethod.Get, "/api/places?openAt=9999-12-31T23:00:00Z", member);
        Assert.True(farFuture == HttpStatusCode.UnprocessableEntity && farProblem.GetProperty("errors").TryGetProperty("openAt", out _), farProblem.ToString());
    }

    [Fact]
    public async Task Coverage_lists_communities_without_a_centre_until_one_opens_beneath_them()
    {
        var (admin, street, community, grid) = await TerritoryAsync("places-coverage");
        // Opened in the community, so the community has reached the service (its event travels apart from the street's) before coverage is read.
        await OpenPlaceAsync(admin, NewPlace("reading-station", community, 39.64, 118.18));

        var (_, before) = await platform.SendAsync(HttpMethod.Get, $"/api/places/coverage?unitId={street}", admin);
        Assert.Contains(before.GetProperty("communitiesWithoutCentre").EnumerateArray(), c => c.GetProperty("communityId").GetGuid() == community);
        var missing = before.GetProperty("streetsMissingStations")[0].GetProperty("missingStations").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.DoesNotContain("reading-station", missing);
        Assert.Contains("gig-work-station", missing);

        await OpenPlaceAsync(admin, NewPlace("party-mass-centre", grid, 39.635, 118.185));
        var (_, after) = await platform.SendAsync(HttpMethod.Get, $"/api/places/coverage?unitId={street}", admin);
        Assert.Empty(after.GetProperty("communitiesWithoutCentre").EnumerateArray());
    }

    [Fact]
    public async Task A_partner_runs_places_its_agreement_expires_and_visits_count_in_the_statistics()
    {
        var (admin, street, community, _) = await TerritoryAsync("places-partners");
        var (created, partner) = await platform.SendAsync(HttpMethod.Post, "/api/places/partners", admin, new
        {
            name = "Neighbours' kitchen", kind = "social-organization",
            contact = new { name = "Wang Fang", phone = "13912345678" },
            agreement = new { signedOn = "2020-01-01", termMonths = 24 },
        });
        Assert.True(created == HttpStatusCode.Created, partner.ToString());
        Assert.Equal("expired", partner.GetProperty("agreement").GetProperty("status").GetString());
        var partnerId = partner.GetProperty("id").GetGuid();

        var canteen = await OpenPlaceAsync(admin, NewPlace("canteen", community, 39.635, 118.185, @operator: new { kind = "partner", partnerId }));
        var (_, withPlaces) = await platform.SendAsync(HttpMethod.Get, $"/api/places/partners/{partnerId}", admin);
        Assert.Equal([canteen], withPlaces.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));

        var (missingPartner, problem) = await platform.SendAsync(HttpMethod.Post, "/api/places", admin,
            NewPlace("canteen", community, 39.635, 118.185, @operator: new { kind = "partner" }));
        Assert.Equal(HttpStatusCode.BadRequest, missingPartner);
        Assert.True(problem.GetProperty("errors").TryGetProperty("operator.partnerId", out _), problem.ToString());

        var (counted, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{canteen}/visits", admin, new { count = 12, purpose = "lunch" });
        Assert.Equal(HttpStatusCode.Created, counted);
        var (_, stats) = await platform.SendAsync(HttpMethod.Get, $"/api/places/stats?unitId={street}", admin);
        Assert.Equal(12, stats.GetProperty("byKind").GetProperty("canteen").GetProperty("visits").GetInt32());
        Assert.Equal(1, stats.GetProperty("byKind").GetProperty("canteen").GetProperty("places").GetInt32());
    }

    [Fact]
    public async Task Only_a_place_manager_or_the_district_admin_opens_and_closes_places_and_a_closed_place_takes_no_bookings()
    {
        var (admin, _, community, _) = await TerritoryAsync("places-roles");
        await OpenPlaceAsync(admin, NewPlace("reading-station", community, 39.64, 118.18)); // the unit has reached the service
        var member = await platform.TokenAsync("places-roles", roles: []);
        var (refused, _) = await platform.SendAsync(HttpMethod.Post, "/api/places", member, NewPlace("day-care", community, 39.635, 118.185, capacity: 10));
        Assert.Equal(HttpStatusCode.Forbidden, refused);

        var manager = await platform.TokenAsync("places-roles", roles: ["place-manager"]);
        var dayCare = await OpenPlaceAsync(manager, NewPlace("day-care", community, 39.635, 118.185, capacity: 10));
        var (closed, body) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{dayCare}/close", manager, new { reason = "renovation" });
        Assert.Equal((HttpStatusCode.OK, "closed"), (closed, body.GetProperty("status").GetString()));
        var (again, problem) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{dayCare}/close", manager, new { reason = "again" });
        Assert.Equal((HttpStatusCode.Conflict, "closed"), (again, problem.GetProperty("state").GetString()));

        var (booking, bookingProblem) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{dayCare}/bookings", member, new
        {
            name = "Zhao Lei", phone = "13812345678", partySize = 1, slot = new { from = NextWeek, to = NextWeek.AddHours(1) },
        });
        Assert.Equal((HttpStatusCode.Conflict, "closed"), (booking, bookingProblem.GetProperty("state").GetString()));

        var (elsewhere, _) = await platform.SendAsync(HttpMethod.Get, $"/api/places/{dayCare}", await platform.TokenAsync("places-other-district"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere);
    }

    [Fact]
    public async Task The_gateway_serves_its_api_document_and_lists_it_in_health()
    {
        var (documentStatus, document) = await platform.SendAsync(HttpMethod.Get, "/openapi/places.json", null);
        Assert.Equal(HttpStatusCode.OK, documentStatus);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/places/{id}/bookings", out _), "bookings are in the document");

        var (_, health) = await platform.SendAsync(HttpMethod.Get, "/health", null);
        Assert.True(health.GetProperty("entries").TryGetProperty("places", out _), health.ToString());
    }

    [Fact]
    public async Task A_day_care_point_asks_for_volunteers_shows_who_is_coming_and_a_withdrawal_releases_them()
    {
        var (admin, _, community, grid) = await TerritoryAsync("places-staffing");
        var dayCare = await OpenPlaceAsync(admin, NewPlace("day-care", community, 39.635, 118.185, capacity: 20));
        Assert.Equal(1, await Eventually.CountAsync(
            () => platform.App.CountAsync("volunteers-db", "SELECT count(*) FROM known_units WHERE \"Id\" = $1", grid), 1, Patience));
        var (created, volunteer) = await platform.SendAsync(HttpMethod.Post, "/api/volunteers", admin, new
        {
            name = "Wang Fang", phone = "13812345678", homeUnitId = grid, kind = "resident",
            skills = new[] { new { skill = "elder-care", level = "skilled" } },
            availability = new[] { new { day = "saturday", from = "08:00", to = "20:00" } },
        });
        Assert.True(created == HttpStatusCode.Created, volunteer.ToString());

        // Saturday 09:00–12:00 in the district's zone (UTC+8), at least a day ahead.
        var today = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(1), DateTimeKind.Unspecified);
        var saturday = new DateTimeOffset(today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7), TimeSpan.FromHours(8)).AddHours(9);
        var (asked, request) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{dayCare}/volunteer-requests", admin,
            new { skill = "elder-care", count = 2, window = new { from = saturday, to = saturday.AddHours(3) }, note = "Morning care" });
        Assert.True(asked == HttpStatusCode.Created, request.ToString());
        Assert.Equal("requested", request.GetProperty("status").GetString());
        var requestId = request.GetProperty("id").GetGuid();

        var member = await platform.TokenAsync("places-staffing", roles: [], sub: "resident-9");
        var answered = await Eventually.ReadAsync(
            async () => (await platform.SendAsync(HttpMethod.Get, $"/api/places/{dayCare}/volunteer-requests/{requestId}", member)).Body,
            r => r.GetProperty("status").GetString() == "unmatched" && r.GetProperty("unmatchedReason").ValueKind == JsonValueKind.String
                && r.GetProperty("volunteers").GetArrayLength() > 0, Patience);
        Assert.True(answered.GetProperty("volunteers").GetArrayLength() == 1, answered.ToString());
        Assert.Equal(volunteer.GetProperty("id").GetGuid(), Assert.Single(answered.GetProperty("volunteers").EnumerateArray()).GetProperty("volunteerId").GetGuid());
        Assert.Contains("1 of 2", answered.GetProperty("unmatchedReason").GetString(), StringComparison.Ordinal);

        var (listed, page) = await platform.SendAsync(HttpMethod.Get, $"/api/places/{dayCare}/volunteer-requests?status=unmatched", member);
        Assert.True(listed == HttpStatusCode.OK, page.ToString());
        Assert.Equal(requestId, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var (forbidden, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{dayCare}/volunteer-requests/{requestId}/withdraw", member);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        var (withdrawn, after) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{dayCare}/volunteer-requests/{requestId}/withdraw", admin);
        Assert.True(withdrawn == HttpStatusCode.OK, after.ToString());
        Assert.Equal(0, after.GetProperty("volunteers").GetArrayLength());

        // The volunteer service released the need it made for the request.
        var need = await Eventually.ReadAsync(
            async () => (await platform.SendAsync(HttpMethod.Get, $"/api/volunteers/needs?unitId={community}", admin)).Body.GetProperty("items").EnumerateArray()
                .FirstOrDefault(n => n.GetProperty("source").GetProperty("id").GetGuid() == requestId),
            n => n.ValueKind == JsonValueKind.Object && n.GetProperty("status").GetString() == "cancelled", Patience);
        Assert.Equal(JsonValueKind.Object, need.ValueKind);
        Assert.Equal(("place-shift", "cancelled"), (need.GetProperty("source").GetProperty("kind").GetString(), need.GetProperty("status").GetString()));
        Assert.Equal(0, need.GetProperty("assignments").GetArrayLength());
    }

    [Fact]
    public async Task A_volunteer_request_names_its_bad_fields_and_a_closed_place_asks_for_nobody()
    {
        var (admin, _, community, _) = await TerritoryAsync("places-staffing-rules");
        var station = await OpenPlaceAsync(admin, NewPlace("social-work-station", community, 39.635, 118.185));

        var (bad, problem) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{station}/volunteer-requests", admin,
            new { skill = "Elder Care", count = 0, window = new { from = NextWeek, to = NextWeek.AddHours(-1) } });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("skill", out _) && errors.TryGetProperty("count", out _) && errors.TryGetProperty("window.to", out _), problem.ToString());

        var (past, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{station}/volunteer-requests", admin,
            new { skill = "elder-care", count = 1, window = new { from = DateTimeOffset.UtcNow.AddDays(-2), to = DateTimeOffset.UtcNow.AddDays(-1) } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past);

        var (closed, _) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{station}/close", admin, new { reason = "repairs" });
        Assert.Equal(HttpStatusCode.OK, closed);
        var (refused, refusal) = await platform.SendAsync(HttpMethod.Post, $"/api/places/{station}/volunteer-requests", admin,
            new { skill = "elder-care", count = 1, window = new { from = NextWeek, to = NextWeek.AddHours(2) } });
        Assert.Equal((HttpStatusCode.Conflict, "closed"), (refused, refusal.GetProperty("state").GetString()));

        var (missing, _) = await platform.SendAsync(HttpMethod.Get, $"/api/places/{station}/volunteer-requests/{Guid.NewGuid()}", admin);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }
}
