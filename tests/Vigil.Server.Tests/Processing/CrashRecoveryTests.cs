using System.Net;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Accounts;
using Vigil.Core.Processing;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Processing;

public sealed class CrashRecoveryTests
{
    private const int Reports = 8;
    private const int FilesPerReport = 6;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KillDuringProcessing_Restart_EveryFileProcessedOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = ServerProcess.SettingsFor(database);
        var key = await ServerProcess.ApiKeyAsync(database, ApiScopes.SubmitReports);

        int runningAtKill;
        await using (var first = await ServerProcess.StartAsync(database.DataFolder, settings))
        {
            // Large enough images that each hash job takes a while, and enough of them that both workers stay busy.
            using var client = first.WithApiKey(key);
            var reports = Enumerable.Range(0, Reports)
                .Select(r => Enumerable.Range(0, FilesPerReport).Select(f => TestPng.GradientPng(1600, 1200, (r * FilesPerReport) + f)).ToArray())
                .ToList();
            var responses = await Task.WhenAll(reports.Select(images => client.PostAsync(new Uri("/api/reports", UriKind.Relative), Submissions.Images(images))));
            Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));

            await WaitUntilMidwayAsync(database);
            await first.Process.KillHardAsync();
            runningAtKill = (await QueueState.CountsAsync(database)).Running;
        }

        await using (var second = await ServerProcess.StartAsync(database.DataFolder, settings))
        {
            await QueueState.WaitAllProcessedAsync(database, Reports * FilesPerReport, TimeSpan.FromMinutes(5));
        }

        // The killed process left jobs claimed mid-step; they ran again after their lease lapsed, and took effect once.
        Assert.True(runningAtKill >= 1, "The process was not killed while a job was running.");
        await QueueState.AssertEachItemProcessedOnceAsync(database, Reports * FilesPerReport);
        await using var context = database.CreateContext();
        Assert.True(await context.Jobs.CountAsync(j => j.Attempts > 1) >= runningAtKill);
        Assert.Equal(0, await context.Jobs.CountAsync(j => j.State == JobState.Failed));
    }

    private static async Task WaitUntilMidwayAsync(TestDatabase database)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var (processed, running) = await QueueState.CountsAsync(database);
            if (processed >= 3 && running >= 1)
            {
                return;
            }

            Assert.True(processed < Reports * FilesPerReport, "Every job finished before the process could be killed.");
            await Task.Delay(20);
        }

        throw new TimeoutException("Processing did not start.");
    }
}
