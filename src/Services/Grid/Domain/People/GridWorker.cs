using Governance.BuildingBlocks.Data;

namespace Governance.Grid.Domain.People;

public enum Employment
{
    FullTime,
    PartTime,
}

/// <summary>A grid worker (网格员), responsible for a described segment of each grid they are assigned to.</summary>
public sealed class GridWorker : IDistrictOwned
{
    public const int MaxNameLength = 100;
    public const int MaxAccountLength = 128;
    public const int MaxDutyLength = 500;

    private readonly List<WorkerAssignment> assignments = [];

    private GridWorker()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public Employment Employment { get; private set; }

    /// <summary>The login subject (<c>sub</c>) of the worker, which lets them see their grids' personal data.</summary>
    public string? Account { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<WorkerAssignment> Assignments => assignments;

    public IEnumerable<Guid> GridIds => assignments.Select(a => a.GridId);

    public static GridWorker Create(string name, string phone, Employment employment, string? account, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Phone = phone.Trim(),
        Employment = employment,
        Account = string.IsNullOrWhiteSpace(account) ? null : account.Trim(),
        CreatedAt = now,
    };

    /// <summary>Assigns the worker to a grid; assigning again to the same grid replaces the duty segment.</summary>
    public void AssignTo(Guid gridId, string duty, DateTimeOffset now)
    {
        var existing = assignments.FirstOrDefault(a => a.GridId == gridId);
        if (existing is not null)
        {
            existing.Duty = duty.Trim();
            return;
        }

        assignments.Add(new WorkerAssignment(gridId, duty.Trim(), now));
    }

    /// <summary>Ends the assignment to a grid; false when the worker was not assigned to it.</summary>
    public bool UnassignFrom(Guid gridId) => assignments.RemoveAll(a => a.GridId == gridId) > 0;
}

/// <summary>A grid worker's responsibility in one grid: the duty segment (分段), e.g. "Buildings 1–6, east gate".</summary>
public sealed class WorkerAssignment
{
    internal WorkerAssignment(Guid gridId, string duty, DateTimeOffset assignedAt)
    {
        GridId = gridId;
        Duty = duty;
        AssignedAt = assignedAt;
    }

    public Guid GridId { get; private set; }

    public string Duty { get; internal set; }

    public DateTimeOffset AssignedAt { get; private set; }
}
