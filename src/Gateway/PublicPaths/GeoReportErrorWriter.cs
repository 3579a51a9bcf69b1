using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Governance.Gateway.Proxy;

namespace Governance.Gateway.PublicPaths;

/// <summary>
/// Writes the gateway's own errors under a public path declared with <see cref="PublicErrorBody.GeoReport"/>
/// as GeoReport v2 does (<c>&lt;errors&gt;&lt;error&gt;&lt;code/&gt;&lt;description/&gt;&lt;/error&gt;&lt;/errors&gt;</c>, or
/// the same as a JSON array): Open311 clients such as FixMyStreet parse only that body, so a 429 or a 503
/// in problem details would reach their users as a parse failure instead of its reason.
/// </summary>
internal sealed class GeoReportErrorWriter(DomainCatalog catalog) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        catalog.PublicPathOf(context.HttpContext.Request.Path) is { Errors: PublicErrorBody.GeoReport };

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        // The trace id is what an app's operator quotes to ours; GeoReport has no field for it.
        var trace = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        var description = string.Join(" ", new[] { context.ProblemDetails.Title, context.ProblemDetails.Detail, $"(trace {trace})" }.Where(text => !string.IsNullOrEmpty(text)));
        var code = status.ToString(CultureInfo.InvariantCulture);
        response.StatusCode = status;
        if (context.HttpContext.Request.Path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true)
        {
            var errors = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement("errors", new XElement("error", new XElement("code", code), new XElement("description", description))));
            response.ContentType = "text/xml; charset=utf-8";
            return new ValueTask(response.WriteAsync(errors.Declaration + errors.ToString(SaveOptions.DisableFormatting), context.HttpContext.RequestAborted));
        }

        response.ContentType = "application/json; charset=utf-8";
        return new ValueTask(response.WriteAsync(JsonSerializer.Serialize(new[] { new { code = status, description } }), context.HttpContext.RequestAborted));
    }
}
