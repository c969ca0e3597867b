using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Vigil.Media.Sniffing;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.Reports;

/// <summary>
/// Reads a submission as JSON, or as multipart with a <c>report</c> JSON part and <c>files</c> parts. Streams the
/// body section by section; every file is bounded while read, sniffed, and checked before anything is stored.
/// </summary>
internal static class SubmissionReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    public static async Task<(ReportSubmission Submission, List<ReceivedFile> Files)> ReadAsync(HttpRequest request, IntakeOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            throw new RequestValidationException("Content-Type", "Send application/json or multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (await ParseJsonAsync(request.Body, options.MaxJsonBytes, "body", cancellationToken), []);
        }

        if (!contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestValidationException("Content-Type", $"'{contentType.MediaType}' is not accepted; send application/json or multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            throw new RequestValidationException("Content-Type", "The multipart boundary is missing or too long.");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, BodyLengthLimit = options.MaxFileBytes };
        ReportSubmission? submission = null;
        var files = new List<ReceivedFile>();
        MultipartSection? section;
        while ((section = await ReadSectionAsync(reader, cancellationToken)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
            {
                throw new RequestValidationException("multipart", "Each part needs a Content-Disposition: form-data header.");
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (string.Equals(name, "report", StringComparison.Ordinal))
            {
                if (submission is not null)
                {
                    throw new RequestValidationException("report", "Only one 'report' part is allowed.");
                }

                submission = await ParseJsonAsync(section.Body, options.MaxJsonBytes, "report", cancellationToken);
            }
            else if (string.Equals(name, "files", StringComparison.Ordinal))
            {
                if (files.Count >= options.MaxFiles)
                {
                    throw new RequestValidationException("files", $"A report has at most {options.MaxFiles} files.");
                }

                files.Add(await ReadFileAsync(section, disposition, files.Count, options, cancellationToken));
            }
            else
            {
                throw new RequestValidationException("multipart", "Unknown part; send 'report' (JSON) and 'files'.");
            }
        }

        return (submission ?? new ReportSubmission(null, null, null, null, null, null, null, null), files);
    }

    private static async Task<MultipartSection?> ReadSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new RequestValidationException("multipart", $"The multipart body is malformed or a part is over its limit: {ex.Message}", StatusCodes.Status413PayloadTooLarge);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            throw new RequestValidationException("multipart", $"The multipart body ended unexpectedly: {ex.Message}");
        }
    }

    private static async Task<ReceivedFile> ReadFileAsync(MultipartSection section, ContentDispositionHeaderValue disposition, int index, IntakeOptions options, CancellationToken cancellationToken)
    {
        var field = $"files[{index}]";
        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
        if (fileName.Length > 255 || fileName.IndexOfAny(['/', '\\', '\0']) >= 0 || fileName.Contains("..", StringComparison.Ordinal) || fileName.Any(char.IsControl))
        {
            throw new RequestValidationException(field, $"{field}: the file name contains a path, '..' or control characters.");
        }

        if (section.ContentType is { } declared && MediaTypeHeaderValue.TryParse(declared, out var declaredType)
            && !(declaredType.Type.Equals("image", StringComparison.OrdinalIgnoreCase) || declaredType.Type.Equals("video", StringComparison.OrdinalIgnoreCase)
                 || declaredType.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)))
        {
            throw new RequestValidationException(field, $"{field}: declared content type '{declaredType.MediaType}' is not an image or video.", StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > options.MaxFileBytes)
                {
                    throw new RequestValidationException(field, $"{field}: the file is larger than {options.MaxFileBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            throw new RequestValidationException(field, $"{field}: the file is larger than {options.MaxFileBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        if (buffer.Length == 0)
        {
            throw new RequestValidationException(field, $"{field}: the file is empty.");
        }

        var content = buffer.ToArray();
        var mediaType = MediaSniffer.AcceptedMimeType(content)
            ?? throw new RequestValidationException(field, $"{field}: the content is not a supported image or video (checked from its bytes).", StatusCodes.Status415UnsupportedMediaType);
        return new ReceivedFile(index, content, mediaType);
    }

    private static async Task<ReportSubmission> ParseJsonAsync(Stream body, int maxBytes, string field, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new RequestValidationException(field, $"The '{field}' JSON is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonSerializer.Deserialize<ReportSubmission>(buffer.ToArray(), Json)
                ?? throw new RequestValidationException(field, $"The '{field}' JSON is null; send an object.");
        }
        catch (JsonException ex)
        {
            throw new RequestValidationException(field, $"The '{field}' JSON is malformed: {ex.Message}");
        }
    }
}
