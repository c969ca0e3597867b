namespace Vigil.Server.Errors;

/// <summary>
/// HMA clients read an error's text from <c>{"message": ...}</c> (OpenMediaMatch <c>ErrorResponse</c>). Every error
/// on the HMA-compatible routes (<c>/h</c>, <c>/m</c>, <c>/c</c>) stays a ProblemDetails like the rest of the API and
/// also carries <c>message</c> (the detail, else the title), so both kinds of client read it.
/// </summary>
internal static class HmaProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.HttpContext.Request.Path;
        if (path.StartsWithSegments("/h") || path.StartsWithSegments("/m") || path.StartsWithSegments("/c"))
        {
            context.ProblemDetails.Extensions["message"] = context.ProblemDetails.Detail ?? context.ProblemDetails.Title ?? "Error";
        }
    }
}
