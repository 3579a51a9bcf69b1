using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;

namespace Governance.Grid.Data;

/// <summary>
/// A counter per district, bumped in the same transaction as every change to its territory,
/// so each replica's grid index knows when it is stale.
/// </summary>
public sealed class TerritoryRevision
{
    public string District { get; private set; } = "";

    public long Revision { get; private set; }
}

internal sealed class TerritoryRevisionConfiguration : IEntityTypeConfiguration<TerritoryRevision>
{
    public void Configure(EntityTypeBuilder<TerritoryRevision> revision)
    {
        revision.ToTable("territory_revisions");
        revision.HasKey(r => r.District);
        revision.Property(r => r.District).HasMaxLength(64);
    }
}

public static class TerritoryChanges
{
    /// <summary>
    /// Opens the transaction for a change to <paramref name="district"/>'s territory. Bumping the
    /// revision first also locks the district's row until commit, so territory writes of one
    /// district run one at a time: code sequences and the no-overlap rule cannot race.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginTerritoryChangeAsync(this GridDbContext db, string district, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO territory_revisions ("District", "Revision") VALUES ({district}, 1)
             ON CONFLICT ("District") DO UPDATE SET "Revision" = territory_revisions."Revision" + 1
             """,
            cancellationToken);
        return transaction;
    }

    public static Task<long> TerritoryRevisionAsync(this GridDbContext db, string district, CancellationToken cancellationToken) =>
        db.Set<TerritoryRevision>().Where(r => r.District == district).Select(r => r.Revision).FirstOrDefaultAsync(cancellationToken);
}
