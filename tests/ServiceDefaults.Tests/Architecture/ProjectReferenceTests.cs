using System.Xml.Linq;

namespace Governance.ServiceDefaults.Tests.Architecture;

/// <summary>
/// The rooms stay apart: services never reference each other, the gateway builds on the hosting defaults
/// alone, building blocks never reference a service, the hosting defaults reference no building block nor
/// any database or bus library, and the contracts reference no project. Read from the project files.
/// </summary>
public class ProjectReferenceTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Governance.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Governance.sln not found above the test's folder.");
    }

    private static string Project(string folder) => Directory.GetFiles(Path.Combine(Root, folder), "*.csproj").Single();

    /// <summary>The folders, relative to the repository root, of the projects <paramref name="folder"/>'s project references.</summary>
    private static List<string> ReferencedFolders(string folder)
    {
        var project = Project(folder);
        return XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetRelativePath(Root, Path.GetDirectoryName(Path.GetFullPath(
                Path.Combine(Path.GetDirectoryName(project)!, r.Attribute("Include")!.Value.Replace('\\', '/'))))!).Replace('\\', '/'))
            .ToList();
    }

    private static List<string> Packages(string folder) =>
        XDocument.Load(Project(folder)).Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value).ToList();

    private static IEnumerable<string> Folders(string parent) =>
        Directory.GetDirectories(Path.Combine(Root, parent))
            .Where(d => Directory.GetFiles(d, "*.csproj").Length == 1)
            .Select(d => Path.GetRelativePath(Root, d).Replace('\\', '/'));

    private static IEnumerable<string> Services() =>
        Folders("src/Services").Where(f => f is not "src/Services/Contracts");

    [Fact]
    public void The_gateway_references_only_the_hosting_defaults() =>
        Assert.Equal(["src/ServiceDefaults"], ReferencedFolders("src/Gateway"));

    [Fact]
    public void The_hosting_defaults_reference_no_project_and_no_database_or_bus_library()
    {
        Assert.Empty(ReferencedFolders("src/ServiceDefaults"));
        Assert.DoesNotContain(Packages("src/ServiceDefaults"), p => p.Contains("EntityFramework", StringComparison.Ordinal)
            || p.Contains("Npgsql", StringComparison.Ordinal) || p.Contains("MassTransit", StringComparison.Ordinal));
    }

    [Fact]
    public void The_contracts_reference_no_project() =>
        Assert.Empty(ReferencedFolders("src/Services/Contracts"));

    [Fact]
    public void Services_never_reference_each_other()
    {
        var services = Services().ToHashSet();
        Assert.All(services, service => Assert.DoesNotContain(ReferencedFolders(service), services.Contains));
    }

    [Fact]
    public void Building_blocks_never_reference_a_service()
    {
        var services = Services().ToHashSet();
        var blocks = Folders("src/Services/BuildingBlocks").ToList();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.DoesNotContain(ReferencedFolders(block), services.Contains));
    }
}
