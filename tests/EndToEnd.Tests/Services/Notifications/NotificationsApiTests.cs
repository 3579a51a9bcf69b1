using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services.Notifications;

/// <summary>The notifications domain through the gateway, against its real database and the broker; its own districts let it run beside other classes.</summary>
public class NotificationsApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_item_opened_through_the_gateway_is_read_back_closed_once_and_kept_to_its_district()
    {
        var token = await platform.TokenAsync("notifications-district");
        var (opened, item) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/items", token, new { name = "Lamp post 12" });
        Assert.Equal(HttpStatusCode.Created, opened);
        var id = item.GetProperty("id").GetGuid();

        var (read, readBack) = await platform.SendAsync(HttpMethod.Get, $"/api/notifications/items/{id}", token);
        Assert.Equal((HttpStatusCode.OK, "open"), (read, readBack.GetProperty("status").GetString()));

        var (closed, _) = await platform.SendAsync(HttpMethod.Post, $"/api/notifications/items/{id}/close", token, new { reason = "repaired" });
        var (again, problem) = await platform.SendAsync(HttpMethod.Post, $"/api/notifications/items/{id}/close", token, new { reason = "again" });
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, "closed"), (closed, again, problem.GetProperty("state").GetString()));

        var otherDistrict = await platform.TokenAsync("notifications-elsewhere");
        var (hidden, _) = await platform.SendAsync(HttpMethod.Get, $"/api/notifications/items/{id}", otherDistrict);
        Assert.Equal(HttpStatusCode.NotFound, hidden);
    }

    [Fact]
    public async Task A_nameless_item_is_a_400_naming_the_field()
    {
        var token = await platform.TokenAsync("notifications-district");

        var (status, problem) = await platform.SendAsync(HttpMethod.Post, "/api/notifications/items", token, new { name = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
    }

    [Fact]
    public async Task Its_api_document_is_served_by_the_gateway()
    {
        using var response = await platform.Gateway.GetAsync("/openapi/notifications.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/notifications/items", out _));
    }
}
