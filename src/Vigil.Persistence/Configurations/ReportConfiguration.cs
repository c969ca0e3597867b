using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Reports;

namespace Vigil.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.SiteType).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Network).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Description).HasMaxLength(Report.DescriptionMaxLength);
        builder.Property(r => r.HostingCountry).HasMaxLength(2);
        builder.Property(r => r.SubmittedBy).HasMaxLength(140);
        builder.HasMany(r => r.Urls).WithOne().HasForeignKey(u => u.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Sightings).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ReceivedAt);
        builder.HasIndex(r => new { r.Source, r.ReceivedAt });
    }
}
