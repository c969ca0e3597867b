using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class AuditTests
{
    private static readonly string[] Urls = ["https://example.org/a"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VerifyAudit_AfterActivity_ValidThenCatchesEditedRow(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        using var auditor = await server.SignedInAsync(Role.Auditor);
        var submitted = await IntakeTests.SubmitAsync(analyst, JsonContent.Create(new { urls = Urls }));
        await analyst.GetAsync($"/api/reports/{submitted.GetProperty("reportId").GetInt64()}");

        var intact = await auditor.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        var recent = await auditor.GetFromJsonAsync<JsonElement>("/api/audit/recent?count=10");
        await using (var context = server.Database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE audit_records SET target = 'report:999' WHERE action = 'report.viewed'");
        }

        var broken = await auditor.GetFromJsonAsync<JsonElement>("/api/audit/verify");

        Assert.True(intact.GetProperty("isValid").GetBoolean());
        Assert.True(intact.GetProperty("recordsChecked").GetInt64() >= 5);
        Assert.Contains(recent.EnumerateArray(), r => r.GetProperty("action").GetString() == "report.viewed" && r.GetProperty("address").GetString() == "127.0.0.1");
        Assert.Contains(recent.EnumerateArray(), r => r.GetProperty("action").GetString() == "signin.succeeded");
        Assert.False(broken.GetProperty("isValid").GetBoolean());
        Assert.Contains("edited", broken.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }
}
