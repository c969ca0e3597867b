namespace Vigil.Core.Assessment;

/// <summary>The grading conflicts with one already stored (a double submission or two verifiers at once).</summary>
public sealed class AssessmentConflictException(string message, Exception? inner = null) : Exception(message, inner);
