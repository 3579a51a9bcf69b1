namespace Governance.Volunteers.Domain.Skills;

/// <summary>
/// The skill tree every district starts with: the talent pool's classes (医疗救护, 法律咨询, 心理咨询,
/// 网络安全, 健康教育 …). Ids are fixed because the migration seeds them.
/// </summary>
public static class PlatformSkills
{
    public static readonly IReadOnlyList<SkillNode> All =
    [
        Node("0195f000-0000-7000-8000-000000000001", "medical", null, "Medical care", "医疗"),
        Node("0195f000-0000-7000-8000-000000000002", "first-aid", "medical", "First aid", "医疗救护"),
        Node("0195f000-0000-7000-8000-000000000003", "nursing", "medical", "Nursing", "护理"),
        Node("0195f000-0000-7000-8000-000000000004", "legal", null, "Legal", "法律"),
        Node("0195f000-0000-7000-8000-000000000005", "legal-consultation", "legal", "Legal consultation", "法律咨询"),
        Node("0195f000-0000-7000-8000-000000000006", "mediation", "legal", "Dispute mediation", "纠纷调解"),
        Node("0195f000-0000-7000-8000-000000000007", "psychology", null, "Psychology", "心理"),
        Node("0195f000-0000-7000-8000-000000000008", "counselling", "psychology", "Counselling", "心理咨询"),
        Node("0195f000-0000-7000-8000-000000000009", "it", null, "Information technology", "信息技术"),
        Node("0195f000-0000-7000-8000-00000000000a", "network-security", "it", "Network security", "网络安全"),
        Node("0195f000-0000-7000-8000-00000000000b", "digital-help", "it", "Help with phones and apps", "智能设备帮助"),
        Node("0195f000-0000-7000-8000-00000000000c", "health-education", null, "Health education", "健康教育"),
        Node("0195f000-0000-7000-8000-00000000000d", "elder-care", null, "Elder care", "养老照护"),
        Node("0195f000-0000-7000-8000-00000000000e", "child-care", null, "Child care", "儿童看护"),
        Node("0195f000-0000-7000-8000-00000000000f", "repairs", null, "Repairs", "维修"),
        Node("0195f000-0000-7000-8000-000000000010", "electrical-repairs", "repairs", "Electrical repairs", "电器维修"),
        Node("0195f000-0000-7000-8000-000000000011", "plumbing", "repairs", "Plumbing", "水管维修"),
        Node("0195f000-0000-7000-8000-000000000012", "teaching", null, "Teaching", "教学辅导"),
    ];

    private static SkillNode Node(string id, string code, string? parentCode, string name, string localName) =>
        SkillNode.Platform(Guid.Parse(id), code, parentCode, name, localName);
}
