using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Statistics.Import;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Support;

/// <summary>Imports ../shared/stats/assessments.csv into a running test server's database, as <c>vigil import assessments</c> does.</summary>
internal static class StatisticsSample
{
    public static async Task ImportAsync(ServerHost server)
    {
        await using var csv = File.OpenRead(SharedData.PathOf("stats", "assessments.csv"));
        var summary = await new AssessmentImporter(server.App.Services.GetRequiredService<IAssessmentStore>()).ImportAsync(csv);
        Assert.Equal(0, summary.Rejected);
        Assert.True(summary.Added > 20_000, $"{summary.Added} added");
    }
}
