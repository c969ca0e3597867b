using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.HashLists;

/// <summary>HMA clients read errors as <c>{"message": ...}</c>; HMA answers an existing bank name with 403.</summary>
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
            var status = e.Error switch
            {
                HashListError.NotFound => StatusCodes.Status404NotFound,
                HashListError.Conflict => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Json(new HmaMessageDto(e.Error == HashListError.Conflict ? "Bank already exists" : e.Message), statusCode: status);
        }
        catch (RequestValidationException e)
        {
            return Results.Json(new HmaMessageDto(e.Message), statusCode: e.StatusCode);
        }
        catch (HashListFormatException e)
        {
            return Results.Json(new HmaMessageDto(e.Message), statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
