namespace Governance.AppHost.Infrastructure;

/// <summary>Where PostgreSQL, RabbitMQ and Redis come from (configuration key <c>Infrastructure:Mode</c>).</summary>
public enum InfrastructureMode
{
    /// <summary>Containers when a container engine answers, else the machine's installed servers.</summary>
    Auto,

    /// <summary>Aspire's own PostgreSQL, RabbitMQ and Redis container resources.</summary>
    Containers,

    /// <summary>The machine's installed servers, run as private processes on free loopback ports.</summary>
    Local,

    /// <summary>Connection strings from configuration (production).</summary>
    External,
}

public static class InfrastructureModeSelector
{
    public const string ConfigurationKey = "Infrastructure:Mode";

    /// <summary>
    /// Resolves the configured mode to the one to run. <paramref name="containerEngineAnswers"/> is
    /// only asked when the answer matters, since probing an engine takes time.
    /// </summary>
    public static InfrastructureMode Resolve(string? configured, Func<bool> containerEngineAnswers, LocalServers localServers)
    {
        var mode = Parse(configured);
        switch (mode)
        {
            case InfrastructureMode.Auto when containerEngineAnswers():
                return InfrastructureMode.Containers;
            case InfrastructureMode.Auto when localServers.Missing.Count == 0:
                return InfrastructureMode.Local;
            case InfrastructureMode.Auto:
                throw new InfrastructureUnavailableException(
                    "No container engine answers and the local servers are not installed: missing "
                    + string.Join(", ", localServers.Missing)
                    + $". Install them ({LocalServers.InstallCommand}), start Docker or Podman, "
                    + "or set Infrastructure:Mode=external with ConnectionStrings for grid-db, volunteers-db, events-db, party-db, messaging and cache.");
            case InfrastructureMode.Local when localServers.Missing.Count > 0:
                throw new InfrastructureUnavailableException(
                    "Infrastructure:Mode=local needs the installed servers, but these are missing: "
                    + string.Join(", ", localServers.Missing) + $". Install them with: {LocalServers.InstallCommand}");
            default:
                return mode;
        }
    }

    private static InfrastructureMode Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return InfrastructureMode.Auto;
        }

        // Only the names count: Enum.TryParse would also accept numbers and comma-separated lists.
        var name = Enum.GetNames<InfrastructureMode>()
            .FirstOrDefault(n => string.Equals(n, configured.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<InfrastructureMode>(name)
            : throw new InfrastructureUnavailableException(
                $"{ConfigurationKey} is '{configured}'; use one of auto, containers, local or external.");
    }
}

/// <summary>The platform cannot start with the infrastructure this machine offers; the message says what to do.</summary>
public sealed class InfrastructureUnavailableException(string message) : Exception(message);
