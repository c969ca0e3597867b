using Microsoft.EntityFrameworkCore;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.HashLists;
using Vigil.Core.Items;
using Vigil.Core.Matching;
using Vigil.Core.Processing;
using Vigil.Core.Provenance;
using Vigil.Core.Reports;
using Vigil.Core.Statistics.Model;
using Vigil.Persistence.DataProtection;
using Vigil.Persistence.Vault;

namespace Vigil.Persistence;

/// <summary>
/// Vigil's one DbContext. Each entity has its own <see cref="IEntityTypeConfiguration{T}"/> in Configurations/;
/// names are snake_case and every column type is provider-neutral (see docs/persistence.md).
/// </summary>
public sealed class VigilDbContext(DbContextOptions<VigilDbContext> options) : DbContext(options)
{
    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportUrl> ReportUrls => Set<ReportUrl>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<Sighting> Sightings => Set<Sighting>();

    public DbSet<Job> Jobs => Set<Job>();

    public DbSet<ProcessingRecord> ProcessingRecords => Set<ProcessingRecord>();

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<VaultBlob> VaultBlobs => Set<VaultBlob>();

    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();

    public DbSet<WorkspaceAssessment> WorkspaceAssessments => Set<WorkspaceAssessment>();

    public DbSet<ItemClaim> ItemClaims => Set<ItemClaim>();

    public DbSet<ExposureEvent> ExposureEvents => Set<ExposureEvent>();

    public DbSet<ViewPreference> ViewPreferences => Set<ViewPreference>();

    public DbSet<HashList> HashLists => Set<HashList>();

    public DbSet<HashListEntry> HashListEntries => Set<HashListEntry>();

    public DbSet<ItemMatch> ItemMatches => Set<ItemMatch>();

    public DbSet<ItemVideoFrame> ItemVideoFrames => Set<ItemVideoFrame>();

    public DbSet<ItemProvenance> ItemProvenance => Set<ItemProvenance>();

    /// <summary>True when the context talks to PostgreSQL (the queue and audit log take row/advisory locks there).</summary>
    public bool IsPostgreSql => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset in SQL; UTC ticks in a 64-bit integer order the same on
        // every provider and round-trip exactly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VigilDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
