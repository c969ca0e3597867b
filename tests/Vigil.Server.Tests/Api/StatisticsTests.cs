using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Statistics.Rendering;
using Vigil.Core.Statistics.Reporting;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Api;

public sealed class StatisticsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetStatistics_ImportedSample_GivesExactlyTheExpectedFigures(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        await StatisticsSample.ImportAsync(server);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("stats", "expected.json")));

        foreach (var year in expected.RootElement.GetProperty("years").EnumerateObject())
        {
            using var response = await analyst.GetAsync($"/api/statistics/{year.Name}?comparePrevious=true");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            using var actual = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var figures = actual.RootElement.GetProperty("years").GetProperty(year.Name);
            foreach (var figure in year.Value.EnumerateObject())
            {
                Assert.True(figures.TryGetProperty(figure.Name, out var value), $"{year.Name}: no {figure.Name}");
                Assert.Equal((year.Name, figure.Name, figure.Value.GetInt64()), (year.Name, figure.Name, value.GetInt64()));
            }
        }
    }

    [Fact]
    public async Task GetStatistics_EachFormat_IsWhatVigilReportWrites()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        await StatisticsSample.ImportAsync(server);
        using var auditor = await server.SignedInAsync(Role.Auditor);

        // What `vigil report --year 2025 --compare-previous` computes over the same database.
        var report = await server.App.Services.GetRequiredService<StatisticsReporter>().ReportAsync(2025, comparePrevious: true);
        foreach (var (format, mediaType) in new[] { (ReportFormat.Json, "application/json"), (ReportFormat.Csv, "text/csv"), (ReportFormat.Html, "text/html") })
        {
            using var written = new MemoryStream();
            await new StatisticsReportWriter(null).WriteAsync(report, format, written);
            var name = format.ToString().ToLowerInvariant();

            using var response = await auditor.GetAsync($"/api/statistics/2025?comparePrevious=true&format={name}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(written.ToArray(), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task GetStatistics_ApiKeyOrAnonymous_IsRefused()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var anonymous = server.Anonymous();
        using var platform = server.WithApiKey(await server.ApiKeyAsync(ApiScopes.LookupHashes | ApiScopes.SubmitReports));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/statistics/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetAsync("/api/statistics/2025")).StatusCode);
    }

    [Fact]
    public async Task GetStatistics_EmptyDatabase_GivesZeroesNotAnError()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var senior = await server.SignedInAsync(Role.SeniorAnalyst);

        using var actual = JsonDocument.Parse(await senior.GetStringAsync("/api/statistics/2025?comparePrevious=true"));

        var year = actual.RootElement.GetProperty("years").GetProperty(2025.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(0, year.GetProperty("ai_items").GetInt64());
        Assert.False(year.TryGetProperty("ai_items_change_pct", out _));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetPeriodStatistics_TwoHalvesOf2025_AddUpToTheExpectedYearAndMatchTheReporter(DatabaseProvider provider)
    {
        await using var server = await ServerHost.StartAsync(provider);
        await StatisticsSample.ImportAsync(server);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.PathOf("stats", "expected.json")));
        var year = expected.RootElement.GetProperty("years").GetProperty("2025");

        var h1 = await PeriodAsync(analyst, "2025-01-01", "2025-06-30");
        var h2 = await PeriodAsync(analyst, "2025-07-01", "2025-12-31");

        // Items count once, in the half holding their counted assessment; reports may span both halves.
        foreach (var figure in new[] { "ai_items", "ai_images", "ai_videos", "ai_videos_category_a" })
        {
            Assert.Equal((figure, year.GetProperty(figure).GetInt64()), (figure, h1.GetProperty(figure).GetInt64() + h2.GetProperty(figure).GetInt64()));
        }

        Assert.True(h1.GetProperty("ai_reports").GetInt64() + h2.GetProperty("ai_reports").GetInt64() >= year.GetProperty("ai_reports").GetInt64());

        // The same bytes as the reporter writes for that period over the same database.
        var period = ReportingPeriod.Between(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31));
        var report = await server.App.Services.GetRequiredService<StatisticsReporter>().ReportAsync(period, comparePrevious: true);
        using var written = new MemoryStream();
        await new StatisticsReportWriter(null).WriteAsync(report, ReportFormat.Csv, written);
        Assert.Equal(written.ToArray(), await analyst.GetByteArrayAsync("/api/statistics/period?from=2025-07-01&to=2025-12-31&comparePrevious=true&format=csv"));
    }

    [Theory]
    [InlineData("/api/statistics/period?to=2025-03-31", "from")]
    [InlineData("/api/statistics/period?from=2025-01-01", "to")]
    [InlineData("/api/statistics/period?from=2025-13-01&to=2025-12-31", "from")]
    [InlineData("/api/statistics/period?from=2025-1-1&to=2025-12-31", "from")]
    [InlineData("/api/statistics/period?from=2025-04-01&to=2025-03-31", "to")]
    [InlineData("/api/statistics/period?from=1989-01-01&to=1989-12-31", "from")]
    [InlineData("/api/statistics/period?from=2000-01-01&to=2025-12-31", "to")]
    [InlineData("/api/statistics/period?from=2025-01-01&to=2025-03-31&format=pdf", "format")]
    [InlineData("/api/statistics/1", "year")]
    [InlineData("/api/statistics/10000", "year")]
    [InlineData("/api/statistics/2025?format=pdf", "format")]
    [InlineData("/api/statistics/2025?format=JSON", "format")]
    [InlineData("/api/statistics/2025?format=xml", "format")]
    public async Task GetStatistics_BadParameter_Is400NamingIt(string url, string field)
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var analyst = await server.SignedInAsync(Role.Analyst);

        using var response = await analyst.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains($"'{field}'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PeriodAsync(HttpClient client, string from, string to)
    {
        using var response = await client.GetAsync($"/api/statistics/period?from={from}&to={to}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((from, to), (document.RootElement.GetProperty("from").GetString(), document.RootElement.GetProperty("to").GetString()));
        return document.RootElement.GetProperty("periods").GetProperty($"{from}..{to}").Clone();
    }
}
