using System.Reflection;
using Governance.BuildingBlocks.Data.Idempotency;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Governance.BuildingBlocks.Data;

/// <summary>A record that belongs to exactly one district.</summary>
public interface IDistrictOwned
{
    string District { get; set; }
}

/// <summary>
/// Base DbContext for a service's own database: every <see cref="IDistrictOwned"/> entity is
/// filtered to the caller's district (city-level roles read all), and new rows are stamped with
/// the caller's district, so no handler can forget either.
/// </summary>
/// <remarks>
/// Contexts are pooled (building one with its internal services was the largest share of a
/// consumed event's CPU), so the caller arrives per lease through <see cref="ServeFor"/>, which the
/// scoped registration of <c>AddServiceDatabase</c> calls, not through the constructor.
/// </remarks>
public abstract class DistrictDbContext(DbContextOptions options) : DbContext(options)
{
    private static readonly MethodInfo FilterMethod = typeof(DistrictDbContext)
        .GetMethod(nameof(FilterToCallerDistrict), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private IDistrictContext? districts;
    private IdempotencyClaim? idempotency;

    private IDistrictContext Districts =>
        districts ?? throw new InvalidOperationException($"{GetType().Name} was created outside a scope; resolve it from DI.");

    // Read by the query filters; EF Core re-evaluates these per query because they are members of the context.
    protected string? CallerDistrict => Districts.Caller.District;

    protected bool CallerReadsAllDistricts => Districts.Caller.CanReadAllDistricts;

    /// <summary>Serves this (pooled) context to the caller of the current scope, and to its Idempotency-Key if it sent one.</summary>
    internal TContext ServeFor<TContext>(IDistrictContext caller, IdempotencyClaim? claim = null) where TContext : DistrictDbContext
    {
        districts = caller;
        idempotency = claim;
        return (TContext)this;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Npgsql writes timestamptz only from UTC values; a timestamp that arrives with +08:00 (a
        // query's from/to, a value computed in China time) is the same instant in UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTimestamps>();
    }

    private sealed class UtcTimestamps() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        IdempotencyRecord.Configure(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(e => typeof(IDistrictOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null)
                     .ToList())
        {
            FilterMethod.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampDistrict();
        var claim = AddPendingIdempotencyKey();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        claim?.MarkWritten();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampDistrict();
        var claim = AddPendingIdempotencyKey();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        claim?.MarkWritten();
        return saved;
    }

    /// <summary>
    /// Puts the request's Idempotency-Key into this save, so it commits with the effect. A second
    /// request with the same key that got this far fails here on the key, and its effect is rolled back.
    /// </summary>
    private IdempotencyClaim? AddPendingIdempotencyKey()
    {
        if (idempotency?.Pending is not { } record)
        {
            return null;
        }

        if (Entry(record).State == EntityState.Detached)
        {
            Add(record);
        }

        idempotency.MarkAttempted();
        return idempotency;
    }

    private void FilterToCallerDistrict<TEntity>(ModelBuilder modelBuilder) where TEntity : class, IDistrictOwned
    {
        var entity = modelBuilder.Entity<TEntity>();
        entity.HasQueryFilter(e => CallerReadsAllDistricts || e.District == CallerDistrict);
        entity.Property(e => e.District).HasMaxLength(64).IsRequired();
        entity.HasIndex(e => e.District);
    }

    private void StampDistrict()
    {
        foreach (var entry in ChangeTracker.Entries<IDistrictOwned>())
        {
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.District))
            {
                entry.Entity.District = CallerDistrict
                    ?? throw new DistrictAccessException("The caller's token names no district, so it cannot create district data.");
            }

            if (entry.State is EntityState.Added or EntityState.Modified
                && CallerDistrict is not null && entry.Entity.District != CallerDistrict)
            {
                throw new DistrictAccessException($"A caller of district '{CallerDistrict}' cannot write data of another district.");
            }
        }
    }
}
