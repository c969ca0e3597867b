using Microsoft.EntityFrameworkCore;
using Vigil.Core.Processing;
using Vigil.Core.Reports;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Processing;

/// <summary>
/// A report whose media is an item already known and still pending is finished by that item's last step. When the
/// step completes while the report is being taken in, one of the two transactions must see the other: the report
/// must never stay unprocessed for good.
/// </summary>
public sealed class ReportStatusRaceTests
{
    private const int Rounds = 40;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LastStepCompletesDuringIntakeOfTheSameItem_EveryReportEndsProcessed(DatabaseProvider provider)
    {
        await using var harness = await QueueHarness.CreateAsync(provider);
        var media = new List<NewMedia>();
        for (var round = 0; round < Rounds; round++)
        {
            var png = TestPng.GradientPng(8, 8, 500 + round);
            var (sha, _) = await harness.Vault.PutAsync(png, default);
            media.Add(new NewMedia(sha, png.Length, "image/png", null));
            await harness.Reports.AddAsync(harness.NewReport(), [media[round]], HashStep.StepName, default);
        }

        var late = new List<long>();
        for (var round = 0; round < Rounds; round++)
        {
            var job = await harness.Jobs.ClaimAsync("worker", harness.Options.Lease, default);
            Assert.NotNull(job);

            // Both at once, on two threads: the item's only (so last) step completes, and a second report of it arrives.
            using var start = new ManualResetEventSlim();
            var complete = Task.Run(async () =>
            {
                start.Wait();
                return await harness.Jobs.CompleteAsync(job, "worker", new StepResult(null, []), null, default);
            });
            var submit = Task.Run(async () =>
            {
                start.Wait();
                return await harness.Reports.AddAsync(harness.NewReport(), [media[round]], HashStep.StepName, default);
            });
            start.Set();
            Assert.True(await complete);
            late.Add((await submit).ReportId);
        }

        await using var context = harness.Database.CreateContext();
        var unprocessed = await context.Reports.Where(r => late.Contains(r.Id) && r.Status != ReportStatus.Processed).Select(r => r.Id).ToListAsync();
        Assert.Empty(unprocessed);
        Assert.Equal(Rounds * 2, await context.Reports.CountAsync(r => r.Status == ReportStatus.Processed));
    }
}
