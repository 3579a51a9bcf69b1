using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Governance.Contracts.Grid;
using MassTransit;

namespace Governance.EndToEnd.Tests.Services.People;

/// <summary>Door visits through the gateway, and the wish events they put on the real broker.</summary>
public class DoorVisitTests(PlatformFixture platform)
{
    private const string District = "people-visits";

    [Fact]
    public async Task A_visit_with_two_wishes_publishes_each_wish_without_personal_data()
    {
        await using var wishes = await WishListener.StartAsync(platform);
        var scenario = await PeopleScenario.CreateAsync(platform, District);
        await scenario.AddResidentAsync(scenario.HouseholdA, PeopleScenario.ValidIdNumber, PeopleScenario.Mobile, "elderly-living-alone");
        var group = Guid.NewGuid();
        var visitedAt = DateTimeOffset.UtcNow.AddHours(-3);

        var (status, visit) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/visits", scenario.AdminToken, new
        {
            householdId = scenario.HouseholdA,
            visitedAt,
            groupId = group,
            visitors = new[]
            {
                new { name = "Liu Wei", role = "party-representative" }, new { name = "Chen Jie", role = "npc-deputy" },
                new { name = "Zhao Lan", role = "cppcc-member" }, new { name = "Wang Li", role = "grid-worker" },
                new { name = "Sun Yu", role = "volunteer" },
            },
            notes = "Lives alone since spring.",
            wishes = new object[]
            {
                new { description = "A walking stick", category = "daily-needs", deadline = visitedAt.AddDays(14) },
                new { description = "Fix the kitchen tap", category = "home-repair" },
            },
        });

        Assert.Equal(HttpStatusCode.Created, status);
        var visitId = visit.GetProperty("id").GetGuid();
        var wishIds = visit.GetProperty("wishes").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(2, wishIds.Count);
        Assert.All(visit.GetProperty("wishes").EnumerateArray(), w => Assert.Equal("voiced", w.GetProperty("status").GetString()));

        var received = await wishes.WaitForAsync(visitId, 2, TimeSpan.FromSeconds(30));
        Assert.Equal(wishIds.Order(), received.Select(w => w.WishId).Order());
        Assert.All(received, w =>
        {
            Assert.Equal((District, scenario.BuildingA, scenario.GridA), (w.District, w.UnitId, w.GridId));
            var json = JsonSerializer.Serialize(w);
            Assert.DoesNotContain(PeopleScenario.ValidIdNumber, json, StringComparison.Ordinal);
            Assert.DoesNotContain(PeopleScenario.Mobile, json, StringComparison.Ordinal);
            Assert.DoesNotContain("Zhang Min", json, StringComparison.Ordinal);
        });
        Assert.Contains(received, w => w.Category == "home-repair" && w.Deadline is null);

        var (_, byGroup) = await scenario.GetAsync($"/api/grid/visits?groupId={group}&unitId={scenario.GridA}", scenario.AdminToken);
        Assert.Equal(1, byGroup.GetProperty("totalCount").GetInt32());
        var listed = byGroup.GetProperty("items")[0];
        Assert.Equal("npc-deputy", listed.GetProperty("visitors")[1].GetProperty("role").GetString());
        Assert.Equal(1, await platform.App.CountAsync("grid-db",
            "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE '%door-visit-recorded%'", visitId.ToString()));
    }

    [Fact]
    public async Task Wish_descriptions_carrying_phone_numbers_and_visits_without_visitors_are_refused()
    {
        var scenario = await PeopleScenario.CreateAsync(platform, District);

        var (status, problem) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/visits", scenario.AdminToken, new
        {
            householdId = scenario.HouseholdA,
            visitedAt = DateTimeOffset.UtcNow,
            groupId = Guid.NewGuid(),
            visitors = Array.Empty<object>(),
            wishes = new[] { new { description = "Call my son on 13812345678", category = "companionship" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("visitors", out _));
        Assert.True(errors.TryGetProperty("wishes[0].description", out _), errors.GetRawText());

        var (future, futureProblem) = await scenario.SendAsync(HttpMethod.Post, "/api/grid/visits", scenario.AdminToken, new
        {
            householdId = scenario.HouseholdA,
            visitedAt = DateTimeOffset.UtcNow.AddDays(1),
            groupId = Guid.NewGuid(),
            visitors = new[] { new { name = "Liu", role = "party-representative" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future);
        Assert.Contains("future", futureProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>An independent subscriber that keeps every MicroWishVoiced delivered to it.</summary>
    private sealed class WishListener : IAsyncDisposable
    {
        private readonly ConcurrentQueue<MicroWishVoiced> received = new();
        private IBusControl? bus;

        public static async Task<WishListener> StartAsync(PlatformFixture platform)
        {
            var listener = new WishListener();
            var broker = new Uri((await platform.App.GetConnectionStringAsync("messaging"))!);
            listener.bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
            {
                rabbit.Host(broker);
                rabbit.ReceiveEndpoint($"e2e-wishes-{Guid.NewGuid():N}", endpoint =>
                {
                    endpoint.AutoDelete = true;
                    endpoint.Handler<MicroWishVoiced>(context =>
                    {
                        listener.received.Enqueue(context.Message);
                        return Task.CompletedTask;
                    });
                });
            });
            await listener.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            return listener;
        }

        public async Task<IReadOnlyList<MicroWishVoiced>> WaitForAsync(Guid visitId, int count, TimeSpan timeout)
        {
            await Eventually.ReadAsync(() => Task.FromResult(received.Count(w => w.VisitId == visitId)), arrived => arrived >= count, timeout);

            // A moment more, so a duplicate publication would show up as a third event.
            await Task.Delay(500);
            return received.Where(w => w.VisitId == visitId).ToList();
        }

        public async ValueTask DisposeAsync()
        {
            if (bus is not null)
            {
                await bus.StopAsync();
            }
        }
    }
}
