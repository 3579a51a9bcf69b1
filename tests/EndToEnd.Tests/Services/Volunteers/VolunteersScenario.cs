using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;
using MassTransit;

namespace Governance.EndToEnd.Tests.Services.Volunteers;

/// <summary>
/// A district's territory (a street with two communities: grids A and B in the first, C in the second)
/// and volunteers in it, built through the gateway once the volunteers service has its copy of the units.
/// </summary>
public sealed class VolunteersScenario(PlatformFixture platform, string district, double lon)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public string District => district;

    public string Admin { get; private set; } = "";

    public Guid Street { get; private set; }

    public Guid Community { get; private set; }

    public Guid OtherCommunity { get; private set; }

    public Guid GridA { get; private set; }

    public Guid GridB { get; private set; }

    public Guid GridC { get; private set; }

    public async Task BuildAsync()
    {
        Admin = await platform.TokenAsync(district, ["district-admin"], "vol-admin");
        (Street, Community) = await platform.CreateCommunityAsync(Admin, "Volunteer");
        OtherCommunity = await platform.CreateUnitAsync(Admin, new { level = "community", parentId = Street, name = "Other Community" });
        GridA = await platform.CreateGridAsync(Admin, Community, lon, 39.0, name: "A");
        GridB = await platform.CreateGridAsync(Admin, Community, lon + 0.02, 39.0, name: "B");
        GridC = await platform.CreateGridAsync(Admin, OtherCommunity, lon + 0.04, 39.0, name: "C");
        Guid[] units = [Street, Community, OtherCommunity, GridA, GridB, GridC];
        var known = await Eventually.CountAsync(
            () => platform.App.CountAsync("volunteers-db", "SELECT count(*) FROM known_units WHERE \"Id\" = ANY($1)", units), units.Length, Patience);
        Assert.Equal(units.Length, known);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(method, path, token, body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static object Volunteer(
        string name, Guid homeUnitId, string skill, string level = "skilled", string kind = "resident", string phone = "13812345678",
        object? credential = null, string day = "saturday", string[]? focus = null) => new
        {
            name,
            phone,
            homeUnitId,
            kind,
            skills = new[] { new { skill, level, credential } },
            availability = new[] { new { day, from = "08:00", to = "20:00" } },
            focus = focus ?? ["elderly"],
        };

    /// <summary>Publishes an event as another service would (MessageId = EventId, as the outbox relay does).</summary>
    public async Task PublishAsync<T>(T message) where T : class, Governance.Contracts.IIntegrationEvent
    {
        var broker = new Uri((await platform.App.GetConnectionStringAsync("messaging"))!);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker));
        await bus.StartAsync();
        try
        {
            await bus.Publish(message, context => context.MessageId = message.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    public async Task<Guid> CreateVolunteerAsync(object body)
    {
        var (status, created) = await SendAsync(HttpMethod.Post, "/api/volunteers", Admin, body);
        Assert.True(status == HttpStatusCode.Created, $"Creating a volunteer answered {(int)status}: {created}");
        return created.GetProperty("id").GetGuid();
    }
}
