using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Statistics.Counting;
using Vigil.Core.Statistics.Reporting;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Ui;

public sealed partial class StatisticsPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statistics_SignedInAnalyst_SeesTheExpectedFiguresChartsUnitsAndRules(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        await StatisticsSample.ImportAsync(server);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("stats", "expected.json")));
        var years = expected.RootElement.GetProperty("years");

        using var response = await analyst.GetAsync("/statistics?year=2025&comparePrevious=true");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var figure in years.GetProperty("2025").EnumerateObject())
        {
            // Each headline row: unit, then the previous year and the chosen year as a person reads them.
            var cells = Cells(html, figure.Name);
            var unit = figure.Name.EndsWith("_pct", StringComparison.Ordinal) ? "percent" : figure.Name.EndsWith("_reports", StringComparison.Ordinal) ? "reports" : "items";
            Assert.Equal(unit, cells[0]);
            Assert.Equal(Shown(figure.Name, figure.Value.GetInt64()), cells[^1]);
            if (!figure.Name.EndsWith("_change_pct", StringComparison.Ordinal))
            {
                Assert.Equal(Shown(figure.Name, years.GetProperty("2024").GetProperty(figure.Name).GetInt64()), cells[1]);
            }
        }

        Assert.Contains("8,029", html, StringComparison.Ordinal);
        Assert.Contains("+26,385%", html, StringComparison.Ordinal);

        // Trend (2), comparison (1) and six breakdowns: each an SVG chart with its unit and counting rule beside it.
        var figures = FigureElement().Matches(html);
        Assert.Equal(9, figures.Count);
        foreach (Match chart in figures)
        {
            Assert.Contains("<svg", chart.Value, StringComparison.Ordinal);
            Assert.Matches("Unit: (items|reports)\\.", chart.Value);
            Assert.Contains("Counting rule: ", chart.Value, StringComparison.Ordinal);
        }

        Assert.Contains(FigureElement().Matches(html), f => f.Value.Contains("Unit: reports.", StringComparison.Ordinal));
        foreach (var rule in CountingRules.Statements)
        {
            Assert.Contains(rule, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Statistics_ChosenQuarter_ShowsThatPeriodBesideTheQuarterBefore()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        await StatisticsSample.ImportAsync(server);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        var q2 = await server.App.Services.GetRequiredService<StatisticsReporter>()
            .ReportAsync(ReportingPeriod.Between(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), comparePrevious: true);

        using var response = await analyst.GetAsync("/statistics?from=2025-04-01&to=2025-06-30&comparePrevious=true");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Statistics 2025-04-01..2025-06-30</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">2025-01-01..2025-03-31</th>", html, StringComparison.Ordinal);
        var cells = Cells(html, "ai_items");
        Assert.Equal(Shown("ai_items", q2.Periods[0].AiItems), cells[1]);
        Assert.Equal(Shown("ai_items", q2.Current.AiItems), cells[2]);
        Assert.Contains("AI items per period", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-04-01\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/statistics/period?from=2025-04-01&to=2025-06-30", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_PeriodEndingBeforeItStarts_Is400NamingTo()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var analyst = await server.SignedInAsync(Role.Analyst);

        using var response = await analyst.GetAsync("/statistics?from=2025-04-01&to=2025-03-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'to'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_Anonymous_IsSentToSignIn()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var anonymous = server.Anonymous();

        using var response = await anonymous.GetAsync("/statistics?year=2025");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("Headline", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_ApiKey_IsRefused()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes | ApiScopes.SubmitReports));

        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetAsync("/statistics?year=2025")).StatusCode);
    }

    [Fact]
    public async Task Home_SignedIn_LinksToTheDashboard()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var auditor = await server.SignedInAsync(Role.Auditor);

        var home = await auditor.GetStringAsync("/");
        using var dashboard = await auditor.GetAsync("/statistics");

        Assert.Contains("href=\"/statistics\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(TimeProvider.System.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture), await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Shown(string key, long value) =>
        key.EndsWith("_change_pct", StringComparison.Ordinal) ? value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture) + "%"
        : key.EndsWith("_pct", StringComparison.Ordinal) ? value.ToString("N0", CultureInfo.InvariantCulture) + "%"
        : value.ToString("N0", CultureInfo.InvariantCulture);

    private static List<string> Cells(string html, string key)
    {
        var row = Regex.Match(html, $"<tr data-figure=\"{key}\">(.*?)</tr>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        Assert.True(row.Success, $"no row {key}");
        return [.. Cell().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value.Trim())];
    }

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<figure class=\"chart\".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex FigureElement();
}
