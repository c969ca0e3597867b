using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Items;
using Vigil.Core.Provenance;

namespace Vigil.Persistence.Configurations;

internal sealed class ItemProvenanceConfiguration : IEntityTypeConfiguration<ItemProvenance>
{
    public void Configure(EntityTypeBuilder<ItemProvenance> builder)
    {
        builder.ToTable("item_provenance");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Generator).HasMaxLength(ItemProvenance.NameMaxLength);
        builder.Property(p => p.ModelName).HasMaxLength(ItemProvenance.NameMaxLength);
        builder.Property(p => p.ModelHash).HasMaxLength(ItemProvenance.HashMaxLength);
        builder.Property(p => p.ModelHashKind).HasMaxLength(ItemProvenance.HashKindMaxLength);
        builder.Property(p => p.DigitalSourceType).HasMaxLength(ItemProvenance.UriMaxLength);
        builder.Property(p => p.C2paClaimGenerator).HasMaxLength(ItemProvenance.NameMaxLength);
        builder.Property(p => p.WatermarkScheme).HasMaxLength(ItemProvenance.SchemeMaxLength);
        builder.Property(p => p.WatermarkPayloadHex).HasMaxLength(ItemProvenance.PayloadMaxLength);
        builder.HasOne<Item>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);

        // One evidence row per item (the step's effect is written once with its job).
        builder.HasIndex(p => p.ItemId).IsUnique();

        // Analysts filter queues by AI origin and by the model named.
        builder.HasIndex(p => p.AiSignal);
        builder.HasIndex(p => p.ModelHash);
    }
}
