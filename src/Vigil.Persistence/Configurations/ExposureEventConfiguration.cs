using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Assessment;

namespace Vigil.Persistence.Configurations;

/// <summary>The exposure log, read per analyst over a time window (hence the (analyst, at) index).</summary>
internal sealed class ExposureEventConfiguration : IEntityTypeConfiguration<ExposureEvent>
{
    public void Configure(EntityTypeBuilder<ExposureEvent> builder)
    {
        builder.ToTable("exposure_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Analyst).HasMaxLength(WorkspaceAssessment.AnalystMaxLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => new { e.Analyst, e.At });
    }
}
