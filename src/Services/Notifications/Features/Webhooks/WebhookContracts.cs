using FluentValidation;
using Governance.Notifications.Domain.Webhooks;
using Governance.ServiceDefaults.Http;
using Microsoft.Extensions.Options;

namespace Governance.Notifications.Features.Webhooks;

/// <param name="Url">The absolute https address deliveries are POSTed to.</param>
/// <param name="Types">Feed families (<c>case</c>, <c>wish</c>, <c>activity</c>, <c>volunteers</c>, <c>place</c>) or full types (<c>case-escalated</c>).</param>
/// <param name="Secret">16 to 256 characters; signs every delivery (<c>X-Governance-Signature</c>). Never shown again.</param>
[RequestExample("""{"url": "https://ops.lunan.example/governance/webhook", "types": ["case", "place-closed"], "secret": "a-long-random-shared-secret"}""")]
public sealed record RegisterWebhookRequest(string? Url, IReadOnlyList<string?>? Types, string? Secret);

public sealed class RegisterWebhookValidator : AbstractValidator<RegisterWebhookRequest>
{
    public RegisterWebhookValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(r => r.Url).Custom((url, context) =>
        {
            if (WebhookTargets.RefuseUrl(url, options.Value.AllowPrivateTargets) is { } refusal)
            {
                context.AddFailure("url", refusal);
            }
        });
        RuleFor(r => r.Types).Custom((types, context) =>
        {
            if (Webhook.RefuseTypes(types) is { } refusal)
            {
                context.AddFailure("types", refusal);
            }
        });
        RuleFor(r => r.Secret).NotNull().WithMessage("secret is required: 16 to 256 characters that sign every delivery.")
            .Length(Webhook.MinSecretLength, Webhook.MaxSecretLength)
            .WithMessage($"secret must be {Webhook.MinSecretLength} to {Webhook.MaxSecretLength} characters long.");
    }
}

/// <summary>A district's webhook; its secret is never shown.</summary>
/// <param name="Status">active, or deleted (nothing more is delivered).</param>
public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Types, DateTimeOffset CreatedAt, WebhookStatus Status)
{
    public static WebhookResponse From(Webhook webhook) => new(webhook.Id, webhook.Url, webhook.Types, webhook.CreatedAt, webhook.Status);
}

/// <summary>One feed frame on its way to a webhook.</summary>
/// <param name="EntryId">The frame's id on the district's feed.</param>
/// <param name="Status">pending (not tried yet, or redelivered), delivered, retrying (failed, tried again at nextAttemptAt) or parked (given up).</param>
/// <param name="Attempts">Attempts since it was created or last redelivered.</param>
/// <param name="LastStatusCode">The endpoint's last answer; null when it gave none (timeout, refused connection).</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, long EntryId, string Type, WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) =>
        new(d.Id, d.EntryId, d.Type, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.DeliveredAt, d.CreatedAt);
}
