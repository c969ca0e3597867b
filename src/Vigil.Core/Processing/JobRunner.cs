using Microsoft.Extensions.Logging;
using Vigil.Core.Items;
using Vigil.Core.Reports;
using Vigil.Core.Vault;

namespace Vigil.Core.Processing;

/// <summary>
/// Claims a job and runs it; <see cref="RunChainAsync"/> then runs the item's following steps as a chain: completing a step claims the next step's job
/// in the same transaction, so the item and its decrypted bytes are loaded once per item, not once per step. Each step
/// is still its own job with its own lease, completing transaction and processing record, so a crash mid-chain leaves
/// one running job whose lease lapses and which runs again, once.
/// </summary>
public sealed partial class JobRunner(
    IJobStore jobs,
    IReportStore reports,
    MediaVault vault,
    ProcessingPipeline pipeline,
    ProcessingOptions options,
    TimeProvider time,
    ILogger<JobRunner> logger)
{
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Runs one job if one is due (only that step); false when the queue had nothing to do.</summary>
    public async Task<bool> RunOneAsync(string workerId, CancellationToken cancellationToken) =>
        await RunAsync(workerId, chain: false, cancellationToken) > 0;

    /// <summary>
    /// Runs one due job and then the item's following steps, each claimed with the completion of the one before;
    /// returns how many jobs ran (0 when the queue had nothing to do). The chain ends at the last step or at a
    /// failure, which is handled as for a single job.
    /// </summary>
    public Task<int> RunChainAsync(string workerId, CancellationToken cancellationToken) =>
        RunAsync(workerId, chain: true, cancellationToken);

    private async Task<int> RunAsync(string workerId, bool chain, CancellationToken cancellationToken)
    {
        var job = await jobs.ClaimAsync(workerId, options.Lease, cancellationToken);
        if (job is null)
        {
            return 0;
        }

        var ran = 0;
        ItemInHand? held = null;
        while (true)
        {
            ran++;
            var (next, loaded) = await RunClaimedAsync(job, workerId, held, chain, cancellationToken);
            if (next is null)
            {
                return ran;
            }

            (job, held) = (next, loaded);
        }
    }

    // Runs one claimed job; returns the item's next job when it was claimed with the completion, and what it loaded.
    private async Task<(Job? Next, ItemInHand? Held)> RunClaimedAsync(Job job, string workerId, ItemInHand? held, bool chain, CancellationToken cancellationToken)
    {
        if (job.Attempts > job.MaxAttempts)
        {
            // Every earlier attempt ended with its worker gone (e.g. the file crashes the process): give up visibly.
            await jobs.FailAsync(job, workerId, $"Gave up after {job.MaxAttempts} attempts; the last error was: {job.LastError ?? "the worker stopped during the step"}", null, cancellationToken);
            LogFailed(logger, job.Id, job.ItemId, job.Step, job.Attempts);
            return (null, null);
        }

        // The lease is renewed while the job runs; when a renewal finds it lost (another worker took the job over),
        // the step is stopped: its result could not be written anyway.
        using var stepCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var renewalStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewLeaseAsync(job, workerId, stepCancellation, renewalStop.Token);
        try
        {
            var step = pipeline.Find(job.Step) ?? throw new PermanentStepException($"No processing step is named '{job.Step}'.");
            held ??= await LoadAsync(job.ItemId, cancellationToken);
            var result = await step.RunAsync(held.Item, held.Content, stepCancellation.Token);
            await StopAsync(renewalStop, renewal);
            var nextStep = pipeline.NextAfter(job.Step);
            var completion = chain
                ? await jobs.CompleteAndClaimNextAsync(job, workerId, result, nextStep, options.Lease, cancellationToken)
                : new JobCompletion(await jobs.CompleteAsync(job, workerId, result, nextStep, cancellationToken), null);
            if (!completion.Completed)
            {
                LogLeaseLost(logger, job.Id);
                return (null, null);
            }

            LogCompleted(logger, job.Id, job.ItemId, job.Step);

            // The next step sees what this one wrote, as it would after loading the item again.
            result.UpdateItem?.Invoke(held.Item);
            return (completion.Next, held);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping (the step may end in any exception, e.g. a killed ffmpeg): hand the job back so that
            // another node, or this one after its restart, runs it at once instead of after the lease lapses.
            await StopAsync(renewalStop, renewal);
            await ReleaseAsync(job, workerId);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw new OperationCanceledException("Processing stopped with the host.", ex, cancellationToken);
        }
        catch (Exception) when (stepCancellation.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The renewal found the lease lost and stopped the step (which may end in any exception, e.g. a killed
            // ffmpeg); the job belongs to another worker now, so nothing is recorded here.
            LogLeaseLost(logger, job.Id);
        }
        catch (Exception ex) when (ex is PermanentStepException or VaultIntegrityException)
        {
            await StopAsync(renewalStop, renewal);
            await jobs.FailAsync(job, workerId, ex.Message, null, CancellationToken.None);
            LogFailed(logger, job.Id, job.ItemId, job.Step, job.Attempts);
        }
#pragma warning disable CA1031 // Any other failure is retried with backoff; the job keeps the message.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await StopAsync(renewalStop, renewal);
            var retryAt = time.GetUtcNow().Add(options.BackoffAfter(job.Attempts));
            await jobs.FailAsync(job, workerId, $"{ex.GetType().Name}: {ex.Message}", retryAt, CancellationToken.None);
            LogRetry(logger, ex, job.Id, job.Attempts);
        }
        finally
        {
            await StopAsync(renewalStop, renewal);
        }

        return (null, null);
    }

    // Best effort within a few seconds: when it fails the lease lapses and the job runs again all the same.
    private async Task ReleaseAsync(Job job, string workerId)
    {
        using var timeout = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            if (await jobs.ReleaseAsync(job, workerId, timeout.Token))
            {
                LogReleased(logger, job.Id);
            }
        }
#pragma warning disable CA1031 // Shutdown goes on; the lease is the fallback.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReleaseFailed(logger, ex, job.Id);
        }
    }

    private async Task<ItemInHand> LoadAsync(long itemId, CancellationToken cancellationToken)
    {
        var item = await reports.GetItemAsync(itemId, cancellationToken) ?? throw new PermanentStepException($"Item {itemId} no longer exists.");
        var content = await vault.ReadAsync(item.Sha256, cancellationToken) ?? throw new PermanentStepException($"Item {itemId} is missing from the vault.");
        return new ItemInHand(item, content);
    }

    // The item and its decrypted bytes, carried from one step of the chain to the next.
    private sealed record ItemInHand(Item Item, byte[] Content);

    private static async Task StopAsync(CancellationTokenSource renewalStop, Task renewal)
    {
        await renewalStop.CancelAsync();
        await renewal;
    }

    // Renews every LeaseRenewal until stopped; a transient error is logged and the next renewal tries again.
    private async Task RenewLeaseAsync(Job job, string workerId, CancellationTokenSource step, CancellationToken stop)
    {
        while (true)
        {
            try
            {
                await Task.Delay(options.LeaseRenewal, time, stop);
                if (!await jobs.RenewAsync(job, workerId, options.Lease, stop))
                {
                    LogLeaseLostWhileRunning(logger, job.Id);
                    await step.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed renewal must not end the job; the lease holds for two more intervals.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRenewalFailed(logger, ex, job.Id);
            }
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Job {JobId} ({Step}) for item {ItemId} completed")]
    private static partial void LogCompleted(ILogger logger, long jobId, long itemId, string step);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Job {JobId} ({Step}) for item {ItemId} failed for good after {Attempts} attempts")]
    private static partial void LogFailed(ILogger logger, long jobId, long itemId, string step, int attempts);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Job {JobId} attempt {Attempt} failed; retrying with backoff")]
    private static partial void LogRetry(ILogger logger, Exception exception, long jobId, int attempt);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Job {JobId} lease was lost before completion; its result was discarded")]
    private static partial void LogLeaseLost(ILogger logger, long jobId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Job {JobId} lease was taken over while its step ran; the step was stopped")]
    private static partial void LogLeaseLostWhileRunning(ILogger logger, long jobId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Job {JobId} was handed back to the queue as the host stopped")]
    private static partial void LogReleased(ILogger logger, long jobId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Job {JobId} could not be handed back as the host stopped; it runs again when its lease lapses")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, long jobId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Job {JobId} lease renewal failed; trying again")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, long jobId);
}
