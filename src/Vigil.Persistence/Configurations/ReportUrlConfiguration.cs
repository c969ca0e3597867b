using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Reports;

namespace Vigil.Persistence.Configurations;

internal sealed class ReportUrlConfiguration : IEntityTypeConfiguration<ReportUrl>
{
    public void Configure(EntityTypeBuilder<ReportUrl> builder)
    {
        builder.ToTable("report_urls");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Url).HasMaxLength(ReportUrl.MaxLength);
        builder.HasIndex(u => new { u.ReportId, u.Position }).IsUnique();
    }
}
