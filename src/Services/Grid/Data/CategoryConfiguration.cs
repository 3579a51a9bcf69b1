using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.Grid.Domain.Categories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Grid.Data;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<DistrictCategory>
{
    public const string Table = "case_categories";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public void Configure(EntityTypeBuilder<DistrictCategory> category)
    {
        category.ToTable(Table);
        category.HasKey(c => new { c.District, c.Code });
        category.Property(c => c.Code).HasMaxLength(Domain.Cases.CaseRules.MaxCategoryLength);
        // A definition is read and replaced whole, never queried inside, so it is one JSON document.
        category.Property(c => c.Definition).HasColumnType("jsonb").HasConversion(
            definition => JsonSerializer.Serialize(definition, Json),
            json => JsonSerializer.Deserialize<CategoryDefinition>(json, Json)!);
    }
}
