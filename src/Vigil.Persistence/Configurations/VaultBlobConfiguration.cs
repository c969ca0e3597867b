using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Persistence.Vault;

namespace Vigil.Persistence.Configurations;

internal sealed class VaultBlobConfiguration : IEntityTypeConfiguration<VaultBlob>
{
    public void Configure(EntityTypeBuilder<VaultBlob> builder)
    {
        builder.ToTable("vault_blobs");
        builder.HasKey(b => b.Sha256);
        builder.Property(b => b.Sha256).HasMaxLength(32);
    }
}
