using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Items;
using Vigil.Core.Processing;

namespace Vigil.Persistence.Configurations;

internal sealed class ProcessingRecordConfiguration : IEntityTypeConfiguration<ProcessingRecord>
{
    public void Configure(EntityTypeBuilder<ProcessingRecord> builder)
    {
        builder.ToTable("processing_records");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Step).HasMaxLength(32);
        builder.Property(p => p.WorkerId).HasMaxLength(100);
        builder.HasOne<Item>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);

        // The once-only guarantee: a step's effect is recorded at most once per item.
        builder.HasIndex(p => new { p.ItemId, p.Step }).IsUnique();
    }
}
