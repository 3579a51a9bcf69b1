using Governance.Party.Data;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Data;
using Governance.ServiceDefaults.Messaging;
using Governance.ServiceDefaults.ReferenceData;

namespace Governance.Party;

public static class PartyServices
{
    public const string Domain = "party";

    public static IHostApplicationBuilder AddPartyServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PartyDbContext>("party-db");
        builder.AddMessaging<PartyDbContext>(Domain, typeof(PartyServices).Assembly, bus => bus.AddKnownUnitConsumers<PartyDbContext>(Domain));
        return builder;
    }

    public static WebApplication MapPartyApi(this WebApplication app)
    {
        app.MapDomainApi(Domain);
        return app;
    }
}
