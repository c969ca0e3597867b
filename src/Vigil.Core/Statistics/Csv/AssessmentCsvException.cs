namespace Vigil.Core.Statistics.Csv;

/// <summary>The file as a whole cannot be read as assessments (no header, missing or unknown columns).</summary>
public sealed class AssessmentCsvException : Exception
{
    public AssessmentCsvException(string message)
        : base(message)
    {
    }

    public AssessmentCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AssessmentCsvException()
    {
    }
}
