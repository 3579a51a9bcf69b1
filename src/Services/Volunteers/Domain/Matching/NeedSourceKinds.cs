using Governance.Contracts.Volunteers;

namespace Governance.Volunteers.Domain.Matching;

/// <summary>
/// What a need came from. The kinds are open: each requesting service names its own in kebab-case
/// (<see cref="VolunteersRequested"/>), so a new domain asks for volunteers without a change here.
/// </summary>
public static class NeedSourceKinds
{
    public const int MaxLength = 40;

    public static bool IsValid(string? kind) => KebabCode.IsValid(kind, MaxLength);

    /// <summary>
    /// The kinds that arrive through their own contracts or from coordinators. A generic request must not
    /// pose as one of them: its answers would be applied by the grid or events service.
    /// </summary>
    public static bool IsReserved(string kind) => kind is NeedSources.GridCase or NeedSources.EventStaffing or NeedSources.Manual;
}
