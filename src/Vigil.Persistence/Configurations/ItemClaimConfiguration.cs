using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Assessment;
using Vigil.Core.Items;

namespace Vigil.Persistence.Configurations;

/// <summary>One claim row per item: the primary key is what keeps two analysts from grading one item at once.</summary>
internal sealed class ItemClaimConfiguration : IEntityTypeConfiguration<ItemClaim>
{
    public void Configure(EntityTypeBuilder<ItemClaim> builder)
    {
        builder.ToTable("item_claims");
        builder.HasKey(c => c.ItemId);
        builder.Property(c => c.ItemId).ValueGeneratedNever();
        builder.Property(c => c.Analyst).HasMaxLength(WorkspaceAssessment.AnalystMaxLength);
        builder.HasOne<Item>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
