using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.BuildingBlocks.Data;

/// <summary>
/// What a command on one record does around its domain call: load (under a row lock where two
/// commands must not interleave), act, save, and answer a lost race as 409 rather than 500.
/// Records are keyed by a <see cref="Guid"/> property <c>Id</c>.
/// </summary>
public static class RecordCommands
{
    /// <summary>
    /// Another request changed the same record first: its row version no longer matched, or (for rows
    /// keyed by sequence, such as history lines) both inserted the same next row.
    /// </summary>
    public static bool IsLostRace(this DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Saves, or answers 409 naming the record when the save lost a race.</summary>
    public static async Task<ProblemHttpResult?> SaveOrConflictAsync(this DbContext db, string what, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex.IsLostRace())
        {
            return ApiProblems.ChangedMeanwhile(what, id);
        }
    }

    /// <summary>
    /// Locks the record's row until the caller's transaction ends, then loads it; null when the caller's
    /// district has no such record (the lock is taken by id alone, the district filter decides). Commands
    /// that lock one record run one after another, across replicas too; within a process they queue in
    /// <see cref="RowLockQueue"/>, and a turn that does not come in time answers 503 with Retry-After.
    /// </summary>
    public static async Task<TRecord?> LockAsync<TRecord>(this DbContext db, Guid id, CancellationToken cancellationToken)
        where TRecord : class
    {
        var table = db.Model.FindEntityType(typeof(TRecord))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not mapped to a table.");
        // The table name comes from the model, never from a caller; the id travels as a parameter.
        var lockRow = "SELECT 1 FROM \"" + table + "\" WHERE \"Id\" = {0} FOR UPDATE";
        await RowLockQueue.InTurnAsync(table, id, () => db.Database.ExecuteSqlRawAsync(lockRow, [id], cancellationToken), cancellationToken);
        return await FindAsync<TRecord>(db, id, cancellationToken);
    }

    /// <summary>
    /// Loads the record, applies <paramref name="act"/> and saves: 404 when the district has no such record,
    /// the domain's refusal as 409, 422, 404 or 403, and 409 when another request changed it meanwhile.
    /// </summary>
    /// <param name="what">The record as the problem names it, e.g. <c>place</c>.</param>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> ChangeAsync<TRecord, TResponse>(
        this DbContext db, string what, Guid id, Func<TRecord, DomainError?> act, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : class
    {
        if (await FindAsync<TRecord>(db, id, cancellationToken) is not { } record)
        {
            return ApiProblems.NotFound(what, id);
        }

        if (act(record) is { } refused)
        {
            return ApiProblems.From(refused);
        }

        return await db.SaveOrConflictAsync(what, id, cancellationToken) is { } conflict ? conflict : TypedResults.Ok(respond(record));
    }

    private static Task<TRecord?> FindAsync<TRecord>(DbContext db, Guid id, CancellationToken cancellationToken) where TRecord : class =>
        db.Set<TRecord>().FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == id, cancellationToken);
}
