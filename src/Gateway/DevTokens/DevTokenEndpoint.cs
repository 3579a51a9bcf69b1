using System.Security.Claims;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Gateway.DevTokens;

public sealed record DevTokenRequest(string? District, string[]? Roles, string? Sub);

public sealed record DevTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>
/// <c>POST /dev/token</c>: signs a token for any district and roles with the development key, so
/// frontends and tests can call the platform locally. It is mapped only in Development; in
/// Production tokens come from the configured authority and this path is a 404.
/// </summary>
public static class DevTokenEndpoint
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static WebApplication MapDevTokens(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapPost("/dev/token", Issue).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static Results<Ok<DevTokenResponse>, ValidationProblem> Issue(
        DevTokenRequest request, IOptions<AuthOptions> options, TimeProvider clock)
    {
        if (request.District is not null && !DistrictCaller.IsValidDistrict(request.District))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["district"] = ["A district id is a lowercase slug such as 'lunan'."],
            });
        }

        if (request.Roles?.Any(string.IsNullOrWhiteSpace) == true)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["roles"] = ["Each role is a non-empty name such as 'district-admin'."],
            });
        }

        var auth = options.Value;
        var key = Authentication.SigningKey(auth)
            ?? throw new InvalidOperationException("Auth:SigningKey is required for development tokens.");
        var claims = new List<Claim> { new(DistrictCaller.SubjectClaim, request.Sub ?? "dev-user") };
        if (request.District is not null)
        {
            claims.Add(new Claim(DistrictCaller.DistrictClaim, request.District));
        }

        claims.AddRange((request.Roles ?? []).Select(role => new Claim(DistrictCaller.RoleClaim, role)));

        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevTokenResponse(token, "Bearer", (int)Lifetime.TotalSeconds));
    }
}
