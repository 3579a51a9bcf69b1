using Governance.Grid.Domain.Cases;
using Microsoft.Extensions.Options;

namespace Governance.Grid.Features.Cases;

public static class CasesRegistration
{
    /// <summary>GridCase settings (checked at start-up), the SLA policy and the SLA timer.</summary>
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CasesOptions>().Bind(builder.Configuration.GetSection(CasesOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CasesOptions>, CasesOptionsValidator>();
        builder.Services.AddSingleton(services => new SlaPolicy(services.GetRequiredService<IOptions<CasesOptions>>().Value.Sla));
        builder.Services.AddHostedService<SlaTimer>();
        return builder;
    }

    private sealed class CasesOptionsValidator : IValidateOptions<CasesOptions>
    {
        public ValidateOptionsResult Validate(string? name, CasesOptions options)
        {
            var errors = options.Errors().ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
