namespace Vigil.Core.Assessment;

/// <summary>A workspace action is not allowed now (no claim, wrong role, inconsistent facts); the message says why.</summary>
public sealed class WorkspaceException(string message) : Exception(message);
