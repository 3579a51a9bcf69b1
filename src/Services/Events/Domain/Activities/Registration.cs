using Governance.BuildingBlocks.Data;

namespace Governance.Events.Domain.Activities;

/// <summary>
/// A resident's place at an activity, for a party of <see cref="PartySize"/> people. Waitlisted
/// registrations queue by <see cref="WaitlistNumber"/>; their position is computed, not stored.
/// </summary>
public sealed class Registration : IDistrictOwned
{
    public const int MaxNameLength = 100;
    public const int MaxPartySize = 20;
    public const int MaxAccountLength = 200;

    private Registration()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid ActivityId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Personal data: shown masked, never logged, never put in an event.</summary>
    public string Phone { get; private set; } = "";

    public int PartySize { get; private set; }

    /// <summary>
    /// The <c>sub</c> of the token that registered: only that account (or an organiser) may cancel the
    /// registration or fetch its code. Null for registrations made before it was kept.
    /// </summary>
    public string? Account { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>The order in the waitlist (smaller first); kept after promotion for the record.</summary>
    public int? WaitlistNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PromotedAt { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    internal static Registration Create(Guid activityId, string code, string name, string phone, int partySize, int? waitlistNumber, DateTimeOffset now,
        string? account) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            ActivityId = activityId,
            Code = code,
            Name = name.Trim(),
            Phone = phone,
            PartySize = partySize,
            Account = account,
            Status = waitlistNumber is null ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted,
            WaitlistNumber = waitlistNumber,
            CreatedAt = now,
        };

    /// <summary>The distinct accounts that made <paramref name="registrations"/>, in order of first appearance; those without one are left out.</summary>
    public static IReadOnlyList<string> AccountsOf(IEnumerable<Registration> registrations) =>
        [.. registrations.Select(r => r.Account).OfType<string>().Distinct(StringComparer.Ordinal)];

    internal void Promote(DateTimeOffset now)
    {
        Status = RegistrationStatus.Registered;
        PromotedAt = now;
    }

    internal void Cancel(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
    }

    /// <summary>Checking in twice keeps the first arrival.</summary>
    internal void CheckIn(DateTimeOffset now) => CheckedInAt ??= now;
}
