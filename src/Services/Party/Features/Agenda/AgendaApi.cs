namespace Governance.Party.Features.Agenda;

public static class AgendaApi
{
    public static RouteGroupBuilder MapAgenda(this RouteGroupBuilder api)
    {
        api.MapGet("/organizations/{id:guid}/agenda", ListAgenda.Handle)
            .WithSummary("Escalated cases open on a community or street committee's agenda, soonest deadline first, with their band.");
        return api;
    }
}
