using System.Diagnostics;

namespace Governance.Templates.Tests;

/// <summary>
/// <c>dotnet new governance-domain</c> as a team adding a domain runs it, in a copy of the repository:
/// the generated domain builds with everything that uses it, is declared exactly once, and its own
/// tests pass. (Its end-to-end test needs the running platform; the places domain runs one in the
/// end-to-end suite.)
/// </summary>
public sealed class DomainTemplateTests
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(8);

    /// <summary>
    /// Compiles what the template generates or changes, in one MSBuild run: the service, its contracts
    /// and unit tests; the AppHost with its new line; the end-to-end project with the generated test.
    /// The AppHost's project references are resources it starts, not assemblies it compiles against,
    /// so it and the end-to-end project are built without building their references: the other
    /// services, which the template leaves alone, are not compiled (on a loaded two-core machine the
    /// test took 1 min 16 s instead of 2 min 33 s). So the first step must build everything the
    /// end-to-end project compiles against, except the AppHost.
    /// </summary>
    private const string CompileCheck = """
        <Project DefaultTargets="Build">
          <Target Name="Restore">
            <MSBuild Projects="tests/EndToEnd.Tests/Governance.EndToEnd.Tests.csproj;tests/Lanterns.Tests/Governance.Lanterns.Tests.csproj" Targets="Restore" />
          </Target>
          <Target Name="Build">
            <MSBuild Projects="tests/Lanterns.Tests/Governance.Lanterns.Tests.csproj;tools/Seeder/Governance.Seeder.csproj" Targets="Build" BuildInParallel="true" />
            <MSBuild Projects="src/AppHost/Governance.AppHost.csproj" Targets="Build" Properties="BuildProjectReferences=false" />
            <MSBuild Projects="tests/EndToEnd.Tests/Governance.EndToEnd.Tests.csproj" Targets="Build" Properties="BuildProjectReferences=false" />
          </Target>
        </Project>
        """;

    [Fact]
    public async Task A_generated_domain_is_declared_once_builds_and_passes_its_own_tests()
    {
        var repository = RepositoryRoot();
        var copy = Directory.CreateTempSubdirectory("governance-template-");
        try
        {
            await CopyRepositoryAsync(repository, copy.FullName);
            var hive = Path.Combine(copy.FullName, ".template-hive");
            await RunAsync(copy.FullName, "dotnet", "new", "install", Path.Combine(repository, "templates", "domain"), "--debug:custom-hive", hive);

            await RunAsync(copy.FullName, "dotnet", "new", "governance-domain", "-n", "Lanterns", "-o", ".", "--allow-scripts", "yes", "--debug:custom-hive", hive);
            await RunAsync(copy.FullName, "bash", "scripts/declare-domain.sh"); // a second run changes nothing

            var appHost = await File.ReadAllTextAsync(Path.Combine(copy.FullName, "src", "AppHost", "Program.cs"));
            Assert.Equal(1, Occurrences(appHost, "builder.AddDomainService<Projects.Governance_Lanterns>(\"lanterns\");"));
            var solution = await File.ReadAllTextAsync(Path.Combine(copy.FullName, "Governance.sln"));
            Assert.Contains(@"src\Services\Lanterns\Governance.Lanterns.csproj", solution, StringComparison.Ordinal);
            Assert.Contains(@"tests\Lanterns.Tests\Governance.Lanterns.Tests.csproj", solution, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(copy.FullName, "tests", "EndToEnd.Tests", "Services", "Lanterns", "LanternsApiTests.cs")));
            Assert.Empty(FilesStillNaming("Sample", copy.FullName, "src/Services/Lanterns", "src/Services/Contracts/Lanterns", "tests/Lanterns.Tests", "tests/EndToEnd.Tests/Services/Lanterns"));

            await File.WriteAllTextAsync(Path.Combine(copy.FullName, "template-check.proj"), CompileCheck);
            await RunAsync(copy.FullName, "dotnet", "build", "template-check.proj", "-nologo", "-clp:ErrorsOnly");
            var tests = await RunAsync(copy.FullName, "dotnet", "test", "tests/Lanterns.Tests", "--no-build");
            Assert.Contains("Passed!", tests, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    private static List<string> FilesStillNaming(string word, string root, params string[] folders) =>
        folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && (file.Contains(word, StringComparison.OrdinalIgnoreCase) || File.ReadAllText(file).Contains(word, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Governance.sln not found above the test's output directory.");
    }

    /// <summary>The repository's files as a clone would have them (tracked and new, not ignored: no bin or obj).</summary>
    private static async Task CopyRepositoryAsync(string repository, string destination)
    {
        var files = await RunAsync(repository, "git", "ls-files", "--cached", "--others", "--exclude-standard");
        foreach (var file in files.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var source = Path.Combine(repository, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree, not yet in the index
            }

            var target = Path.Combine(destination, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    private static async Task<string> RunAsync(string directory, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings would point the child build at this run's SDK internals.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command} {string.Join(' ', arguments)}` did not finish within {CommandTimeout}.");
        }

        var output = await standardOutput + await standardError;
        Assert.True(process.ExitCode == 0, $"`{command} {string.Join(' ', arguments)}` exited with {process.ExitCode}:\n{output}");
        return output;
    }
}
