using System.Globalization;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// The whole file cannot be read as the format. Readers stream, so this may come after good rows were yielded:
/// an importer applies a file's rows only once the enumeration has completed (one transaction, or a
/// validating pass first), so such a file is never half-imported.
/// </summary>
public sealed class HashListFormatException : Exception
{
    public HashListFormatException()
    {
    }

    public HashListFormatException(string message)
        : base(message)
    {
    }

    public HashListFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HashListFormatException(HashListFileProblem problem, long line, string message, Exception? innerException = null)
        : base(line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{message} (line {line})") : message, innerException)
    {
        Problem = problem;
        Line = line;
    }

    public HashListFileProblem Problem { get; }

    /// <summary>1-based line where the problem was found; 0 when it concerns the whole file.</summary>
    public long Line { get; }
}
