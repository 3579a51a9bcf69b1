using Governance.BuildingBlocks.Data;
using Governance.Notifications.Data;
using Governance.Notifications.Domain.Webhooks;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Features.Webhooks;

/// <summary>
/// <c>/api/notifications/webhooks</c>: a district's administrator registers its systems' endpoints, which are
/// then sent the district's public feed frames of the chosen types (<see cref="WebhookDispatcher"/>).
/// </summary>
public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").RequireRoleOrDistrictAdmin(Roles.DistrictAdmin);
        webhooks.MapPost("/", RegisterWebhook.Handle).Validate<RegisterWebhookRequest>()
            .WithName("notifications-register-webhook")
            .WithSummary("Registers an endpoint that is sent the district's feed frames of the given types, each signed with the secret (never shown again).");
        webhooks.MapGet("/", ReadWebhooks.List).WithName("notifications-list-webhooks").WithSummary("The district's webhooks, newest first (never their secrets).");
        webhooks.MapGet("/{id:guid}", ReadWebhooks.One).WithName("notifications-get-webhook").WithSummary("One of the district's webhooks.");
        webhooks.MapDelete("/{id:guid}", DeleteWebhook.Handle).WithName("notifications-delete-webhook")
            .WithSummary("Stops deliveries to the webhook for good; deliveries not yet made are parked. Its deliveries stay readable.");
        webhooks.MapGet("/{id:guid}/deliveries", ReadWebhooks.Deliveries).WithName("notifications-list-webhook-deliveries")
            .WithSummary("The webhook's deliveries, newest first; status=pending|delivered|retrying|parked.");
        webhooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", RedeliverDelivery.Handle).WithName("notifications-redeliver-webhook-delivery")
            .WithSummary("Sends a delivery again now, with a fresh retry window (a parked one, or a delivered one the receiver lost).");
        return api;
    }
}

public static class RegisterWebhook
{
    public static async Task<Results<Created<WebhookResponse>, ValidationProblem>> Handle(
        RegisterWebhookRequest request, NotificationsDbContext db, IDistrictContext districts, WebhookTargetGuard guard, TimeProvider clock, CancellationToken cancellationToken)
    {
        districts.RequireDistrict("register webhooks");
        var url = new Uri(request.Url!, UriKind.Absolute);
        if (await guard.RefuseHostAsync(url, cancellationToken) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [refusal] });
        }

        var webhook = Webhook.Register(url, request.Types!.Select(t => t!.Trim()), request.Secret!, clock.GetUtcNow());
        db.Set<Webhook>().Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/{NotificationsServices.Domain}/webhooks/{webhook.Id}", WebhookResponse.From(webhook));
    }
}

public static class ReadWebhooks
{
    public static async Task<Results<Ok<PagedResponse<WebhookResponse>>, ValidationProblem>> List(
        NotificationsDbContext db, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await db.Set<Webhook>().AsNoTracking().OrderByDescending(w => w.CreatedAt).ThenByDescending(w => w.Id)
            .ToPageAsync(page, pageSize, WebhookResponse.From, cancellationToken));
    }

    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> One(Guid id, NotificationsDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken) is { } webhook
            ? TypedResults.Ok(WebhookResponse.From(webhook))
            : ApiProblems.NotFound("webhook", id);

    /// <param name="status">Only deliveries in this state: pending, delivered, retrying or parked.</param>
    [QueryEnum<WebhookDeliveryStatus>("status")]
    public static async Task<Results<Ok<PagedResponse<WebhookDeliveryResponse>>, ValidationProblem, ProblemHttpResult>> Deliveries(
        Guid id, NotificationsDbContext db, CancellationToken cancellationToken, string? status = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        var wantedStatus = WireNames.Filter<WebhookDeliveryStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The district filter on webhooks makes another district's id as unknown as a missing one.
        if (!await db.Set<Webhook>().AnyAsync(w => w.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("webhook", id);
        }

        var deliveries = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.WebhookId == id);
        if (wantedStatus is { } wanted)
        {
            deliveries = deliveries.Where(d => d.Status == wanted);
        }

        return TypedResults.Ok(await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.EntryId)
            .ToPageAsync(page, pageSize, WebhookDeliveryResponse.From, cancellationToken));
    }
}

public static class DeleteWebhook
{
    public const string Abandoned = "The webhook was deleted before this delivery was made.";

    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Set<Webhook>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } webhook)
        {
            return ApiProblems.NotFound("webhook", id);
        }

        // One save: the webhook and its abandoned deliveries change together.
        webhook.Delete(clock.GetUtcNow());
        foreach (var delivery in await db.Set<WebhookDelivery>()
                     .Where(d => d.WebhookId == id && (d.Status == WebhookDeliveryStatus.Pending || d.Status == WebhookDeliveryStatus.Retrying))
                     .ToListAsync(cancellationToken))
        {
            delivery.Abandon(Abandoned);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

public static class RedeliverDelivery
{
    public static async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemHttpResult>> Handle(
        Guid id, Guid deliveryId, NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } webhook)
        {
            return ApiProblems.NotFound("webhook", id);
        }

        if (await db.Set<WebhookDelivery>().FirstOrDefaultAsync(d => d.Id == deliveryId && d.WebhookId == id, cancellationToken) is not { } delivery)
        {
            return ApiProblems.NotFound("delivery", deliveryId);
        }

        if (webhook.RefuseRedelivery() is { } refused)
        {
            return ApiProblems.From(refused);
        }

        delivery.Redeliver(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/{NotificationsServices.Domain}/webhooks/{id}/deliveries", WebhookDeliveryResponse.From(delivery));
    }
}
