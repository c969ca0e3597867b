using System.Globalization;
using Vigil.Core.HashLists;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.HashLists;

/// <summary>
/// Gives list errors on <c>/c</c> HMA's statuses and messages: an unknown bank or content is 404 "bank 'NAME' not
/// found" / "content 'ID' not found", an existing bank name 403 "Bank already exists", anything else 400. The body is
/// then written by the one exception handler as ProblemDetails with HMA's <c>message</c> (HmaProblemDetails).
/// </summary>
internal sealed class HmaErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (HashListException e)
        {
            var route = context.HttpContext.Request.RouteValues;
            var (status, message) = e.Error switch
            {
                HashListError.NotFound when e.Field == "entry" => (StatusCodes.Status404NotFound, string.Create(CultureInfo.InvariantCulture, $"content '{route["id"]}' not found")),
                HashListError.NotFound => (StatusCodes.Status404NotFound, string.Create(CultureInfo.InvariantCulture, $"bank '{route["name"]}' not found")),
                HashListError.Conflict => (StatusCodes.Status403Forbidden, route.ContainsKey("name") ? "Bank name already exists" : "Bank already exists"),
                _ => (StatusCodes.Status400BadRequest, e.Message),
            };
            throw new RequestValidationException(e.Field, message, status);
        }
    }
}
