namespace Vigil.Core.HashLists;

/// <summary>A list operation was refused; <see cref="Field"/> names the input at fault.</summary>
public sealed class HashListException : Exception
{
    public HashListException()
    {
    }

    public HashListException(string message)
        : base(message)
    {
    }

    public HashListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HashListException(HashListError error, string message, string field)
        : base(message)
    {
        Error = error;
        Field = field;
    }

    public HashListError Error { get; }

    public string Field { get; } = "list";
}
