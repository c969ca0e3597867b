using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;

namespace Vigil.Persistence.Configurations;

internal sealed class ItemMatchConfiguration : IEntityTypeConfiguration<ItemMatch>
{
    public void Configure(EntityTypeBuilder<ItemMatch> builder)
    {
        builder.ToTable("item_matches");
        builder.HasKey(m => m.Id);
        builder.HasOne<Item>().WithMany().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HashList>().WithMany().HasForeignKey(m => m.ListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HashListEntry>().WithMany().HasForeignKey(m => m.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Signal).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Detail).HasMaxLength(ItemMatch.DetailMaxLength);
        builder.HasIndex(m => new { m.ItemId, m.EntryId, m.Signal }).IsUnique();
        builder.HasIndex(m => m.EntryId);
        builder.HasIndex(m => m.ListId);
    }
}
