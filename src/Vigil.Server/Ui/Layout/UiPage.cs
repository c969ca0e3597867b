using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Vigil.Server.Security;

namespace Vigil.Server.Ui.Layout;

/// <summary>Shared page plumbing: the viewer of a page, antiforgery checks for hand-read forms, embedded assets.</summary>
internal static class UiPage
{
    private static readonly Dictionary<string, byte[]> Assets = new(StringComparer.Ordinal);

    public static UiViewer Viewer(HttpContext context, IAntiforgery antiforgery, bool breakDue = false)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new UiViewer(
            context.User.Identity?.Name ?? VigilClaims.ActorOf(context.User),
            context.User.FindFirstValue(ClaimTypes.Role) ?? "API key",
            tokens.RequestToken ?? string.Empty,
            tokens.FormFieldName,
            breakDue);
    }

    public static Task<bool> FormValidAsync(HttpContext context, IAntiforgery antiforgery) => antiforgery.IsRequestValidAsync(context);

    public static IResult InvalidForm() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid form", detail: "The form token is missing or expired; reload the page.");

    public static IResult Asset(string name, string contentType)
    {
        byte[] bytes;
        lock (Assets)
        {
            if (!Assets.TryGetValue(name, out bytes!))
            {
                using var stream = typeof(UiPage).Assembly.GetManifestResourceStream($"Vigil.Server.Ui.Assets.{name}")
                    ?? throw new InvalidOperationException($"UI asset {name} is not embedded.");
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                bytes = buffer.ToArray();
                Assets[name] = bytes;
            }
        }

        return Results.Bytes(bytes, contentType + "; charset=utf-8");
    }
}
