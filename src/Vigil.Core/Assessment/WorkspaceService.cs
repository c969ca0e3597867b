using Vigil.Core.Assessment.Rules;
using Vigil.Core.Reports;
using Vigil.Hashing.Pdq;

namespace Vigil.Core.Assessment;

/// <summary>
/// The workspace's rules: the prioritised queue, claims, never re-exposing graded content, grading and
/// verification (<see cref="WorkspaceService"/>.Grading.cs).
/// </summary>
public sealed partial class WorkspaceService(
    IWorkspaceStore store,
    IReportStore reports,
    ExposureLog exposure,
    ItemPdqIndex similar,
    SchemeRuleTable rules,
    WorkspaceOptions options,
    TimeProvider time)
{
    /// <summary>Rows per queue page.</summary>
    public const int MaxQueueLength = 200;

    /// <summary>Highest queue page number accepted (200 rows each: two million pairs deep).</summary>
    public const int MaxQueuePage = 10_000;
    /// <summary>Most near-duplicates listed beside an item (the nearest).</summary>
    public const int MaxNearDuplicates = 100;

    // Most PDQ neighbours whose grades are looked up for never re-exposing (the nearest; strict radius, so rarely many).
    private const int MaxPriorCandidates = 1000;

    public WorkspaceOptions Options => options;

    /// <summary>
    /// One page of the items awaiting a first grading: hash-list matches first (most matches first), then AI signals,
    /// then the oldest report first. The store ranks and filters before it pages, so a new list match is on page 1
    /// however many older items wait.
    /// </summary>
    public async Task<QueueResult> QueueAsync(string analyst, QueueFilter filter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (page is < 1 or > MaxQueuePage)
        {
            throw new ArgumentOutOfRangeException(nameof(page), page, $"page must be 1..{MaxQueuePage}.");
        }

        var now = time.GetUtcNow();
        var candidates = await store.PendingAsync(new QueueQuery(filter, analyst, now, (page - 1) * MaxQueueLength, MaxQueueLength + 1), cancellationToken);
        var entries = candidates.Take(MaxQueueLength).Select(c =>
        {
            var live = c.ClaimedBy is not null && c.ClaimExpiresAt > now;
            var mine = live && string.Equals(c.ClaimedBy, analyst, StringComparison.Ordinal);
            return new QueueEntry(c, new ItemSignals(c.ListMatches, c.AiSignal, []), live && !mine, mine);
        });
        return new QueueResult([.. entries], page, candidates.Count > MaxQueueLength);
    }

    /// <summary>Claims (or renews the claim on) an item; false when another analyst holds a live claim.</summary>
    public Task<bool> ClaimAsync(long itemId, string analyst, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return store.TryClaimAsync(itemId, analyst, now, now.AddMinutes(options.ClaimMinutes), cancellationToken);
    }

    public Task ReleaseAsync(long itemId, string analyst, CancellationToken cancellationToken) => store.ReleaseAsync(itemId, analyst, cancellationToken);

    /// <summary>True when <paramref name="analyst"/> holds a live claim on the item.</summary>
    public async Task<bool> HoldsClaimAsync(long itemId, string analyst, CancellationToken cancellationToken)
    {
        var claim = await store.GetClaimAsync(itemId, cancellationToken);
        return claim is not null && string.Equals(claim.Analyst, analyst, StringComparison.Ordinal) && claim.ExpiresAt > time.GetUtcNow();
    }

    /// <summary>
    /// The grade that already applies to the item in this report, so that its media need not be shown again:
    /// <list type="number">
    /// <item>its own latest verified grade (same SHA-256: items are deduplicated by it);</item>
    /// <item>else the nearest verified item within <see cref="WorkspaceOptions.PdqRadius"/>, only when both PDQ hashes
    /// have a quality of at least <see cref="WorkspaceOptions.MinPdqQuality"/> (flat or tiny images give weak hashes
    /// that sit close to unrelated ones);</item>
    /// <item>else the latest initial grade of the same item in another report that still awaits verification
    /// (<see cref="WorkspaceAssessment.Verified"/> false: it pre-fills, it does not count).</item>
    /// </list>
    /// </summary>
    public async Task<PriorGrade?> PriorGradeAsync(long itemId, long reportId, CancellationToken cancellationToken)
    {
        var own = await store.LatestVerifiedAsync([itemId], cancellationToken);
        if (own.Count > 0)
        {
            return new PriorGrade(own[0], SameContent: true, PdqDistance: 0);
        }

        var item = await reports.GetItemAsync(itemId, cancellationToken);
        if (item?.Pdq is { Length: 32 } pdq && item.PdqQuality >= options.MinPdqQuality)
        {
            var near = (await WithinRadiusAsync(itemId, pdq, cancellationToken)).Take(MaxPriorCandidates).ToList();
            var verified = near.Count == 0 ? [] : await store.LatestVerifiedAsync([.. near.Select(n => n.ItemId)], cancellationToken);
            foreach (var (otherId, distance) in near)
            {
                var grade = verified.FirstOrDefault(v => v.ItemId == otherId);
                if (grade is not null && (await reports.GetItemAsync(otherId, cancellationToken))?.PdqQuality >= options.MinPdqQuality)
                {
                    return new PriorGrade(grade, SameContent: false, distance);
                }
            }
        }

        var history = await store.HistoryAsync(itemId, cancellationToken);
        var pending = history.LastOrDefault(a => a.Kind == AssessmentKind.Initial && a.ReportId != reportId && !history.Any(b => string.Equals(b.Supersedes, a.Id, StringComparison.Ordinal)));
        return pending is null ? null : new PriorGrade(pending, SameContent: true, PdqDistance: 0);
    }

    /// <summary>
    /// Other items whose PDQ is within <see cref="WorkspaceOptions.PdqRadius"/> of this item's, nearest first (at most
    /// <see cref="MaxNearDuplicates"/>), from the node's item index, so every item counts however many there are.
    /// </summary>
    public async Task<IReadOnlyList<(long ItemId, int Distance)>> NearDuplicatesAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(itemId, cancellationToken);
        return item?.Pdq is { Length: 32 } pdq ? [.. (await WithinRadiusAsync(itemId, pdq, cancellationToken)).Take(MaxNearDuplicates)] : [];
    }

    public Task<IReadOnlyList<long>> ReportsOfItemAsync(long itemId, CancellationToken cancellationToken) => store.ReportsOfItemAsync(itemId, cancellationToken);

    private async Task<List<(long ItemId, int Distance)>> WithinRadiusAsync(long itemId, byte[] pdq, CancellationToken cancellationToken)
    {
        var matches = await similar.SearchAsync(PdqHash.FromBytes(pdq), options.PdqRadius, cancellationToken);
        return [.. matches.Where(m => m.Id != itemId).Select(m => (m.Id, m.Distance))];
    }

    /// <summary>The item's assessments and whether another analyst holds it.</summary>
    public Task<IReadOnlyList<WorkspaceAssessment>> HistoryAsync(long itemId, CancellationToken cancellationToken) => store.HistoryAsync(itemId, cancellationToken);

    public Task<IReadOnlyList<WorkspaceAssessment>> AwaitingVerificationAsync(CancellationToken cancellationToken) =>
        store.AwaitingVerificationAsync(MaxQueueLength, cancellationToken);

    /// <summary>The blur strength and greyscale flag for a user: their override, else the organisation default.</summary>
    public async Task<(int Blur, bool Greyscale)> ViewSettingsAsync(string userName, CancellationToken cancellationToken)
    {
        var own = await store.GetPreferenceAsync(userName, cancellationToken);
        return (own?.Blur ?? options.DefaultBlur, own?.Greyscale ?? options.DefaultGreyscale);
    }

    /// <summary>The user's own overrides (null fields: the organisation default applies); null when none are stored.</summary>
    public Task<ViewPreference?> OwnViewSettingsAsync(string userName, CancellationToken cancellationToken) => store.GetPreferenceAsync(userName, cancellationToken);

    /// <summary>Stores the user's overrides; null sets a field back to the organisation default.</summary>
    public Task SaveViewSettingsAsync(string userName, int? blur, bool? greyscale, CancellationToken cancellationToken)
    {
        if (blur is < 0 or > WorkspaceOptions.MaxBlur)
        {
            throw new WorkspaceException($"blur must be 0..{WorkspaceOptions.MaxBlur}.");
        }

        return store.SavePreferenceAsync(new ViewPreference { UserName = userName, Blur = blur, Greyscale = greyscale }, cancellationToken);
    }
}
