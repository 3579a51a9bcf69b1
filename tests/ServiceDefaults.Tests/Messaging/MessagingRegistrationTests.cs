using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Governance.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The Data block builds the pooled contexts and knows nothing of messaging; the Messaging block adds
/// its commit signal to them from its own registration. Checked without a database or a broker.
/// </summary>
public class MessagingRegistrationTests
{
    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : MessagingDbContext(options);

    [Fact]
    public void The_pooled_contexts_of_a_service_with_messaging_wake_the_relay_on_commit()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:probe-db"] = "Host=unused;Database=probe",
            ["ConnectionStrings:messaging"] = "amqp://guest:guest@unused:5672",
            ["Auth:SigningKey"] = "a-signing-key-of-at-least-32-bytes-for-tests",
        });
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<ProbeContext>("probe-db");
        builder.AddMessaging<ProbeContext>("probe", typeof(ProbeContext).Assembly);
        using var app = builder.Build();

        using var context = app.Services.GetRequiredService<IDbContextFactory<ProbeContext>>().CreateDbContext();

        var interceptors = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
        Assert.Contains(interceptors, i => i is OutboxCommitInterceptor);
    }
}
