using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.HashLists;

namespace Vigil.Persistence.Configurations;

/// <summary>
/// Entries: unique per (list, kind, value) so imports are idempotent; (list, checkpoint) serves an index catching up
/// from a checkpoint; (kind, value) serves exact digest lookups across lists.
/// </summary>
internal sealed class HashListEntryConfiguration : IEntityTypeConfiguration<HashListEntry>
{
    public void Configure(EntityTypeBuilder<HashListEntry> builder)
    {
        builder.ToTable("hash_list_entries");
        builder.HasKey(e => e.Id);
        builder.HasOne<HashList>().WithMany().HasForeignKey(e => e.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Value).HasMaxLength(HashListEntry.ValueMaxLength);
        builder.Property(e => e.Category).HasMaxLength(HashListEntry.CategoryMaxLength);
        builder.Property(e => e.Source).HasMaxLength(HashListEntry.SourceMaxLength);
        builder.Property(e => e.Note).HasMaxLength(HashListEntry.NoteMaxLength);
        builder.Property(e => e.AddedBy).HasMaxLength(HashListEntry.AddedByMaxLength);
        builder.HasIndex(e => new { e.ListId, e.Kind, e.Value }).IsUnique();
        builder.HasIndex(e => new { e.ListId, e.Checkpoint });
        builder.HasIndex(e => new { e.Kind, e.Value });
    }
}
