using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Workers;

[RequestExample("""{"name": "Li Na", "phone": "13812345678", "employment": "full-time", "account": "li.na"}""")]
public sealed record CreateWorkerRequest(string? Name, string? Phone, Employment? Employment, string? Account);

public sealed class CreateWorkerValidator : AbstractValidator<CreateWorkerRequest>
{
    public CreateWorkerValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(GridWorker.MaxNameLength);
        // Messages never echo the value: it is personal data.
        RuleFor(r => r.Phone).NotEmpty().Must(PersonalData.IsValidPhone)
            .WithMessage("phone must be a mobile number (11 digits starting with 1) or a landline with its area code.");
        RuleFor(r => r.Employment).NotNull();
        RuleFor(r => r.Account).MaximumLength(GridWorker.MaxAccountLength);
    }
}

public static class CreateWorker
{
    public static async Task<Results<Created<WorkerResponse>, ProblemHttpResult>> Handle(
        CreateWorkerRequest request, GridDbContext db, PersonalDataAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        var worker = GridWorker.Create(request.Name!, request.Phone!, request.Employment!.Value, request.Account, clock.GetUtcNow());
        db.Set<GridWorker>().Add(worker);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("Account already used.",
                $"Account '{worker.Account}' already belongs to another grid worker of your district.");
        }

        return TypedResults.Created($"/api/grid/workers/{worker.Id}", WorkerResponse.From(worker, await access.ViewerAsync(cancellationToken)));
    }
}
