using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Core.Accounts;
using Vigil.Core.Items;
using Vigil.Core.Reports;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Ui;

/// <summary>Seeds a running server (users, reports with benign generated images) and signs people in through the UI.</summary>
internal static class Workbench
{
    public const string Password = "a long test password 1";

    public static async Task<User> UserAsync(ServerHost server, Role role, string name)
    {
        var accounts = server.App.Services.GetRequiredService<AccountService>();
        return (await accounts.CreateAsync(name, role, Password, default)).User;
    }

    /// <summary>Submits one report with the images and waits until every item is processed; returns (report id, item ids).</summary>
    public static Task<(long ReportId, long[] ItemIds)> ReportAsync(ServerHost server, params byte[][] pngs) =>
        SubmitAsync(server, Submissions.Images(pngs));

    /// <summary>Submits one report with the files (any benign image or video) and waits until every item is processed.</summary>
    public static Task<(long ReportId, long[] ItemIds)> ReportFilesAsync(ServerHost server, params (byte[] Content, string FileName, string ContentType)[] files) =>
        SubmitAsync(server, Submissions.Multipart("""{"source":"platform","urls":["https://example.org/page"],"siteType":"ImageHost","network":"clear"}""", files));

    private static async Task<(long ReportId, long[] ItemIds)> SubmitAsync(ServerHost server, MultipartFormDataContent submission)
    {
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.SubmitReports));
        var response = await platform.PostAsync("/api/reports", submission);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reportId = body.GetProperty("reportId").GetInt64();
        var itemIds = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("itemId").GetInt64()).ToArray();
        var reports = server.App.Services.GetRequiredService<IReportStore>();
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var items = await reports.ItemsOfReportAsync(reportId, default);
            if (items.Count == itemIds.Distinct().Count() && items.All(i => i.Status == ItemStatus.Processed))
            {
                return (reportId, itemIds);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The report's items were not processed in time.");
    }

    /// <summary>Claims the item from the queue page, grades it with the keys, presses Enter and waits for the queue.</summary>
    public static async Task GradeAsync(IPage page, long itemId, long reportId, params string[] keys)
    {
        await ClaimAsync(page, itemId, reportId);
        foreach (var key in keys)
        {
            await page.Keyboard.PressAsync(key);
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/workspace/queue?done=*");
    }

    /// <summary>Claims the item in the report from the queue page and waits for the item view.</summary>
    public static async Task ClaimAsync(IPage page, long itemId, long reportId)
    {
        await page.GotoAsync("/workspace/queue");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Claim item {itemId} in report {reportId}" }).ClickAsync();
        await page.WaitForURLAsync($"**/workspace/items/{itemId}?report={reportId}");
    }

    /// <summary>A senior claims the first initial grading of the item from the verify list and agrees (Enter).</summary>
    public static async Task VerifyAsync(IPage seniorPage, long itemId)
    {
        await seniorPage.GotoAsync("/workspace/verify");
        await seniorPage.GetByRole(AriaRole.Button, new() { Name = $"Claim and verify item {itemId}" }).First.ClickAsync();
        await seniorPage.WaitForURLAsync($"**/workspace/items/{itemId}?report=*&verify=*");
        await seniorPage.Keyboard.PressAsync("Enter");
        await seniorPage.WaitForURLAsync("**/workspace/verify?done=*");
    }

    /// <summary>Signs in through the sign-in page with password and a TOTP code computed here.</summary>
    public static async Task SignInAsync(IPage page, User user)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("User name").FillAsync(user.UserName);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByLabel("Authenticator code").FillAsync(Totp.Code(user.TotpSecret!, Totp.StepAt(TimeProvider.System.GetUtcNow())));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }
}
