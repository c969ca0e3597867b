using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;

namespace Vigil.Persistence.Configurations;

internal sealed class ViewPreferenceConfiguration : IEntityTypeConfiguration<ViewPreference>
{
    public void Configure(EntityTypeBuilder<ViewPreference> builder)
    {
        builder.ToTable("view_preferences");
        builder.HasKey(p => p.UserName);
        builder.Property(p => p.UserName).HasMaxLength(User.UserNameMaxLength);
    }
}
