namespace Vigil.Cli.Infrastructure;

/// <summary>Thrown by a command when its arguments cannot be acted on; becomes exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
