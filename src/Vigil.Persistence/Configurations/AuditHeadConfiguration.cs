using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Audit;

namespace Vigil.Persistence.Configurations;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("audit_head");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(32);
        builder.Property(h => h.Seal).HasMaxLength(32);

        // The one head row exists from the migration on, so deleting it is itself detectable (a missing head).
        builder.HasData(new AuditHead { Id = AuditHead.SingletonId, Sequence = 0, Hash = AuditChain.Genesis, Seal = null });
    }
}
