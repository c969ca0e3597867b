using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Vigil.Server.Api.Reports;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.Matching;

/// <summary>
/// Reads exactly one file from a multipart/form-data body into memory, bounded by the intake file limit while it
/// streams (nothing is buffered to disk). Returns the part's field name (HMA names the content type with it).
/// </summary>
internal static class UploadReader
{
    public static async Task<(string Field, byte[] Content)> ReadSingleAsync(HttpRequest request, IntakeOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestValidationException("Content-Type", "Missing multipart/form-data file upload.", StatusCodes.Status415UnsupportedMediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            throw new RequestValidationException("Content-Type", "The multipart boundary is missing or too long.");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, BodyLengthLimit = options.MaxFileBytes };
        (string Field, byte[] Content)? file = null;
        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    throw new RequestValidationException("multipart", "Each part needs a Content-Disposition: form-data header.");
                }

                if (file is not null)
                {
                    throw new RequestValidationException("multipart", "Only one file allowed per request.");
                }

                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                file = (field.Length > 100 ? field[..100] : field, await ReadBodyAsync(section.Body, options.MaxFileBytes, cancellationToken));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new RequestValidationException("multipart", $"The multipart body is malformed or the file is over {options.MaxFileBytes} bytes: {ex.Message}", StatusCodes.Status413PayloadTooLarge);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            throw new RequestValidationException("multipart", $"The multipart body ended unexpectedly: {ex.Message}");
        }

        if (file is not { } found)
        {
            throw new RequestValidationException("multipart", "Missing multipart/form-data file upload.");
        }

        if (found.Content.Length == 0)
        {
            throw new RequestValidationException("file", "The file is empty.");
        }

        return found;
    }

    private static async Task<byte[]> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new RequestValidationException("file", $"The file is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
