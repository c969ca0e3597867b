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
    IItemSignalSource signals,
    ExposureLog exposure,
    WorkspaceOptions options,
    TimeProvider time)
{
    public const int MaxQueueLength = 200;
    private const int MaxPdqCandidates = 100_000;

    public WorkspaceOptions Options => options;

    /// <summary>
    /// Items awaiting a first grading: hash-list matches first (most matches first), then AI signals, then the
    /// oldest report first.
    /// </summary>
    public async Task<IReadOnlyList<QueueEntry>> QueueAsync(string analyst, QueueFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var candidates = await store.PendingAsync(filter, MaxQueueLength, cancellationToken);
        var found = await signals.SignalsAsync([.. candidates.Select(c => c.ItemId).Distinct()], cancellationToken);
        var now = time.GetUtcNow();
        var entries = candidates
            .Select(c =>
            {
                var live = c.ClaimedBy is not null && c.ClaimExpiresAt > now;
                var mine = live && string.Equals(c.ClaimedBy, analyst, StringComparison.Ordinal);
                return new QueueEntry(c, found.GetValueOrDefault(c.ItemId) ?? ItemSignals.None, live && !mine, mine);
            })
            .Where(e => (!filter.SignalsOnly || e.Signals.Any) && (filter.IncludeClaimed || !e.ClaimedByOther))
            .OrderByDescending(e => e.Signals.ListMatches > 0)
            .ThenByDescending(e => e.Signals.AiSignal)
            .ThenByDescending(e => e.Signals.ListMatches)
            .ThenBy(e => e.Candidate.ReportedAt)
            .ThenBy(e => e.Candidate.ItemId);
        return [.. entries];
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
    /// The verified grade that already applies to the item: its own latest verified grade (same SHA-256: items are
    /// deduplicated by it), else the nearest verified item within <see cref="WorkspaceOptions.PdqRadius"/>.
    /// </summary>
    public async Task<PriorGrade?> PriorGradeAsync(long itemId, CancellationToken cancellationToken)
    {
        var own = await store.LatestVerifiedAsync([itemId], cancellationToken);
        if (own.Count > 0)
        {
            return new PriorGrade(own[0], SameContent: true, PdqDistance: 0);
        }

        var item = await reports.GetItemAsync(itemId, cancellationToken);
        if (item?.Pdq is not { Length: 32 } pdq)
        {
            return null;
        }

        var nearest = (await WithinRadiusAsync(itemId, pdq, verifiedOnly: true, cancellationToken)).FirstOrDefault();
        if (nearest == default)
        {
            return null;
        }

        var neighbour = await store.LatestVerifiedAsync([nearest.ItemId], cancellationToken);
        return neighbour.Count == 0 ? null : new PriorGrade(neighbour[0], SameContent: false, nearest.Distance);
    }

    /// <summary>Other items whose PDQ is within <see cref="WorkspaceOptions.PdqRadius"/> of this item's, nearest first.</summary>
    public async Task<IReadOnlyList<(long ItemId, int Distance)>> NearDuplicatesAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(itemId, cancellationToken);
        return item?.Pdq is { Length: 32 } pdq ? await WithinRadiusAsync(itemId, pdq, verifiedOnly: false, cancellationToken) : [];
    }

    public Task<IReadOnlyList<long>> ReportsOfItemAsync(long itemId, CancellationToken cancellationToken) => store.ReportsOfItemAsync(itemId, cancellationToken);

    // Brute force over the stored hashes; the scalar popcount is exact and the candidate count is capped.
    private async Task<List<(long ItemId, int Distance)>> WithinRadiusAsync(long itemId, byte[] pdq, bool verifiedOnly, CancellationToken cancellationToken)
    {
        var hash = PdqHash.FromBytes(pdq);
        var found = new List<(long ItemId, int Distance)>();
        foreach (var (otherId, otherPdq) in await store.PdqsAsync(itemId, verifiedOnly, MaxPdqCandidates, cancellationToken))
        {
            var distance = hash.DistanceTo(PdqHash.FromBytes(otherPdq));
            if (distance <= options.PdqRadius)
            {
                found.Add((otherId, distance));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.ItemId.CompareTo(b.ItemId));
        return found;
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

    public Task SaveViewSettingsAsync(string userName, int? blur, bool? greyscale, CancellationToken cancellationToken)
    {
        if (blur is < 0 or > WorkspaceOptions.MaxBlur)
        {
            throw new WorkspaceException($"blur must be 0..{WorkspaceOptions.MaxBlur}.");
        }

        return store.SavePreferenceAsync(new ViewPreference { UserName = userName, Blur = blur, Greyscale = greyscale }, cancellationToken);
    }
}
