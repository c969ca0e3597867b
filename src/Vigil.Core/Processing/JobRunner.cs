using Microsoft.Extensions.Logging;
using Vigil.Core.Reports;
using Vigil.Core.Vault;

namespace Vigil.Core.Processing;

/// <summary>Claims and runs one job: load the item and its bytes, run the step, then complete or fail the job.</summary>
public sealed partial class JobRunner(
    IJobStore jobs,
    IReportStore reports,
    MediaVault vault,
    ProcessingPipeline pipeline,
    ProcessingOptions options,
    TimeProvider time,
    ILogger<JobRunner> logger)
{
    /// <summary>Runs one job if one is due; false when the queue had nothing to do.</summary>
    public async Task<bool> RunOneAsync(string workerId, CancellationToken cancellationToken)
    {
        var job = await jobs.ClaimAsync(workerId, options.Lease, cancellationToken);
        if (job is null)
        {
            return false;
        }

        if (job.Attempts > job.MaxAttempts)
        {
            // Every earlier attempt ended with its worker gone (e.g. the file crashes the process): give up visibly.
            await jobs.FailAsync(job, workerId, $"Gave up after {job.MaxAttempts} attempts; the last error was: {job.LastError ?? "the worker stopped during the step"}", null, cancellationToken);
            LogFailed(logger, job.Id, job.ItemId, job.Step, job.Attempts);
            return true;
        }

        // The lease is renewed while the job runs; when a renewal finds it lost (another worker took the job over),
        // the step is stopped: its result could not be written anyway.
        using var stepCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var renewalStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewLeaseAsync(job, workerId, stepCancellation, renewalStop.Token);
        try
        {
            var step = pipeline.Find(job.Step) ?? throw new PermanentStepException($"No processing step is named '{job.Step}'.");
            var item = await reports.GetItemAsync(job.ItemId, cancellationToken) ?? throw new PermanentStepException($"Item {job.ItemId} no longer exists.");
            var content = await vault.ReadAsync(item.Sha256, cancellationToken) ?? throw new PermanentStepException($"Item {job.ItemId} is missing from the vault.");
            var result = await step.RunAsync(item, content, stepCancellation.Token);
            await StopAsync(renewalStop, renewal);
            if (await jobs.CompleteAsync(job, workerId, result, pipeline.NextAfter(job.Step), cancellationToken))
            {
                LogCompleted(logger, job.Id, job.ItemId, job.Step);
            }
            else
            {
                LogLeaseLost(logger, job.Id);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease lapses and another worker (or this one after restart) runs the job again.
            throw;
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

        return true;
    }

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

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Job {JobId} lease renewal failed; trying again")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, long jobId);
}
