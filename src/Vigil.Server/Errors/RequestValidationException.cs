
namespace Vigil.Server.Errors;

/// <summary>A request was refused; maps to a ProblemDetails with <see cref="StatusCode"/> naming <see cref="Field"/>.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(string field, string message, int statusCode = StatusCodes.Status400BadRequest)
        : base(message)
    {
        Field = field;
        StatusCode = statusCode;
    }

    public RequestValidationException()
        : this("request", "The request is not valid.")
    {
    }

    public RequestValidationException(string message)
        : this("request", message)
    {
    }

    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "request";
        StatusCode = StatusCodes.Status400BadRequest;
    }

    public string Field { get; } = "request";

    public int StatusCode { get; } = StatusCodes.Status400BadRequest;
}
