namespace Vigil.Cli.Infrastructure;

/// <summary>
/// The shape every per-file command shares: work on all cores, results written in input order, a progress bar,
/// and the exit code 0 when every file succeeded, 1 when some failed (each failure is in the output).
/// </summary>
public static class FileBatch
{
    public static async Task<int> RunAsync<T>(
        IReadOnlyList<string> files,
        int jobs,
        string label,
        Func<string, CancellationToken, Task<T>> work,
        Func<string, T, Task> write,
        Func<T, bool> failed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var failures = 0;
        await ProgressDisplay.RunAsync(label, files.Count, async advance =>
            await OrderedParallel.RunAsync(
                files.Count,
                jobs,
                (i, ct) => work(files[i], ct),
                async (i, result) =>
                {
                    if (failed(result))
                    {
                        failures++;
                    }

                    await write(files[i], result);
                    advance();
                },
                cancellationToken));

        return failures == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
    }
}
