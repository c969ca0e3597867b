using System.Net.Http.Headers;
using System.Text;

namespace Vigil.Server.Tests.Support;

/// <summary>Builds multipart report submissions.</summary>
internal static class Submissions
{
    public static MultipartFormDataContent Multipart(string reportJson, params (byte[] Content, string FileName, string ContentType)[] files)
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(reportJson, Encoding.UTF8, "application/json"), "report");
        foreach (var (bytes, fileName, type) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(part, "files", fileName);
        }

        return content;
    }

    public static MultipartFormDataContent Images(params byte[][] pngs) =>
        Multipart("""{"source":"platform","urls":["https://example.org/page"],"siteType":"ImageHost","network":"clear"}""", [.. pngs.Select((p, i) => (p, $"image{i}.png", "image/png"))]);
}
