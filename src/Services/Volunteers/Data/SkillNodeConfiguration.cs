using Governance.Volunteers.Domain.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Volunteers.Data;

internal sealed class SkillNodeConfiguration : IEntityTypeConfiguration<SkillNode>
{
    public void Configure(EntityTypeBuilder<SkillNode> node)
    {
        node.ToTable("skills");
        node.HasKey(n => n.Id);
        node.Property(n => n.Id).ValueGeneratedNever();
        node.Property(n => n.District).HasMaxLength(64);
        node.Property(n => n.Code).HasMaxLength(SkillCodes.MaxLength);
        node.Property(n => n.ParentCode).HasMaxLength(SkillCodes.MaxLength);
        node.Property(n => n.Name).HasMaxLength(SkillNode.MaxNameLength);
        node.Property(n => n.LocalName).HasMaxLength(SkillNode.MaxNameLength);
        // One code per district; platform codes (district null) are unique among themselves too.
        node.HasIndex(n => new { n.District, n.Code }).IsUnique().AreNullsDistinct(false);
        node.HasData(PlatformSkills.All);
    }
}
