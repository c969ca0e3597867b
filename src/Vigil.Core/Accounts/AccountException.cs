namespace Vigil.Core.Accounts;

/// <summary>An account request was refused (bad name, short password, duplicate); the message says why.</summary>
public sealed class AccountException : Exception
{
    public AccountException()
    {
    }

    public AccountException(string message)
        : base(message)
    {
    }

    public AccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
