using System.Runtime.CompilerServices;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Import;
using Vigil.Core.Statistics.Model;

namespace Vigil.Statistics.Tests.Support;

/// <summary>A test double of the storage seam: keeps records in a dictionary and honours the source's ordering contract.</summary>
public sealed class InMemoryAssessmentStore : IAssessmentStore, IAssessmentSource
{
    private readonly Dictionary<string, AssessmentRecord> _records = new(StringComparer.Ordinal);

    public int Count => _records.Count;

    public Task<int> AddMissingAsync(IReadOnlyList<AssessmentRecord> batch, CancellationToken cancellationToken)
    {
        var added = batch.Count(record => _records.TryAdd(record.AssessmentId, record));
        return Task.FromResult(added);
    }

    public async IAsyncEnumerable<CountableAssessment> ReadByContentAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var superseded = _records.Values.Where(r => r.Supersedes is not null).Select(r => r.Supersedes!).ToHashSet(StringComparer.Ordinal);
        var ordered = _records.Values
            .OrderBy(r => r.ContentSha256, StringComparer.Ordinal)
            .ThenByDescending(r => r.AssessmentId, StringComparer.Ordinal); // within an item, order is free: make it unhelpful
        foreach (var r in ordered)
        {
            await Task.Yield();
            yield return new CountableAssessment(r.AssessmentId, r.ReportId, r.AssessedAt, r.ContentSha256, r.MediaType, r.Ai, r.Category,
                r.Sex, r.AgeBand, r.SiteType, r.Network, r.Verified, superseded.Contains(r.AssessmentId));
        }
    }
}
