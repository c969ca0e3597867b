using System.Globalization;
using Vigil.Media.Sniffing;

namespace Vigil.Cli.Commands.Reports;

/// <summary>Reads one file for intake, bounded by a byte limit, and names its media type from its bytes.</summary>
internal static class BulkFile
{
    /// <summary>The content and media type, or an error (a sentence) saying why the file is not taken in.</summary>
    public static async Task<(byte[] Content, string? MediaType, string? Error)> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            var length = stream.Length;
            if (length == 0)
            {
                return Fail("the file is empty");
            }

            if (length > maxBytes)
            {
                return Fail(string.Create(CultureInfo.InvariantCulture, $"the file is larger than {maxBytes} bytes (--max-file-bytes)"));
            }

            var content = new byte[length];
            await stream.ReadExactlyAsync(content, cancellationToken);
            if (stream.ReadByte() != -1)
            {
                return Fail("the file grew while it was read; take it in again once it is complete");
            }

            return MediaSniffer.AcceptedMimeType(content) is { } mediaType
                ? (content, mediaType, null)
                : Fail("not a supported image or video (checked from its bytes)");
        }
        catch (EndOfStreamException)
        {
            return Fail("the file shrank while it was read; take it in again once it is complete");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"the file could not be read ({e.GetType().Name})");
        }
    }

    private static (byte[], string?, string?) Fail(string error) => ([], null, error);
}
