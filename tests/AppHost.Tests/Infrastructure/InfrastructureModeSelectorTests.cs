using Governance.AppHost.Infrastructure;

namespace Governance.AppHost.Tests.Infrastructure;

public class InfrastructureModeSelectorTests
{
    private static readonly LocalServers Installed = new("/pg/bin", "/rabbit/bin", "/usr/bin/redis-server", "/usr/bin/epmd");
    private static readonly LocalServers NoneInstalled = new(null, null, null, null);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("auto")]
    [InlineData("AUTO")]
    public void Auto_prefers_containers_when_an_engine_answers(string? configured) =>
        Assert.Equal(InfrastructureMode.Containers, InfrastructureModeSelector.Resolve(configured, () => true, NoneInstalled));

    [Fact]
    public void Auto_falls_back_to_local_servers_without_an_engine() =>
        Assert.Equal(InfrastructureMode.Local, InfrastructureModeSelector.Resolve("auto", () => false, Installed));

    [Fact]
    public void Auto_without_engine_or_servers_fails_naming_what_to_install()
    {
        var error = Assert.Throws<InfrastructureUnavailableException>(
            () => InfrastructureModeSelector.Resolve("auto", () => false, Installed with { RedisServer = null }));
        Assert.Contains("Redis server", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PostgreSQL server", error.Message, StringComparison.Ordinal);
        Assert.Contains(LocalServers.InstallCommand, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("containers", InfrastructureMode.Containers)]
    [InlineData("external", InfrastructureMode.External)]
    [InlineData("Local", InfrastructureMode.Local)]
    public void An_explicit_mode_is_used_without_probing_the_engine(string configured, InfrastructureMode expected)
    {
        var probed = false;
        var mode = InfrastructureModeSelector.Resolve(configured, () => probed = true, Installed);
        Assert.Equal(expected, mode);
        Assert.False(probed);
    }

    [Fact]
    public void Local_mode_with_missing_servers_fails_fast()
    {
        var error = Assert.Throws<InfrastructureUnavailableException>(
            () => InfrastructureModeSelector.Resolve("local", () => true, NoneInstalled));
        Assert.Contains("PostgreSQL server", error.Message, StringComparison.Ordinal);
        Assert.Contains("RabbitMQ server", error.Message, StringComparison.Ordinal);
        Assert.Contains("Redis server", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docker")]
    [InlineData("3")]
    [InlineData("local,containers")]
    public void An_unknown_mode_is_rejected_with_the_valid_choices(string configured)
    {
        var error = Assert.Throws<InfrastructureUnavailableException>(
            () => InfrastructureModeSelector.Resolve(configured, () => true, Installed));
        Assert.Contains("auto, containers, local or external", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RabbitMq_counts_as_missing_without_epmd() =>
        Assert.Equal(["RabbitMQ server (rabbitmq-server, epmd)"], (Installed with { Epmd = null }).Missing);
}
