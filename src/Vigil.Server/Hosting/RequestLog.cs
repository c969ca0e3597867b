using System.Diagnostics;

namespace Vigil.Server.Hosting;

/// <summary>
/// Vigil's access log: one line per request with the method, the endpoint's route template (never the path or the
/// query string, which carry reported URLs, file names and list names), the status, the time taken and the request
/// id. ASP.NET Core's own request lines print the full URL, so its categories are raised to Warning
/// (<see cref="VigilServer.Build"/>) and this takes their place.
/// </summary>
internal static partial class RequestLog
{
    public static IApplicationBuilder UseVigilRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Vigil.Server.Requests");
        return app.Use(async (context, next) =>
        {
            // Routing ran before this (WebApplication puts it first); the exception handler clears the endpoint.
            var start = Stopwatch.GetTimestamp();
            var endpoint = context.GetEndpoint();
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var route = RouteOf(endpoint ?? context.GetEndpoint());
                    var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, elapsed, context.TraceIdentifier);
                }
            }
        });
    }

    /// <summary>The matched endpoint's route template (e.g. <c>/api/reports/{id:long}</c>), or a fixed word when none matched.</summary>
    public static string RouteOf(Endpoint? endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } template } ? "/" + template.Trim('/') : "(no route)";

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "{Method} {Route} answered {Status} in {ElapsedMs:F1} ms (request {RequestId})")]
    private static partial void LogRequest(ILogger logger, string method, string route, int status, double elapsedMs, string requestId);
}
