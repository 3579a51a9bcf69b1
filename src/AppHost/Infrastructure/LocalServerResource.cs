namespace Governance.AppHost.Infrastructure;

/// <summary>An installed server program run as a private process, exposing its connection string.</summary>
public sealed class LocalServerResource(string name, string workingDirectory, string connectionString)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public string ConnectionString { get; } = connectionString;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
