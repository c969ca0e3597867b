using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

/// <summary>HMA's bank content upload: the file is hashed from the private scratch folder, which it leaves empty.</summary>
public sealed class HmaBankUploadTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddContent_UploadedImage_PdqBankedAndNoPlaintextLeftOnDisk(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var partner = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.ManageLists));
        Assert.Equal(HttpStatusCode.Created, (await partner.PostAsJsonAsync("/c/banks", new { name = "UPLOAD_BANK" })).StatusCode);
        var png = TestPng.PatternPng(320, 320, 4);
        Assert.True(png.Length > 64 * 1024, "the upload must be larger than ASP.NET Core's default in-memory form buffer");
        using var form = new MultipartFormDataContent();
        var photo = new ByteArrayContent(png);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(photo, "photo", "photo.png");

        var response = await partner.PostAsync("/c/bank/UPLOAD_BANK/content", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^[0-9a-f]{64}$", added.GetProperty("signals").GetProperty("pdq").GetString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(server.Database.DataFolder, "tmp")));
        Assert.True(server.App.Services.GetRequiredService<IOptions<FormOptions>>().Value.MemoryBufferThreshold >= 8 * 1024 * 1024);
    }
}
