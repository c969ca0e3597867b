using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Assessment;
using Vigil.Core.Items;
using Vigil.Core.Reports;

namespace Vigil.Persistence.Configurations;

/// <summary>
/// Workspace assessments (append-only). Two unique indexes are the database's guarantees: one assessment of each kind
/// per item and report (no double grading), and an assessment is superseded at most once (two verifiers at once:
/// one wins). Enums are stored as their names, like the statistics table.
/// </summary>
internal sealed class WorkspaceAssessmentConfiguration : IEntityTypeConfiguration<WorkspaceAssessment>
{
    public void Configure(EntityTypeBuilder<WorkspaceAssessment> builder)
    {
        builder.ToTable("workspace_assessments");
        builder.HasKey(a => a.Id);
        builder.Ignore(a => a.Facts);
        builder.Property(a => a.Id).HasMaxLength(WorkspaceAssessment.IdMaxLength);
        builder.Property(a => a.Supersedes).HasMaxLength(WorkspaceAssessment.IdMaxLength);
        builder.Property(a => a.Analyst).HasMaxLength(WorkspaceAssessment.AnalystMaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Realism).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Ai).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.YoungestAge).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SiteType).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.TechCoalition).HasMaxLength(4);
        builder.Property(a => a.RulesVersion).HasMaxLength(32);
        builder.HasOne<Item>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Report>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ItemId, a.ReportId, a.Kind }).IsUnique();
        builder.HasIndex(a => a.Supersedes).IsUnique();
        builder.HasIndex(a => a.ReportId);
    }
}
