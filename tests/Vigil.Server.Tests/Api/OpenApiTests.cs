using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class OpenApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Document_SubmitReport_DescribesMultipartFilesAndReportPart(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var anonymous = server.Anonymous();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var body = document.GetProperty("paths").GetProperty("/api/reports").GetProperty("post").GetProperty("requestBody");
        Assert.True(body.GetProperty("required").GetBoolean());
        var multipart = body.GetProperty("content").GetProperty("multipart/form-data");
        var properties = multipart.GetProperty("schema").GetProperty("properties");
        var files = properties.GetProperty("files");
        Assert.Equal("array", files.GetProperty("type").GetString());
        Assert.Equal("binary", files.GetProperty("items").GetProperty("format").GetString());
        Assert.Equal(50, files.GetProperty("maxItems").GetInt32());
        Assert.Equal("application/json", multipart.GetProperty("encoding").GetProperty("report").GetProperty("contentType").GetString());
        var report = Resolve(document, properties.GetProperty("report"));
        Assert.True(report.GetProperty("properties").TryGetProperty("urls", out _));
        Assert.True(report.GetProperty("properties").TryGetProperty("source", out _));
        Assert.False(report.TryGetProperty("required", out _));
        Assert.True(body.GetProperty("content").TryGetProperty("application/json", out _));
    }

    // A schema is inline or a $ref into components/schemas.
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
}
