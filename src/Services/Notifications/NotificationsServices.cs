using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.Notifications.Data;
using Governance.BuildingBlocks.ReferenceData;
using Governance.Notifications.Features.Feed;
using Governance.Notifications.Features.Inbox;
using Governance.Notifications.Features.Webhooks;
using FluentValidation;
using Governance.ServiceDefaults.Api;

namespace Governance.Notifications;

public static class NotificationsServices
{
    /// <summary>The domain's name: its routes are /api/notifications/**, its queues notifications-*, its database notifications-db.</summary>
    public const string Domain = "notifications";

    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        // Called again here, in this assembly, so the OpenAPI source generator sees this service's XML
        // comments (it reads those of the assembly that calls AddOpenApi); the conventions come from ServiceDefaults.
        builder.Services.AddOpenApi();
        builder.AddServiceDatabase<NotificationsDbContext>($"{Domain}-db");
        builder.AddMessaging<NotificationsDbContext>(Domain, typeof(NotificationsServices).Assembly,
            bus => bus.AddKnownUnitConsumers<NotificationsDbContext>(Domain));
        builder.Services.Configure<FeedOptions>(builder.Configuration.GetSection(FeedOptions.Section));
        builder.Services.AddSingleton<FeedHub>();
        builder.Services.AddHostedService<FeedListener>();
        builder.Services.AddHostedService<FeedRetention>();
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection(WebhookOptions.Section));
        builder.Services.AddSingleton<WebhookTargetGuard>();
        builder.Services.AddHostedService<WebhookDispatcher>();
        builder.Services.AddValidatorsFromAssemblyContaining<RegisterWebhookValidator>();
        return builder;
    }

    public static WebApplication MapNotificationsApi(this WebApplication app)
    {
        app.MapDomainApi(Domain).MapFeed().MapInbox().MapWebhooks();
        return app;
    }
}
