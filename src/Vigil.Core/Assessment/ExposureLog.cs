namespace Vigil.Core.Assessment;

/// <summary>Records what each analyst was shown and sums it into wellbeing figures and the break prompt.</summary>
public sealed class ExposureLog(IWorkspaceStore store, WorkspaceOptions options, TimeProvider time)
{
    public Task ShownAsync(string analyst, long itemId, CancellationToken cancellationToken) =>
        store.AddExposureAsync(new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Shown, At = time.GetUtcNow() }, cancellationToken);

    public Task RevealedAsync(string analyst, long itemId, CancellationToken cancellationToken) =>
        store.AddExposureAsync(new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Revealed, At = time.GetUtcNow() }, cancellationToken);

    public Task BreakAsync(string analyst, CancellationToken cancellationToken) =>
        store.AddExposureAsync(new ExposureEvent { Analyst = analyst, Kind = ExposureKind.Break, At = time.GetUtcNow() }, cancellationToken);

    /// <summary>True when the analyst revealed the item within <see cref="WorkspaceOptions.RevealMinutes"/>.</summary>
    public async Task<bool> RevealActiveAsync(string analyst, long itemId, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddMinutes(-options.RevealMinutes);
        var events = await store.ExposureSinceAsync(analyst, since, cancellationToken);
        return events.Any(e => e.Kind == ExposureKind.Revealed && e.ItemId == itemId);
    }

    /// <summary>The log entry for a grading: seconds since the analyst last opened the item (capped).</summary>
    public async Task<ExposureEvent> AssessedEntryAsync(string analyst, long itemId, bool categoryA, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var events = await store.ExposureSinceAsync(analyst, now.AddSeconds(-options.MaxSecondsPerItem), cancellationToken);
        var shown = events.Where(e => e.Kind == ExposureKind.Shown && e.ItemId == itemId).Select(e => (DateTimeOffset?)e.At).Max();
        var seconds = shown is null ? options.MaxSecondsPerItem : (int)Math.Clamp((now - shown.Value).TotalSeconds, 1, options.MaxSecondsPerItem);
        return new ExposureEvent { Analyst = analyst, ItemId = itemId, Kind = ExposureKind.Assessed, At = now, Seconds = seconds, CategoryA = categoryA };
    }

    /// <summary>Figures over the last <paramref name="window"/>; the break prompt counts viewing since the last break within the organisation's window.</summary>
    public async Task<ExposureSummary> SummaryAsync(string analyst, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var breakWindow = now.AddHours(-options.ExposureWindowHours);
        var since = now - window < breakWindow ? now - window : breakWindow;
        var all = await store.ExposureSinceAsync(analyst, since, cancellationToken);
        var events = all.Where(e => e.At >= now - window).ToList();
        var lastBreak = all.Where(e => e.Kind == ExposureKind.Break).Select(e => (DateTimeOffset?)e.At).Max() ?? DateTimeOffset.MinValue;
        var from = lastBreak > breakWindow ? lastBreak : breakWindow;
        var recentSeconds = all.Where(e => e.Kind == ExposureKind.Assessed && e.At >= from).Sum(e => e.Seconds);
        return new ExposureSummary(
            events.Count(e => e.Kind == ExposureKind.Shown),
            events.Count(e => e.Kind == ExposureKind.Revealed),
            events.Count(e => e.Kind == ExposureKind.Assessed),
            events.Count(e => e.Kind == ExposureKind.ConfirmedUnseen),
            events.Where(e => e.Kind == ExposureKind.Assessed).Sum(e => e.Seconds) / 60.0,
            events.Count(e => e.Kind == ExposureKind.Assessed && e.CategoryA),
            recentSeconds / 60.0 >= options.BreakAfterMinutes);
    }
}
