namespace Governance.BuildingBlocks.Data;

public static class StoredTime
{
    /// <summary>
    /// The clock's time at PostgreSQL's precision (microseconds), so the time a response shows
    /// is the time read back later: an idempotent check-in answers the same instant twice.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock) => AsStored(clock.GetUtcNow());

    public static DateTimeOffset AsStored(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));
}
