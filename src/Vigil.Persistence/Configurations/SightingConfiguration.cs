using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Items;
using Vigil.Core.Reports;

namespace Vigil.Persistence.Configurations;

internal sealed class SightingConfiguration : IEntityTypeConfiguration<Sighting>
{
    public void Configure(EntityTypeBuilder<Sighting> builder)
    {
        builder.ToTable("sightings");
        builder.HasKey(s => s.Id);
        builder.HasOne<Item>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportUrl>().WithMany().HasForeignKey(s => s.ReportUrlId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ItemId);
    }
}
