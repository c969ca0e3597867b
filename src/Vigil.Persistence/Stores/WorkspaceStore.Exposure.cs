using Microsoft.EntityFrameworkCore;
using Vigil.Core.Assessment;

namespace Vigil.Persistence.Stores;

public sealed partial class WorkspaceStore
{
    public async Task AddExposureAsync(ExposureEvent exposure, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ExposureEvents.Add(exposure);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ExposureEvent>> ExposureSinceAsync(string analyst, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ExposureEvents.AsNoTracking()
            .Where(e => e.Analyst == analyst && e.At >= since)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<ViewPreference?> GetPreferenceAsync(string userName, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ViewPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserName == userName, cancellationToken);
    }

    public async Task SavePreferenceAsync(ViewPreference preference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preference);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await context.ViewPreferences.FirstOrDefaultAsync(p => p.UserName == preference.UserName, cancellationToken);
        if (existing is null)
        {
            context.ViewPreferences.Add(preference);
        }
        else
        {
            existing.Blur = preference.Blur;
            existing.Greyscale = preference.Greyscale;
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}
