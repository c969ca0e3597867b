using Vigil.Core.Statistics.Model;

namespace Vigil.Core.Statistics.Import;

/// <summary>Where imported assessments are kept (implemented by the persistence layer).</summary>
public interface IAssessmentStore
{
    /// <summary>
    /// Adds the assessments whose <see cref="AssessmentRecord.AssessmentId"/> is not stored yet and leaves stored
    /// ones untouched, so that importing the same file twice changes nothing.
    /// </summary>
    /// <returns>How many were added.</returns>
    Task<int> AddMissingAsync(IReadOnlyList<AssessmentRecord> batch, CancellationToken cancellationToken);
}
