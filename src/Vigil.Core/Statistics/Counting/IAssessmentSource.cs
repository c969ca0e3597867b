namespace Vigil.Core.Statistics.Counting;

/// <summary>Stored assessments as the statistics engine reads them (implemented by the persistence layer).</summary>
public interface IAssessmentSource
{
    /// <summary>
    /// Every stored assessment, ordered by content_sha256, then assessed_at, then assessment_id (all ordinal),
    /// with <see cref="CountableAssessment.IsSuperseded"/> resolved set-based by the store. The order lets the
    /// engine count in one streaming pass holding one item at a time.
    /// </summary>
    IAsyncEnumerable<CountableAssessment> ReadByContentAsync(CancellationToken cancellationToken);
}
