using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.Open311;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Grid.Features.Open311;

[RequestExample("""{"name": "FixMyStreet Lunan"}""")]
public sealed record IssueClientRequest(string? Name);

public sealed class IssueClientValidator : AbstractValidator<IssueClientRequest>
{
    public IssueClientValidator() => RuleFor(r => r.Name).NotEmpty().MaximumLength(Open311Client.MaxNameLength);
}

/// <summary>An app's Open311 client; <see cref="ApiKey"/> is only ever given in the answer that issued it.</summary>
public sealed record IssuedClientResponse(Guid Id, string Name, string ApiKey, DateTimeOffset CreatedAt);

public sealed record ClientResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ClientResponse From(Open311Client c) => new(c.Id, c.Name, c.CreatedAt, c.RevokedAt);
}

public static class IssueClient
{
    public static async Task<Created<IssuedClientResponse>> Handle(
        IssueClientRequest request, GridDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        districts.RequireDistrict("issue Open311 keys");
        var (client, apiKey) = Open311Client.Issue(request.Name!, clock.GetUtcNow());
        db.Set<Open311Client>().Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/grid/open311/clients/{client.Id}", new IssuedClientResponse(client.Id, client.Name, apiKey, client.CreatedAt));
    }
}

public static class ListClients
{
    public static async Task<Ok<List<ClientResponse>>> Handle(GridDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Set<Open311Client>().AsNoTracking().OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken)).Select(ClientResponse.From).ToList());
}

public static class RevokeClient
{
    /// <summary>Revokes the client's key for good; its reports and updates stay.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, GridDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Set<Open311Client>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } client)
        {
            return ApiProblems.NotFound("Open311 client", id);
        }

        client.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

public static class Open311ClientsApi
{
    public static RouteGroupBuilder MapOpen311Clients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/open311/clients").RequireRoleOrDistrictAdmin(Roles.DistrictAdmin);
        clients.MapPost("/", IssueClient.Handle).Validate<IssueClientRequest>()
            .WithSummary("Issues an API key for an app that files reports through Open311; the key is shown in this answer only.");
        clients.MapGet("/", ListClients.Handle).WithSummary("The district's Open311 clients (never their keys).");
        clients.MapDelete("/{id:guid}", RevokeClient.Handle).WithSummary("Revokes a client's key: its POSTs then answer 403.");
        return api;
    }
}
