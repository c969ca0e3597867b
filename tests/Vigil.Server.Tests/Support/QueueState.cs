using Microsoft.EntityFrameworkCore;
using Vigil.Core.Items;
using Vigil.Core.Matching;
using Vigil.Core.Processing;
using Vigil.Core.Provenance;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Support;

/// <summary>Reads the queue's state straight from the database the server processes share.</summary>
internal static class QueueState
{
    // The server's pipeline: every item passes each step once.
    private static readonly string[] Steps = [HashStep.StepName, MatchStep.StepName, ProvenanceStep.StepName];

    public static async Task<(int Processed, int Running)> CountsAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var processed = await context.ProcessingRecords.CountAsync();
        var running = await context.Jobs.CountAsync(j => j.State == JobState.Running);
        return (processed, running);
    }

    /// <summary>Waits until no item is pending; fails after <paramref name="timeout"/>.</summary>
    public static async Task WaitAllProcessedAsync(TestDatabase database, int expectedItems, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            await using var context = database.CreateContext();
            var items = await context.Items.CountAsync();
            var pending = await context.Items.CountAsync(i => i.Status == ItemStatus.Pending);
            if (items == expectedItems && pending == 0)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Items were still pending after {timeout}.");
    }

    /// <summary>Asserts that every item was processed by every step exactly once, with its hashes, and no job failed.</summary>
    public static async Task AssertEachItemProcessedOnceAsync(TestDatabase database, int expectedItems)
    {
        await using var context = database.CreateContext();
        var items = await context.Items.AsNoTracking().ToListAsync();
        var records = await context.ProcessingRecords.AsNoTracking().ToListAsync();
        var jobs = await context.Jobs.AsNoTracking().ToListAsync();

        Assert.Equal(expectedItems, items.Count);
        Assert.All(items, i =>
        {
            Assert.Equal(ItemStatus.Processed, i.Status);
            Assert.NotNull(i.Md5);
            Assert.NotNull(i.Sha1);
            Assert.NotNull(i.Pdq);
        });
        var expected = items.SelectMany(i => Steps.Select(step => (i.Id, step))).Order().ToList();
        Assert.Equal(expected, records.Select(r => (r.ItemId, r.Step)).Order());
        Assert.Equal(expected, jobs.Select(j => (j.ItemId, j.Step)).Order());
        Assert.All(jobs, j => Assert.Equal(JobState.Succeeded, j.State));
        Assert.All(records, r => Assert.Contains(jobs, j => j.Id == r.JobId));
    }
}
