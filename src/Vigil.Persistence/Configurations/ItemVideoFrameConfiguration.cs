using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Items;

namespace Vigil.Persistence.Configurations;

internal sealed class ItemVideoFrameConfiguration : IEntityTypeConfiguration<ItemVideoFrame>
{
    public void Configure(EntityTypeBuilder<ItemVideoFrame> builder)
    {
        builder.ToTable("item_video_frames");
        builder.HasKey(f => f.Id);
        builder.HasOne<Item>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Pdq).HasMaxLength(32);
        builder.HasIndex(f => new { f.ItemId, f.FrameNumber }).IsUnique();
    }
}
