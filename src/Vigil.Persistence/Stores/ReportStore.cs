using Microsoft.EntityFrameworkCore;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.Persistence.Postgres;

namespace Vigil.Persistence.Stores;

internal sealed class ReportStore(IDbContextFactory<VigilDbContext> contextFactory, TimeProvider time) : IReportStore
{
    // Two intakes racing to create the same new item: the loser's unique violation is retried, then finds the item.
    private const int UniqueRaceRetries = 3;

    public async Task<IntakeResult> AddAsync(Report report, IReadOnlyList<NewMedia> media, string firstStep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(media);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddAsync(report, media, firstStep, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < UniqueRaceRetries)
            {
                report.Id = 0;
                foreach (var url in report.Urls)
                {
                    url.Id = 0;
                    url.ReportId = 0;
                }

                report.Sightings.Clear();
            }
        }
    }

    private async Task<IntakeResult> TryAddAsync(Report report, IReadOnlyList<NewMedia> media, string firstStep, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        for (var i = 0; i < report.Urls.Count; i++)
        {
            report.Urls[i].Position = i;
        }

        context.Reports.Add(report);
        await context.SaveChangesAsync(cancellationToken);

        // Each distinct file once: a known item by one untracked lookup, a new one added; all new items are then
        // saved together, so a report of thousands of files costs a few saves, not one per file.
        var byHash = new Dictionary<string, (long KnownId, Item? Created)>(StringComparer.Ordinal);
        var newItems = new List<Item>();
        foreach (var file in media)
        {
            var key = Convert.ToHexString(file.Sha256);
            if (byHash.ContainsKey(key))
            {
                continue;
            }

            var sha = file.Sha256;
            if (await context.Items.Where(i => i.Sha256 == sha).Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken) is { } knownId)
            {
                byHash[key] = (knownId, null);
                if (context.IsPostgreSql)
                {
                    // The item's last step may be completing right now: a share lock orders this intake with that
                    // transaction, so either its report check sees this sighting or the check below sees the item processed.
                    await context.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM items WHERE id = {knownId} FOR SHARE", cancellationToken);
                }
            }
            else
            {
                var item = new Item { Sha256 = sha, SizeBytes = file.SizeBytes, MediaType = file.MediaType, FirstSeenAt = now };
                context.Items.Add(item);
                newItems.Add(item);
                byHash[key] = (0, item);
            }
        }

        if (newItems.Count > 0)
        {
            await context.SaveChangesAsync(cancellationToken);
            foreach (var item in newItems)
            {
                context.Jobs.Add(new Job { Step = firstStep, ItemId = item.Id, MaxAttempts = JobDefaults.MaxAttempts, RunAfter = now, CreatedAt = now });
            }
        }

        var results = new List<IntakeItem>(media.Count);
        var reportedNew = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in media)
        {
            var key = Convert.ToHexString(file.Sha256);
            var (knownId, created) = byHash[key];
            var itemId = created?.Id ?? knownId;
            long? urlId = file.UrlPosition is int position && position >= 0 && position < report.Urls.Count
                ? report.Urls[position].Id
                : null;
            context.Sightings.Add(new Sighting { ReportId = report.Id, ItemId = itemId, ReportUrlId = urlId, SeenAt = now });
            results.Add(new IntakeItem(itemId, file.Sha256, created is not null && reportedNew.Add(key)));
        }

        if (media.Count == 0 || results.TrueForAll(r => !r.IsNew) && await AllProcessedAsync(context, results, cancellationToken))
        {
            report.Status = ReportStatus.Processed;
        }

        await context.SaveChangesAsync(cancellationToken);
        if (newItems.Count > 0)
        {
            await JobNotifications.NotifyAsync(context, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new IntakeResult(report.Id, results);
    }

    private static async Task<bool> AllProcessedAsync(VigilDbContext context, List<IntakeItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.ItemId).ToList();
        return !await context.Items.AnyAsync(i => ids.Contains(i.Id) && i.Status == ItemStatus.Pending, cancellationToken);
    }

    public async Task<Report?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Reports
            .AsNoTracking()
            .Include(r => r.Urls.OrderBy(u => u.Position))
            .Include(r => r.Sightings)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    public async Task<Page<Report>> ListAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var reports = context.Reports.AsNoTracking();
        if (query.Source is { } source)
        {
            reports = reports.Where(r => r.Source == source);
        }

        if (query.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        if (query.Network is { } network)
        {
            reports = reports.Where(r => r.Network == network);
        }

        if (query.ReceivedFrom is { } from)
        {
            reports = reports.Where(r => r.ReceivedAt >= from);
        }

        if (query.ReceivedTo is { } to)
        {
            reports = reports.Where(r => r.ReceivedAt < to);
        }

        var total = await reports.LongCountAsync(cancellationToken);
        var page = await reports
            .OrderByDescending(r => r.ReceivedAt)
            .ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Include(r => r.Urls.OrderBy(u => u.Position))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new Page<Report>(page, query.Page, query.PageSize, total);
    }

    public async Task<IReadOnlyList<Item>> ItemsOfReportAsync(long reportId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var itemIds = context.Sightings.Where(s => s.ReportId == reportId).Select(s => s.ItemId);
        return await context.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
    }

    public async Task<Item?> GetItemAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<Item?> FindItemAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Sha256 == sha256, cancellationToken);
    }
}
