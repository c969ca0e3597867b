using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Assessment;
using Vigil.Core.Audit;
using Vigil.Core.Items;
using Vigil.Core.Reports;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

/// <summary>Every media view (blurred preview, item page, video strip) is a record in the chained audit log: who, which item, never content.</summary>
public sealed class MediaViewAuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ItemPagePreviewAndVideoStrip_Viewed_EachAnAuditRecordThatVerifies(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var folder = new TempFolder();
        var clip = Path.Combine(folder.Path, "clip.mp4");
        Ffmpeg.Run("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-t", "2", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", clip);
        var (reportId, image, video) = await SubmitAsync(server, TestPng.GradientPng(96, 64, 3), await File.ReadAllBytesAsync(clip));
        var (analyst, name, _) = await server.SignInNewUserAsync(Role.Analyst);
        using var _ = analyst;
        var workspace = server.App.Services.GetRequiredService<WorkspaceService>();
        Assert.True(await workspace.ClaimAsync(image, $"user:{name}", default));
        Assert.True(await workspace.ClaimAsync(video, $"user:{name}", default));

        var preview = await analyst.GetAsync($"/workspace/items/{image}/preview");
        var imagePage = await analyst.GetAsync($"/workspace/items/{image}?report={reportId}");
        var videoPage = await analyst.GetAsync($"/workspace/items/{video}?report={reportId}");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("image/jpeg", preview.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, imagePage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, videoPage.StatusCode);
        Assert.Contains("data:image/jpeg;base64,", await videoPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var context = server.Database.CreateContext();
        var views = await context.AuditRecords.Where(r => r.Actor == $"user:{name}").OrderBy(r => r.Sequence).Select(r => new { r.Action, r.Target, r.Address }).ToListAsync();
        Assert.Equal(
            [("item.preview.viewed", $"item:{image}"), ("item.page.viewed", $"item:{image}"), ("item.page.viewed", $"item:{video}"), ("item.strip.viewed", $"item:{video}")],
            views.Where(v => v.Action != "signin.succeeded").Select(v => (v.Action, v.Target)));
        Assert.All(views, v => Assert.Equal("127.0.0.1", v.Address));
        Assert.True((await server.App.Services.GetRequiredService<IAuditLog>().VerifyAsync(default)).IsValid);
    }

    private static async Task<(long ReportId, long Image, long Video)> SubmitAsync(ServerHost server, byte[] png, byte[] mp4)
    {
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        var response = await platform.PostAsync(
            "/api/reports",
            Submissions.Multipart("""{"source":"platform","urls":["https://example.invalid/page"]}""", (png, "a.png", "image/png"), (mp4, "b.mp4", "video/mp4")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reportId = body.GetProperty("reportId").GetInt64();
        var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetInt64()).ToArray();
        var reports = server.App.Services.GetRequiredService<IReportStore>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await reports.ItemsOfReportAsync(reportId, default)).Any(i => i.Status != ItemStatus.Processed))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "The report's items were not processed in time.");
            await Task.Delay(50);
        }

        return (reportId, items[0], items[1]);
    }
}
