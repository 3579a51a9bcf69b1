using Microsoft.EntityFrameworkCore;

namespace Governance.BuildingBlocks.Data.Idempotency;

/// <summary>
/// A request made with an <c>Idempotency-Key</c>, kept in the service's own database. The row is
/// inserted by the same <c>SaveChanges</c> (so the same transaction) as the request's effect: the
/// effect and the key commit together or not at all, so no retry can apply it twice, whatever
/// else is down. The response is added once it is known, for replay.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Whose key it is: <c>{district or "city"}:{subject}</c>; keys of different callers never meet.</summary>
    public string Scope { get; init; } = "";

    public string Key { get; init; } = "";

    /// <summary>SHA-256 of method, path, query and body: the same key with another request is refused.</summary>
    public string Fingerprint { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null until the response is stored (the effect committed, the response not yet written).</summary>
    public int? Status { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }

    internal static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<IdempotencyRecord>(record =>
    {
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.Scope, r.Key });
        record.Property(r => r.Scope).HasMaxLength(200);
        record.Property(r => r.Key).HasMaxLength(128);
        record.Property(r => r.Fingerprint).HasMaxLength(64);
        record.Property(r => r.ContentType).HasMaxLength(200);
        record.Property(r => r.Location).HasMaxLength(2048);
        record.HasIndex(r => r.CreatedAt);
    });
}

/// <summary>
/// The key of the current request, waiting to be written with its effect (scoped: one per request).
/// <see cref="DistrictDbContext"/> adds it to the first <c>SaveChanges</c> of the request.
/// </summary>
public sealed class IdempotencyClaim
{
    private IdempotencyRecord? pending;

    /// <summary>Whether a <c>SaveChanges</c> of this request wrote the key (with the effect).</summary>
    public bool Written { get; private set; }

    /// <summary>Whether a <c>SaveChanges</c> of this request tried to write the key.</summary>
    public bool Attempted { get; private set; }

    internal void Begin(IdempotencyRecord record) => pending = record;

    /// <summary>The record to add to a save, if the key has not been written yet.</summary>
    internal IdempotencyRecord? Pending => pending;

    internal void MarkAttempted() => Attempted = true;

    internal void MarkWritten()
    {
        pending = null;
        Written = true;
    }
}
