using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Vigil.Core.Statistics.Model;

namespace Vigil.Persistence.Configurations;

/// <summary>
/// Analyst assessments imported or made in the workspace (issue 8). Keyed by assessment_id, which makes imports
/// idempotent; content_sha256 is 32 bytes like every hash (and byte order is the hex order the statistics engine
/// groups by); the supersedes index serves the set-based "is this assessment superseded" test.
/// </summary>
internal sealed class AssessmentRecordConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public const int IdMaxLength = 64;
    public const int UrlMaxLength = 2048;

    private static readonly ValueConverter<string, byte[]> HexBytes =
        new(hex => Convert.FromHexString(hex), bytes => Convert.ToHexStringLower(bytes));

    public void Configure(EntityTypeBuilder<AssessmentRecord> builder)
    {
        builder.ToTable("assessments");
        builder.HasKey(a => a.AssessmentId);
        builder.Property(a => a.AssessmentId).HasMaxLength(IdMaxLength);
        builder.Property(a => a.ReportId).HasMaxLength(IdMaxLength);
        builder.Property(a => a.Url).HasMaxLength(UrlMaxLength);
        builder.Property(a => a.Supersedes).HasMaxLength(IdMaxLength);
        builder.Property(a => a.ContentSha256).HasConversion(HexBytes).HasMaxLength(32);
        builder.Property(a => a.MediaType).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Ai).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Sex).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AgeBand).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SiteType).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Network).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.ContentSha256);
        builder.HasIndex(a => a.Supersedes);
    }
}
