namespace Governance.AppHost.Infrastructure;

/// <summary>An installed server program run as a private process, exposing its connection string.</summary>
public sealed class LocalServerResource(string name, string dataDirectory, string connectionString)
    : ExecutableResource(name, "bash", Path.GetDirectoryName(dataDirectory)!), IResourceWithConnectionString
{
    /// <summary>The server's private data folder (RabbitMQ writes its control environment there as env.sh).</summary>
    public string DataDirectory { get; } = dataDirectory;

    public string ConnectionString { get; } = connectionString;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
