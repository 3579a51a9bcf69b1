using Governance.Volunteers.Domain.Skills;

namespace Governance.Volunteers.Tests.Domain.Skills;

public sealed class SkillTreeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static SkillTree WithDistrictNode() =>
        new([.. PlatformSkills.All, SkillNode.ForDistrict("lunan", "cpr", "first-aid", "CPR", "心肺复苏", Now)]);

    [Fact]
    public void The_platform_tree_has_the_talent_pool_classes()
    {
        var tree = new SkillTree(PlatformSkills.All);

        foreach (var code in new[] { "medical", "first-aid", "legal", "psychology", "counselling", "it", "network-security", "health-education", "elder-care", "child-care", "repairs", "teaching" })
        {
            Assert.True(tree.Contains(code), code);
        }

        Assert.All(PlatformSkills.All, n => Assert.True(SkillCodes.IsValid(n.Code), n.Code));
    }

    [Fact]
    public void A_parent_skill_accepts_every_skill_beneath_it()
    {
        var subtree = WithDistrictNode().Subtree("medical");

        Assert.Equal(["cpr", "first-aid", "medical", "nursing"], subtree.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_leaf_accepts_only_itself_and_an_unknown_code_nothing()
    {
        var tree = WithDistrictNode();

        Assert.Equal(["legal-consultation"], tree.Subtree("legal-consultation"));
        Assert.Empty(tree.Subtree("astrology"));
    }

    [Fact]
    public void A_district_node_needs_a_new_code_and_an_existing_parent()
    {
        var tree = WithDistrictNode();

        Assert.NotNull(tree.RefuseNewNode("legal", null));
        Assert.NotNull(tree.RefuseNewNode("sign-language", "no-such-parent"));
        Assert.Null(tree.RefuseNewNode("sign-language", "teaching"));
    }

    [Theory]
    [InlineData("first-aid", true)]
    [InlineData("it", true)]
    [InlineData("First-Aid", false)]
    [InlineData("first--aid", false)]
    [InlineData("-aid", false)]
    [InlineData("急救", false)]
    public void Codes_are_kebab_case(string code, bool valid) => Assert.Equal(valid, SkillCodes.IsValid(code));
}
