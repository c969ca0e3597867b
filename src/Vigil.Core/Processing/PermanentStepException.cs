namespace Vigil.Core.Processing;

/// <summary>A step failed in a way retrying cannot fix (e.g. the file cannot be decoded): the job fails at once.</summary>
public sealed class PermanentStepException : Exception
{
    public PermanentStepException()
    {
    }

    public PermanentStepException(string message)
        : base(message)
    {
    }

    public PermanentStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
