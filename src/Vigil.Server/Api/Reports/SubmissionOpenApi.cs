using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vigil.Server.Api.Reports;

/// <summary>
/// Describes the submission body in the OpenAPI document. The endpoint streams the body itself (so it can bound and
/// sniff every file before storing anything), which leaves nothing for the generator to infer; this states the two
/// accepted shapes: multipart/form-data with a <c>report</c> JSON part and <c>files</c> parts, or a JSON report alone.
/// </summary>
internal static class SubmissionOpenApi
{
    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var limits = context.ApplicationServices.GetRequiredService<IntakeOptions>();
        var report = await context.GetOrCreateSchemaAsync(typeof(ReportSubmission), null, cancellationToken);

        // The record's positional parameters read as required to the schema exporter, but every field is optional
        // (source defaults to public; a report needs URLs and/or files, which SubmissionValidator checks).
        if (report is OpenApiSchema editable)
        {
            editable.Required = null;
        }
        var multipart = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["report"] = report,
                ["files"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MaxItems = limits.MaxFiles,
                    Description = string.Create(
                        CultureInfo.InvariantCulture,
                        $"The media, one part per file (images, videos; sniffed, not trusted by name or type), each at most {limits.MaxFileBytes} bytes."),
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = string.Create(
                CultureInfo.InvariantCulture,
                $"A report with URLs and/or files. Whole request at most {limits.MaxRequestBytes} bytes; the report JSON at most {limits.MaxJsonBytes} bytes."),
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["multipart/form-data"] = new OpenApiMediaType
                {
                    Schema = multipart,
                    Encoding = new Dictionary<string, OpenApiEncoding>(StringComparer.Ordinal)
                    {
                        ["report"] = new OpenApiEncoding { ContentType = "application/json" },
                        ["files"] = new OpenApiEncoding { ContentType = "application/octet-stream" },
                    },
                },
                ["application/json"] = new OpenApiMediaType { Schema = report },
            },
        };
    }
}
