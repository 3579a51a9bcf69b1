using System.Net;
using System.Text.Json;
using Governance.EndToEnd.Tests.Services;

namespace Governance.EndToEnd.Tests.Contract;

/// <summary>
/// A small district of the fuzzer's own, built through the gateway, so that the valid baseline of
/// each operation names entities that exist (a path id of a real event reaches the handler, a
/// random one stops at the 404). Entities that could not be created are simply absent: the
/// operations naming them fall back to random ids.
/// </summary>
public sealed class FuzzWorld
{
    /// <summary>Every role a district token can carry, so that no operation stops at 403.</summary>
    public static readonly string[] AllRoles =
        ["district-admin", "territory-admin", "grid-worker", "volunteer-coordinator", "event-organizer", "party-organizer"];

    // Units reach the other services by message; their first write may find them not yet known.
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, Guid> ids = new(StringComparer.OrdinalIgnoreCase);

    public string Token { get; private set; } = "";

    public string SkillCode { get; private set; } = "first-aid";

    public string RegistrationCode { get; private set; } = "ABCDEFGH";

    /// <summary>The seeded grid's square, to put locations inside it.</summary>
    public (double Lon, double Lat) GridCorner { get; private set; }

    public IReadOnlyDictionary<string, Guid> Ids => ids;

    /// <summary>Why an entity is missing: a baseline naming it then gets a 404 rather than reaching its handler.</summary>
    public List<string> Problems { get; } = [];

    public Guid? this[string entity] => ids.TryGetValue(entity, out var id) ? id : null;

    /// <param name="token">A token of the fuzzer's own district with <see cref="AllRoles"/>.</param>
    public static async Task<FuzzWorld> BuildAsync(HttpClient gateway, string token, CancellationToken cancellationToken)
    {
        var world = new FuzzWorld { Token = token };
        await world.SeedAsync(gateway, cancellationToken);
        return world;
    }

    private async Task SeedAsync(HttpClient gateway, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        GridCorner = (116.0 + Random.Shared.NextDouble(), 39.0);
        await CreateAsync(gateway, "street", "/api/grid/units", new { level = "street", name = "Fuzz Street" }, ct);
        await CreateAsync(gateway, "community", "/api/grid/units", new { level = "community", parentId = this["street"], name = "Fuzz Community" }, ct);
        await CreateAsync(gateway, "grid", "/api/grid/units",
            new { level = "grid", parentId = this["community"], name = "Fuzz Grid", boundary = Territory.Square(GridCorner.Lon, GridCorner.Lat, 0.01) }, ct);
        await CreateAsync(gateway, "building", "/api/grid/units", new { level = "building", parentId = this["grid"], name = "Fuzz Building" }, ct);
        await CreateAsync(gateway, "worker", "/api/grid/workers", new { name = "Fuzz Worker", phone = "13812345678", employment = "full-time", account = $"fuzz-{Guid.NewGuid():N}" }, ct);
        await SendAsync(gateway, HttpMethod.Post, $"/api/grid/workers/{this["worker"]}/assignments", new { gridId = this["grid"], duty = "patrol" }, ct);
        await CreateAsync(gateway, "household", "/api/grid/households", new { buildingId = this["building"], doorNumber = "1-101" }, ct);
        await CreateAsync(gateway, "resident", $"/api/grid/households/{this["household"]}/residents",
            new { name = "Fuzz Resident", idNumber = "11010519491231002X", phone = "13812345678", specialGroups = new[] { "elderly" } }, ct);
        await CreateAsync(gateway, "visit", "/api/grid/visits", new
        {
            householdId = this["household"],
            workerId = this["worker"],
            visitedAt = now.AddHours(-1),
            visitors = new[] { new { name = "Fuzz Visitor", role = "grid-worker" } },
            wishes = new[] { new { description = "Fix the kitchen tap", category = "home-repair" } },
        }, ct);
        await CreateAsync(gateway, "case", "/api/grid/cases", new
        {
            category = "road-damage",
            title = "Broken street light",
            description = "The light at the gate is out.",
            gridId = this["grid"],
            reporter = new { name = "Fuzz Reporter", phone = "13812345678" },
        }, ct);

        var (status, skills) = await SendAsync(gateway, HttpMethod.Get, "/api/volunteers/skills", null, ct);
        if (status == HttpStatusCode.OK && skills.ValueKind == JsonValueKind.Array)
        {
            SkillCode = skills.EnumerateArray().Select(s => s.GetProperty("code").GetString()!).FirstOrDefault() ?? SkillCode;
        }

        var volunteer = new
        {
            name = "Fuzz Volunteer",
            phone = "13812345678",
            homeUnitId = this["grid"],
            kind = "resident",
            skills = new[] { new { skill = SkillCode, level = "skilled" } },
            availability = new[] { new { day = "saturday", from = "08:00", to = "20:00" } },
            focus = new[] { "elderly" },
        };
        await CreateEventuallyAsync(gateway, "volunteer", "/api/volunteers", volunteer, ct);
        await CreateAsync(gateway, "team", "/api/volunteers/teams", new { name = "Fuzz Team", homeUnitId = this["grid"], focus = new[] { "elderly" }, memberIds = new[] { this["volunteer"] } }, ct);
        await CreateAsync(gateway, "need", "/api/volunteers/needs",
            new { skill = SkillCode, unitId = this["grid"], window = new { from = now.AddDays(2), to = now.AddDays(2).AddHours(3) }, count = 1 }, ct);
        await CreateAsync(gateway, "wish", "/api/volunteers/wishes", new { description = "Read the newspaper aloud", category = "companionship", unitId = this["building"] }, ct);
        await CreateAsync(gateway, "hours", "/api/volunteers/hours",
            new { volunteerId = this["volunteer"], startedAt = now.AddDays(-2), endedAt = now.AddDays(-2).AddHours(2), reason = "Helped at the fair" }, ct);
        await CreateAsync(gateway, "check-ins", "/api/volunteers/hours/check-ins", new { volunteerId = this["volunteer"] }, ct);

        var startsAt = now.AddDays(3);
        await CreateEventuallyAsync(gateway, "event", "/api/events", new
        {
            title = "Fuzz lecture",
            kind = "lecture",
            organizerUnitId = this["community"],
            partners = new[] { new { name = "City Hospital" } },
            venue = "Community hall",
            startsAt,
            endsAt = startsAt.AddHours(2),
            capacity = 50,
            audience = new[] { "elderly" },
            staffing = Array.Empty<object>(),
        }, ct);
        await SendAsync(gateway, HttpMethod.Post, $"/api/events/{this["event"]}/publish", null, ct);
        var registration = await CreateAsync(gateway, "registration", $"/api/events/{this["event"]}/registrations", new { name = "Fuzz Guest", phone = "13812345678", partySize = 1 }, ct);
        if (registration.ValueKind == JsonValueKind.Object && registration.TryGetProperty("code", out var code))
        {
            RegistrationCode = code.GetString()!;
        }

        await CreateEventuallyAsync(gateway, "street-committee", "/api/party/organizations",
            new { level = "street-committee", unitId = this["street"], name = "Fuzz Street Committee" }, ct);
        await CreateAsync(gateway, "organization", "/api/party/organizations",
            new { level = "community-committee", parentId = this["street-committee"], unitId = this["community"], name = "Fuzz Community Committee" }, ct);
        await CreateAsync(gateway, "member", "/api/party/members", new { name = "Fuzz Member", phone = "13812345678", organizationId = this["organization"] }, ct);
        string[] roles = ["party-representative", "npc-deputy", "cppcc-member", "grid-worker", "volunteer"];
        await CreateAsync(gateway, "group", "/api/party/groups",
            new { gridUnitId = this["grid"], members = roles.Select(r => new { role = r, personRef = $"fuzz-{r}" }) }, ct);
        await CreateAsync(gateway, "alliance", "/api/party/alliances", new
        {
            communityUnitId = this["community"],
            partner = new { name = "Fuzz Company", kind = "company" },
            agreement = new { signedOn = DateOnly.FromDateTime(now.UtcDateTime), term = 12 },
            cooperationItems = new[] { "tutoring" },
            coConstructionProjects = new[] { "reading room" },
        }, ct);
    }

    private async Task<JsonElement> CreateAsync(HttpClient gateway, string entity, string path, object body, CancellationToken ct)
    {
        var (status, created) = await SendAsync(gateway, HttpMethod.Post, path, body, ct);
        if (status is HttpStatusCode.Created or HttpStatusCode.OK && created.ValueKind == JsonValueKind.Object && created.TryGetProperty("id", out var id))
        {
            ids[entity] = id.GetGuid();
        }
        else
        {
            Problems.Add($"{entity}: POST {path} answered {(int)status} {created}");
        }

        return created;
    }

    /// <summary>The first write in another service waits until that service has learnt the units.</summary>
    private async Task CreateEventuallyAsync(HttpClient gateway, string entity, string path, object body, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + Propagation;
        do
        {
            await CreateAsync(gateway, entity, path, body, ct);
            if (ids.ContainsKey(entity))
            {
                Problems.RemoveAll(p => p.StartsWith(entity + ":", StringComparison.Ordinal));
                return;
            }

            await Task.Delay(500, ct);
        }
        while (DateTimeOffset.UtcNow < deadline);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient gateway, HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = PlatformFixture.Request(method, path, Token, body);
        using var response = await gateway.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
        catch (JsonException)
        {
            return (response.StatusCode, default);
        }
    }
}
