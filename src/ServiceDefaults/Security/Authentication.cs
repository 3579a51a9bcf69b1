using System.Text;
using Governance.ServiceDefaults.Districts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Governance.ServiceDefaults.Security;

public static class Authentication
{
    /// <summary>Requires a token whose district claim is valid, or a city-level role.</summary>
    public const string DistrictMemberPolicy = "district-member";

    /// <summary>Platform operations (error queues, redrive): the <see cref="Roles.PlatformOps"/> role. The gateway's routes name it too.</summary>
    public const string PlatformOpsPolicy = "platform-ops";

    public static SymmetricSecurityKey? SigningKey(AuthOptions options) =>
        string.IsNullOrEmpty(options.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));

    /// <summary>
    /// JWT bearer validation in every process, not only at the gateway, so a service reached
    /// by another route still trusts nothing it has not verified.
    /// </summary>
    public static IHostApplicationBuilder AddGovernanceAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var key = SigningKey(options);
        if (key is null && string.IsNullOrEmpty(options.Authority))
        {
            throw new InvalidOperationException("Configure Auth:Authority (production) or Auth:SigningKey (development) so bearer tokens can be validated.");
        }

        if (key is not null && key.Key.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes.");
        }

        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = key,
                    ValidateIssuerSigningKey = true,
                    NameClaimType = DistrictCaller.SubjectClaim,
                    RoleClaimType = DistrictCaller.RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DistrictMemberPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => DistrictCaller.From(context.User).MayReadDistrictData))
            .AddPolicy(PlatformOpsPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.PlatformOps));
        return builder;
    }
}
