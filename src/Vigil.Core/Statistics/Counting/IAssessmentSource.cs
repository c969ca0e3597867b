namespace Vigil.Core.Statistics.Counting;

/// <summary>Stored assessments as the statistics engine reads them (implemented by the persistence layer).</summary>
public interface IAssessmentSource
{
    /// <summary>
    /// Every stored assessment, ordered by content_sha256 (ordinal on the lowercase hex, which is byte order),
    /// with <see cref="CountableAssessment.IsSuperseded"/> resolved set-based by the store. The order groups each
    /// item's assessments, so the engine counts in one streaming pass holding one item at a time; the order within
    /// an item does not matter.
    /// </summary>
    IAsyncEnumerable<CountableAssessment> ReadByContentAsync(CancellationToken cancellationToken);
}
