using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.HashLists;

namespace Vigil.Persistence.Configurations;

internal sealed class HashListConfiguration : IEntityTypeConfiguration<HashList>
{
    public void Configure(EntityTypeBuilder<HashList> builder)
    {
        builder.ToTable("hash_lists");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Name).HasMaxLength(HashList.NameMaxLength);
        builder.Property(l => l.Description).HasMaxLength(HashList.DescriptionMaxLength);
        builder.Property(l => l.CreatedBy).HasMaxLength(HashListEntry.AddedByMaxLength);
        builder.HasIndex(l => l.Name).IsUnique();
    }
}
