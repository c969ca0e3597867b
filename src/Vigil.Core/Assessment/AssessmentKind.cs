namespace Vigil.Core.Assessment;

/// <summary>How a workspace assessment came about.</summary>
public enum AssessmentKind
{
    /// <summary>The first grading of an item in a report; counts only once verified.</summary>
    Initial = 0,

    /// <summary>A senior analyst's second grading; it supersedes the initial one whether or not it agrees.</summary>
    Verification = 1,

    /// <summary>An item already verified (same SHA-256 or a strict PDQ match) confirmed without showing the media.</summary>
    Confirmation = 2,
}
