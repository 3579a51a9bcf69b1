using FluentValidation;
using Governance.Party.Data;
using Governance.Party.Domain.Agenda;
using Governance.Party.Domain.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Party.Features.Organizations;

/// <param name="Mobile">A mobile branch (流动党员党支部): level <c>grid-branch</c> under a street or community committee, on that committee's unit.</param>
public sealed record CreateOrganizationRequest(PartyLevel? Level, Guid? ParentId, Guid? UnitId, string? Name, bool? Mobile);

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganizationRequest>
{
    public CreateOrganizationValidator()
    {
        RuleFor(r => r.Level).NotNull();
        RuleFor(r => r.UnitId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(PartyOrganization.MaxNameLength);
    }
}

public static class CreateOrganization
{
    public static async Task<Results<Created<OrganizationResponse>, ProblemHttpResult>> Handle(
        CreateOrganizationRequest request, PartyDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        PartyOrganization? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Set<PartyOrganization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken);
            if (parent is null)
            {
                return PartyProblems.Unprocessable($"parentId '{parentId}' names no organisation of your district.");
            }
        }

        var unitId = request.UnitId!.Value;
        if (await db.UnitAsync(unitId, cancellationToken) is not { } unit)
        {
            return PartyProblems.Unprocessable($"unitId '{unitId}' names no unit of your district (units reach this service from the grid service within seconds of their creation).");
        }

        var now = clock.GetUtcNow();
        var (organization, error) = PartyOrganization.Create(request.Level!.Value, parent, unit, request.Name!, request.Mobile ?? false, now);
        if (organization is null)
        {
            return PartyProblems.Unprocessable(error!);
        }

        db.Set<PartyOrganization>().Add(organization);
        await AttachWaitingAgendaAsync(db, organization, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return PartyProblems.Conflict($"Unit '{unit.Name}' already has a {request.Level} organisation.");
        }

        return TypedResults.Created($"/api/party/organizations/{organization.Id}", OrganizationResponse.From(organization));
    }

    /// <summary>Escalated cases that reached this committee's unit before the committee existed join its agenda now.</summary>
    private static async Task AttachWaitingAgendaAsync(PartyDbContext db, PartyOrganization organization, CancellationToken cancellationToken)
    {
        if (AgendaRouting.CommitteeLevelFor(organization) is not { } caseLevel)
        {
            return;
        }

        var waiting = await db.Set<AgendaItem>()
            .Where(i => i.OrganizationId == null && i.Status == AgendaItemStatus.Open && i.ResponsibleUnitId == organization.UnitId && i.Level == caseLevel)
            .ToListAsync(cancellationToken);
        foreach (var item in waiting)
        {
            item.AssignTo(organization.Id);
        }
    }
}
