using System.Security.Cryptography;
using System.Text;
using Governance.Gateway.Proxy;

namespace Governance.Gateway.PublicPaths;

/// <summary>
/// Callers of a domain's public paths have no token; many of them are apps that send an app key
/// as <c>api_key</c> (Open311 does, in the query or the form). Each key gets its own rate-limit bucket,
/// so one busy app neither starves the others behind the same address nor hides behind many addresses.
/// </summary>
public static class PublicCallers
{
    private const string AppKeyField = "api_key";
    private static readonly object AppPartitionKey = new();

    /// <summary>The rate-limit partition of the app key this request carries, if it carries one.</summary>
    public static string? AppPartitionOf(HttpContext context) => context.Items[AppPartitionKey] as string;

    /// <summary>Finds the app key before the rate limiter runs; reading a form leaves the body for the domain to read again.</summary>
    public static WebApplication UsePublicCallers(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<DomainCatalog>();
        app.Use(async (context, next) =>
        {
            if (catalog.PublicPathOf(context.Request.Path) is not null && context.User.Identity?.IsAuthenticated != true
                && await AppKeyAsync(context.Request) is { } key)
            {
                context.Items[AppPartitionKey] = $"app:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}";
            }

            await next(context);
        });
        return app;
    }

    private static async Task<string?> AppKeyAsync(HttpRequest request)
    {
        if (request.Query[AppKeyField].FirstOrDefault() is { Length: > 0 } fromQuery)
        {
            return fromQuery;
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        request.EnableBuffering();
        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form[AppKeyField].FirstOrDefault() is { Length: > 0 } fromForm ? fromForm : null;
        }
        catch (InvalidDataException)
        {
            // A form the gateway cannot decode (a %00, too many fields) is the domain's to refuse, with its own error body.
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
