using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Vigil.Core.Accounts;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using Vigil.Server.Hosting;

namespace Vigil.Server.Errors;

/// <summary>
/// The one place product exceptions become ProblemDetails; anything else is a 500 without detail, logged here with
/// the route template and request id (since .NET 10 the framework no longer logs exceptions a handler handled, and
/// its own line would carry the request path).
/// </summary>
internal sealed partial class VigilExceptionHandler(IProblemDetailsService problems, ILogger<VigilExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, field) = exception switch
        {
            RequestValidationException e => (e.StatusCode, TitleOf(e.StatusCode), e.Message, e.Field),
            HashListException e => (StatusOf(e.Error), TitleOf(StatusOf(e.Error)), e.Message, e.Field),
            HashListFormatException e => (StatusCodes.Status400BadRequest, "Malformed list file", $"{e.Message}. Nothing was imported.", "file"),
            AccountException e => (StatusCodes.Status400BadRequest, "Invalid account request", e.Message, "account"),
            BadHttpRequestException e => (e.StatusCode, TitleOf(e.StatusCode), e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is larger than the server accepts." : e.Message, "request"),
            JsonException e => (StatusCodes.Status400BadRequest, "Malformed JSON", $"The JSON body is malformed: {e.Message}", "body"),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server failed; the error was logged with the request id.", (string?)null),
        };

        if (status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, RequestLog.RouteOf(httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint), httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static int StatusOf(HashListError error) => error switch
    {
        HashListError.NotFound => StatusCodes.Status404NotFound,
        HashListError.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status413PayloadTooLarge => "Payload too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status401Unauthorized => "Unauthorized",
        _ => "Invalid request",
    };

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "{Method} {Route} failed (request {RequestId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string route, string requestId);
}
