namespace Vigil.Core.Assessment;

/// <summary>
/// Records what each analyst was shown and sums it into wellbeing figures and the break prompt.
/// </summary>
/// <remarks>
/// Exposure time is counted from the log itself, not from gradings: every <see cref="ExposureKind.Shown"/> or
/// <see cref="ExposureKind.Revealed"/> entry opens a viewing that lasts until the analyst's next entry of any kind
/// (another item shown, a grading, a break, leaving the page), each viewing capped at
/// <see cref="WorkspaceOptions.MaxSecondsPerItem"/>; the last one runs until now, capped the same way. So a reveal
/// and an item abandoned without a grade count too, and an analyst who walks away from an open item adds at most
/// the cap.
/// </remarks>
public sealed class ExposureLog(IWorkspaceStore store, WorkspaceOptions options, TimeProvider time)
{
    /// <summary>Logs that the item's media was shown; returns the entry's id (the view id the page reports on leaving).</summary>
    public async Task<long> ShownAsync(string analyst, long itemId, CancellationToken cancellationToken)
    {
        var entry = new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Shown, At = time.GetUtcNow() };
        await store.AddExposureAsync(entry, cancellationToken);
        return entry.Id;
    }

    public Task RevealedAsync(string analyst, long itemId, CancellationToken cancellationToken) =>
        store.AddExposureAsync(new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Revealed, At = time.GetUtcNow() }, cancellationToken);

    public Task BreakAsync(string analyst, CancellationToken cancellationToken) =>
        store.AddExposureAsync(new ExposureEvent { Analyst = analyst, Kind = ExposureKind.Break, At = time.GetUtcNow() }, cancellationToken);

    /// <summary>
    /// Logs that the analyst left the item view <paramref name="viewId"/> (the id <see cref="ShownAsync"/> returned).
    /// Ignored unless that view is the analyst's latest entry, or followed only by a reveal of the item: the
    /// browser reports leaving asynchronously, and a late report from a page already replaced (a reload, the page after
    /// a reveal) must not cut the viewing that replaced it short. Returns whether it was logged.
    /// </summary>
    public async Task<bool> LeftAsync(string analyst, long itemId, long viewId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var events = await store.ExposureSinceAsync(analyst, now.AddSeconds(-options.MaxSecondsPerItem), cancellationToken);
        var latestShown = events.LastOrDefault(e => e.ItemId == itemId && e.Kind == ExposureKind.Shown);
        if (latestShown is null || latestShown.Id != viewId || events[^1].ItemId != itemId || events[^1].Kind is not (ExposureKind.Shown or ExposureKind.Revealed))
        {
            return false;
        }

        await store.AddExposureAsync(new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Left, At = now }, cancellationToken);
        return true;
    }

    /// <summary>True when the analyst revealed the item within <see cref="WorkspaceOptions.RevealMinutes"/>.</summary>
    public async Task<bool> RevealActiveAsync(string analyst, long itemId, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddMinutes(-options.RevealMinutes);
        var events = await store.ExposureSinceAsync(analyst, since, cancellationToken);
        return events.Any(e => e.Kind == ExposureKind.Revealed && e.ItemId == itemId);
    }

    /// <summary>
    /// The log entry for a grading: <see cref="ExposureKind.Assessed"/> (with the seconds since the item was first
    /// shown, capped) when the analyst was shown the item's media since their last grading of it, else
    /// <see cref="ExposureKind.ConfirmedUnseen"/> (an earlier grade taken over without viewing).
    /// </summary>
    public async Task<ExposureEvent> GradedEntryAsync(string analyst, long itemId, bool categoryA, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var events = await store.ExposureSinceAsync(analyst, now.AddHours(-options.ExposureWindowHours), cancellationToken);
        var lastGraded = events.Where(e => e.ItemId == itemId && e.Kind is ExposureKind.Assessed or ExposureKind.ConfirmedUnseen)
            .Select(e => (DateTimeOffset?)e.At).Max() ?? DateTimeOffset.MinValue;
        var shown = events.Where(e => e.ItemId == itemId && e.Kind == ExposureKind.Shown && e.At >= lastGraded).Select(e => (DateTimeOffset?)e.At).Min();
        if (shown is null)
        {
            return new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.ConfirmedUnseen, At = now, CategoryA = categoryA };
        }

        var seconds = (int)Math.Clamp((now - shown.Value).TotalSeconds, 0, options.MaxSecondsPerItem);
        return new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Assessed, At = now, Seconds = seconds, CategoryA = categoryA };
    }

    /// <summary>
    /// Figures over the last <paramref name="window"/>; the break prompt counts viewing since the last break within
    /// the organisation's window (<see cref="WorkspaceOptions.ExposureWindowHours"/>).
    /// </summary>
    public async Task<ExposureSummary> SummaryAsync(string analyst, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var breakWindow = now.AddHours(-options.ExposureWindowHours);
        var start = now - window;
        var all = await store.ExposureSinceAsync(analyst, start < breakWindow ? start : breakWindow, cancellationToken);
        var events = all.Where(e => e.At >= start).ToList();
        var lastBreak = all.Where(e => e.Kind == ExposureKind.Break).Select(e => (DateTimeOffset?)e.At).Max() ?? DateTimeOffset.MinValue;
        var sinceBreak = ViewingSeconds(all, lastBreak > breakWindow ? lastBreak : breakWindow, now);
        return new ExposureSummary(
            events.Where(e => e.Kind == ExposureKind.Shown).Select(e => e.ItemId).Distinct().Count(),
            events.Count(e => e.Kind == ExposureKind.Revealed),
            events.Count(e => e.Kind == ExposureKind.Assessed),
            events.Count(e => e.Kind == ExposureKind.ConfirmedUnseen),
            ViewingSeconds(all, start, now) / 60.0,
            events.Count(e => e.Kind == ExposureKind.Assessed && e.CategoryA),
            sinceBreak / 60.0 >= options.BreakAfterMinutes);
    }

    // Each Shown/Revealed entry at or after `from` opens a viewing that the analyst's next entry ends (now for the
    // last one); each viewing is capped. The entries come ordered by time, then id.
    private double ViewingSeconds(IReadOnlyList<ExposureEvent> events, DateTimeOffset from, DateTimeOffset now)
    {
        var seconds = 0.0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.At < from || e.Kind is not (ExposureKind.Shown or ExposureKind.Revealed))
            {
                continue;
            }

            var end = i + 1 < events.Count ? events[i + 1].At : now;
            seconds += Math.Clamp((end - e.At).TotalSeconds, 0, options.MaxSecondsPerItem);
        }

        return seconds;
    }
}
