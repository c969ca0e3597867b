using Vigil.Core.Items;

namespace Vigil.Core.Reports;

/// <summary>Reports, their items and sightings (storage seam: implemented in Vigil.Persistence).</summary>
public interface IReportStore
{
    /// <summary>
    /// Stores the report, creates the items not seen before (deduplicated by SHA-256), records a sighting per
    /// file and queues the first processing step for each new item, all in one transaction.
    /// </summary>
    Task<IntakeResult> AddAsync(Report report, IReadOnlyList<NewMedia> media, string firstStep, CancellationToken cancellationToken);

    /// <summary>A report with its URLs and sightings, or null.</summary>
    Task<Report?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Reports newest first, filtered and paged.</summary>
    Task<Page<Report>> ListAsync(ReportQuery query, CancellationToken cancellationToken);

    /// <summary>The items sighted in a report.</summary>
    Task<IReadOnlyList<Item>> ItemsOfReportAsync(long reportId, CancellationToken cancellationToken);

    /// <summary>An item by id, or null.</summary>
    Task<Item?> GetItemAsync(long id, CancellationToken cancellationToken);

    /// <summary>An item by its SHA-256, or null.</summary>
    Task<Item?> FindItemAsync(byte[] sha256, CancellationToken cancellationToken);
}
