using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Items;
using Vigil.Core.Processing;

namespace Vigil.Persistence.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.ToTable("jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Step).HasMaxLength(32);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.LeaseOwner).HasMaxLength(100);
        builder.Property(j => j.LastError).HasMaxLength(Job.ErrorMaxLength);
        builder.HasOne<Item>().WithMany().HasForeignKey(j => j.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.State, j.RunAfter });
        builder.HasIndex(j => new { j.ItemId, j.Step });
    }
}
