using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Assessment;

/// <summary>Workspace storage: claims, append-only assessments, the exposure log and view preferences.</summary>
public interface IWorkspaceStore
{
    /// <summary>
    /// Claims the item for <paramref name="analyst"/> in one statement: succeeds when no claim exists, the existing
    /// one has expired, or the analyst already holds it (renewal). False when someone else holds a live claim.
    /// </summary>
    Task<bool> TryClaimAsync(long itemId, string analyst, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Drops the analyst's claim on the item (nothing when someone else holds it).</summary>
    Task ReleaseAsync(long itemId, string analyst, CancellationToken cancellationToken);

    Task<ItemClaim?> GetClaimAsync(long itemId, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the item/report pairs without any workspace assessment, ranked in the database before paging:
    /// pairs with live hash-list matches first, then those with an AI signal, then more matches before fewer, then
    /// the oldest report first (item and report ids break ties). Filters apply before paging too.
    /// </summary>
    Task<IReadOnlyList<QueueCandidate>> PendingAsync(QueueQuery query, CancellationToken cancellationToken);

    /// <summary>Initial assessments that nothing supersedes yet, oldest first.</summary>
    Task<IReadOnlyList<WorkspaceAssessment>> AwaitingVerificationAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the assessment, its statistics row and the exposure entry in one transaction. The database refuses a
    /// second assessment of the same kind for the same item in the same report, and a second one superseding the
    /// same assessment: <see cref="AssessmentConflictException"/>.
    /// </summary>
    Task AddAsync(WorkspaceAssessment assessment, AssessmentRecord statistics, ExposureEvent exposure, CancellationToken cancellationToken);

    Task<WorkspaceAssessment?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every workspace assessment of the item, oldest first.</summary>
    Task<IReadOnlyList<WorkspaceAssessment>> HistoryAsync(long itemId, CancellationToken cancellationToken);

    /// <summary>The latest verified assessment of each of <paramref name="itemIds"/> that has one.</summary>
    Task<IReadOnlyList<WorkspaceAssessment>> LatestVerifiedAsync(IReadOnlyCollection<long> itemIds, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> items with an id above <paramref name="afterId"/>, by id: their PDQ and whether processing ended.</summary>
    Task<IReadOnlyList<ItemPdqRow>> ItemPdqsAfterAsync(long afterId, int limit, CancellationToken cancellationToken);

    /// <summary>The reports the item was sighted in, oldest first.</summary>
    Task<IReadOnlyList<long>> ReportsOfItemAsync(long itemId, CancellationToken cancellationToken);

    Task AddExposureAsync(ExposureEvent exposure, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExposureEvent>> ExposureSinceAsync(string analyst, DateTimeOffset since, CancellationToken cancellationToken);

    Task<ViewPreference?> GetPreferenceAsync(string userName, CancellationToken cancellationToken);

    Task SavePreferenceAsync(ViewPreference preference, CancellationToken cancellationToken);

    /// <summary>Every statistics row (imported and workspace), by assessment id, for export.</summary>
    IAsyncEnumerable<AssessmentRecord> ExportAsync(CancellationToken cancellationToken);
}
