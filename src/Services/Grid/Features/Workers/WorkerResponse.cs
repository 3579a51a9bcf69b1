using Governance.Grid.Domain.People;

namespace Governance.Grid.Features.Workers;

public sealed record AssignmentResponse(Guid GridId, string Duty, DateTimeOffset AssignedAt);

/// <summary>A grid worker; <see cref="Phone"/> is masked unless the caller may see it in full.</summary>
public sealed record WorkerResponse(
    Guid Id, string Name, string Phone, Employment Employment, string? Account,
    IReadOnlyList<AssignmentResponse> Assignments, DateTimeOffset CreatedAt)
{
    public static WorkerResponse From(GridWorker worker, PersonalDataViewer viewer) => new(
        worker.Id,
        worker.Name,
        viewer.Phone(worker.Phone, worker.District, worker.GridIds)!,
        worker.Employment,
        worker.Account,
        worker.Assignments.OrderBy(a => a.AssignedAt).Select(a => new AssignmentResponse(a.GridId, a.Duty, a.AssignedAt)).ToList(),
        worker.CreatedAt);
}

/// <summary>A worker as one grid sees them: with their duty segment in that grid.</summary>
public sealed record GridWorkerResponse(Guid WorkerId, string Name, string Phone, Employment Employment, string Duty, DateTimeOffset AssignedAt)
{
    public static GridWorkerResponse From(GridWorker worker, Guid gridId, PersonalDataViewer viewer)
    {
        var assignment = worker.Assignments.Single(a => a.GridId == gridId);
        return new(worker.Id, worker.Name, viewer.Phone(worker.Phone, worker.District, worker.GridIds)!,
            worker.Employment, assignment.Duty, assignment.AssignedAt);
    }
}
