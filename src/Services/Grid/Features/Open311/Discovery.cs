using System.Text.Json.Nodes;

namespace Governance.Grid.Features.Open311;

/// <summary>Open311's discovery document, which clients read to find the GeoReport v2 endpoint and its formats.</summary>
public static class Discovery
{
    /// <summary>When this endpoint's behaviour last changed; clients compare it to decide whether to re-read.</summary>
    private static readonly DateTimeOffset Changeset = new(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8));

    public static IResult Handle(string format, HttpContext http)
    {
        if (GeoReport.Of(format) is not { } geo)
        {
            return GeoReport.UnknownFormat(format);
        }

        // Behind the gateway the public host arrives as X-Forwarded-Host (YARP sets it).
        var request = http.Request;
        var host = request.Headers["X-Forwarded-Host"].FirstOrDefault() ?? request.Host.Value;
        var scheme = request.Headers["X-Forwarded-Proto"].FirstOrDefault() ?? request.Scheme;
        return geo.One("discovery", new JsonObject
        {
            ["changeset"] = GeoReport.Timestamp(Changeset),
            ["contact"] = "The district's grid management office.",
            ["key_service"] = "District administrators issue API keys at POST /api/grid/open311/clients.",
            ["endpoints"] = new JsonArray(new JsonObject
            {
                ["specification"] = "http://wiki.open311.org/GeoReport_v2",
                ["url"] = $"{scheme}://{host}/open311/v2",
                ["changeset"] = GeoReport.Timestamp(Changeset),
                ["type"] = "production",
                ["formats"] = new JsonArray("text/xml", "application/json"),
            }),
        });
    }
}
