using Governance.Grid.Domain.Open311;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Grid.Data;

internal sealed class Open311ClientConfiguration : IEntityTypeConfiguration<Open311Client>
{
    public void Configure(EntityTypeBuilder<Open311Client> client)
    {
        client.ToTable("open311_clients");
        client.HasKey(c => c.Id);
        client.Property(c => c.Id).ValueGeneratedNever();
        client.Property(c => c.Name).HasMaxLength(Open311Client.MaxNameLength);
        client.Property(c => c.KeyHash).HasMaxLength(64);
        // A key is looked up by its hash before its district is known.
        client.HasIndex(c => c.KeyHash).IsUnique();
    }
}
