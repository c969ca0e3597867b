using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Items;

namespace Vigil.Persistence.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Sha256).HasMaxLength(32);
        builder.Property(i => i.Md5).HasMaxLength(16);
        builder.Property(i => i.Sha1).HasMaxLength(20);
        builder.Property(i => i.Pdq).HasMaxLength(32);
        builder.Property(i => i.MediaType).HasMaxLength(Item.MediaTypeMaxLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(i => i.Sha256).IsUnique();
        builder.HasIndex(i => i.Md5);
        builder.HasIndex(i => i.Sha1);
    }
}
