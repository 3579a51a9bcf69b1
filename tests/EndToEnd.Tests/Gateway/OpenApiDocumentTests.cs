using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.EndToEnd.Tests.Gateway;

/// <summary>
/// The merged OpenAPI document the gateway serves is the API's contract: it must keep everything
/// the committed snapshot (<c>docs/api/governance.json</c>) promises, lint clean with Spectral,
/// and generate a TypeScript client that the sample module type-checks against.
/// <c>UPDATE_API_SNAPSHOTS=1</c> rewrites the snapshot from the running platform instead.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class OpenApiDocumentTests(PlatformFixture platform)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly string Root = PlatformFixture.RepositoryRoot();
    private static readonly string Snapshot = Path.Combine(Root, "docs", "api", "governance.json");
    private static readonly string Sample = Path.Combine(Root, "clients", "typescript-sample");

    [Fact]
    public async Task The_merged_document_keeps_every_operation_field_and_enum_value_of_the_snapshot()
    {
        var current = await CurrentDocumentAsync();
        if (Environment.GetEnvironmentVariable("UPDATE_API_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Snapshot)!);
            await File.WriteAllTextAsync(Snapshot, current.ToJsonString(Indented) + "\n");
        }

        Assert.True(File.Exists(Snapshot), "No snapshot yet: run the test once with UPDATE_API_SNAPSHOTS=1 and commit docs/api/governance.json.");
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Snapshot))!.AsObject();
        var changes = ApiContract.BreakingChanges(snapshot, current);
        Assert.True(changes.Count == 0,
            "The API lost what docs/api/governance.json promises. If that is intended, refresh the snapshot in the same commit " +
            "(UPDATE_API_SNAPSHOTS=1, see README):\n" + string.Join("\n", changes));
    }

    [Fact]
    public async Task Every_service_document_and_the_merged_one_are_served_by_the_gateway()
    {
        var merged = await CurrentDocumentAsync();
        foreach (var domain in platform.Domains)
        {
            using var response = await platform.Gateway.GetAsync($"/openapi/{domain}.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            foreach (var (path, _) in document["paths"]!.AsObject())
            {
                Assert.NotNull(merged["paths"]![path]);
            }
        }

        Assert.All(Operations(merged), operation =>
        {
            Assert.NotNull(operation["operationId"]);
            Assert.NotNull(operation["responses"]!["401"]);
            Assert.NotNull(operation["responses"]!["429"]);
            foreach (var (_, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
            {
                Assert.NotNull(media!["example"]);
            }
        });
    }

    [Fact]
    public async Task The_merged_document_lints_clean_and_a_generated_typescript_client_type_checks()
    {
        var current = await CurrentDocumentAsync();
        var file = Path.Combine(Root, "artifacts", "api", "governance.lint.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, current.ToJsonString(Indented));

        await NodeAsync("npm", "ci --no-audit --no-fund --loglevel=error");
        await NodeAsync("node_modules/.bin/spectral", $"lint --ruleset .spectral.yaml --fail-severity error --display-only-failures \"{file}\"");
        await NodeAsync("node_modules/.bin/openapi-typescript", $"\"{file}\" --output src/generated/governance.d.ts");
        await NodeAsync("node_modules/.bin/tsc", "--noEmit");
    }

    /// <summary>The merged document as the gateway serves it; also written under artifacts/api for a look.</summary>
    private async Task<JsonObject> CurrentDocumentAsync()
    {
        using var response = await platform.Gateway.GetAsync("/openapi/governance.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var copy = Path.Combine(Root, "artifacts", "api", "governance.json");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        await File.WriteAllTextAsync(copy, document.ToJsonString(Indented) + "\n");
        return document;
    }

    private static IEnumerable<JsonObject> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value).OfType<JsonObject>());

    private static async Task NodeAsync(string program, string arguments)
    {
        // A program in node_modules is named from the sample's folder; the process does not resolve it there by itself.
        var start = new ProcessStartInfo(program.Contains('/', StringComparison.Ordinal) ? Path.Combine(Sample, program) : program, arguments)
        {
            WorkingDirectory = Sample,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {arguments} exited {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
