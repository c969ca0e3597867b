using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Audit;

namespace Vigil.Persistence.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(AuditRecord.ActorMaxLength);
        builder.Property(a => a.Action).HasMaxLength(AuditRecord.ActionMaxLength);
        builder.Property(a => a.Target).HasMaxLength(AuditRecord.TargetMaxLength);
        builder.Property(a => a.Address).HasMaxLength(AuditRecord.AddressMaxLength);
        builder.Property(a => a.PreviousHash).HasMaxLength(32);
        builder.Property(a => a.Hash).HasMaxLength(32);
        builder.HasIndex(a => a.Sequence).IsUnique();
    }
}
