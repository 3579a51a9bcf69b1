namespace Governance.Grid.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 at <c>/open311</c>, which the gateway forwards without a token: reads are
/// public per the spec and scoped by <c>jurisdiction_id</c>; writes carry an app's <c>api_key</c>.
/// Left out of the OpenAPI document: the spec, not this platform, defines these URLs, their
/// snake_case fields and their XML, and the document's conventions (ProblemDetails, camelCase) do not apply.
/// </summary>
public static class Open311Api
{
    public static WebApplication MapOpen311(this WebApplication app)
    {
        var open311 = app.MapGroup("/open311").ExcludeFromDescription();
        open311.MapGet("/discovery.{format}", Discovery.Handle);
        var v2 = open311.MapGroup("/v2").AddEndpointFilter(RefuseNulCharacters);
        v2.MapGet("/services.{format}", Services.List);
        v2.MapGet("/services/{code}.{format}", Services.Definition);
        // Apps post forms without an antiforgery token; the api_key is what authorises a write.
        v2.MapPost("/requests.{format}", PostRequest.Handle).DisableAntiforgery();
        v2.MapGet("/requests.{format}", Requests.List);
        v2.MapGet("/requests/{id}.{format}", Requests.Get);
        v2.MapGet("/tokens/{token}.{format}", Requests.Token);
        v2.MapGet("/servicerequestupdates.{format}", Updates.List);
        v2.MapPost("/servicerequestupdates.{format}", Updates.Post).DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// PostgreSQL stores no NUL character, and these endpoints bypass the JSON content checks every other
    /// endpoint has, so a NUL in a query, route or form value is refused here with the GeoReport error body.
    /// </summary>
    private static async ValueTask<object?> RefuseNulCharacters(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var request = invocation.HttpContext.Request;
        var format = request.RouteValues["format"]?.ToString() ?? "";
        IResult Refuse(string field) =>
            GeoReport.Of(format)?.Error(StatusCodes.Status400BadRequest, $"{field} contains a NUL character, which no field may hold.")
            ?? GeoReport.UnknownFormat(format);

        IEnumerable<KeyValuePair<string, string?>> values = [
            .. request.Query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))),
            .. request.RouteValues.Select(r => KeyValuePair.Create(r.Key, r.Value?.ToString())),
        ];
        if (request.HasFormContentType)
        {
            // Kept so that the raw form can name the field when ASP.NET refuses to decode a %00.
            request.EnableBuffering();
            try
            {
                var form = await request.ReadFormAsync(invocation.HttpContext.RequestAborted);
                values = [.. values, .. form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v)))];
            }
            catch (InvalidDataException)
            {
                request.Body.Position = 0;
                using var raw = new StreamReader(request.Body, leaveOpen: true);
                return Refuse(EncodedFieldWithNul(await raw.ReadToEndAsync(invocation.HttpContext.RequestAborted)) ?? "A form field");
            }
        }

        if (values.FirstOrDefault(v => v.Value?.Contains('\0', StringComparison.Ordinal) == true) is { Key: { } field })
        {
            return Refuse(field);
        }

        return await next(invocation);
    }

    /// <summary>The name of the first <c>name=value</c> pair of a URL-encoded form that encodes a NUL.</summary>
    private static string? EncodedFieldWithNul(string form) => form.Split('&')
        .Where(pair => pair.Contains("%00", StringComparison.Ordinal))
        .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0].Replace('+', ' ')).Replace("\0", "", StringComparison.Ordinal))
        .FirstOrDefault();
}
