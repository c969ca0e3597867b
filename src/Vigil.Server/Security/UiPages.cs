namespace Vigil.Server.Security;

/// <summary>
/// Tells the UI's pages from the API. Pages are the endpoints left out of the OpenAPI description (the UI groups call
/// <c>ExcludeFromDescription</c>); everything described there (<c>/api</c>, HMA's <c>/c</c>, <c>/h</c>, <c>/m</c>) is
/// API. Only pages redirect a browser to the sign-in or password page; API callers get a status code.
/// </summary>
internal static class UiPages
{
    public static bool IsPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is { ExcludeFromDescription: true };
}
