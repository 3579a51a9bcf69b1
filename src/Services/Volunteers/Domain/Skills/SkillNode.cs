namespace Governance.Volunteers.Domain.Skills;

/// <summary>
/// A node of the skill tree. Platform nodes (<see cref="District"/> null) are seeded by migration and
/// shared by every district; a district adds its own nodes beneath them, seen only by that district.
/// Not district-owned in the query-filter sense, since platform nodes belong to no district.
/// </summary>
public sealed class SkillNode
{
    public const int MaxNameLength = 100;

    private SkillNode()
    {
    }

    public Guid Id { get; private set; }

    public string? District { get; private set; }

    public string Code { get; private set; } = "";

    public string? ParentCode { get; private set; }

    public string Name { get; private set; } = "";

    public string? LocalName { get; private set; }

    public static SkillNode Platform(Guid id, string code, string? parentCode, string name, string? localName) => new()
    {
        Id = id,
        Code = code,
        ParentCode = parentCode,
        Name = name,
        LocalName = localName,
    };

    public static SkillNode ForDistrict(string district, string code, string? parentCode, string name, string? localName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        District = district,
        Code = code,
        ParentCode = parentCode,
        Name = name.Trim(),
        LocalName = localName?.Trim(),
    };
}
