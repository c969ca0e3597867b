namespace Vigil.Cli.Infrastructure;

/// <summary>
/// Runs work items on all cores but hands results back in input order, holding at most a small window of
/// finished-but-unemitted results (so memory stays bounded on a million-file folder).
/// </summary>
public static class OrderedParallel
{
    public static async Task RunAsync<T>(
        int count,
        int degreeOfParallelism,
        Func<int, CancellationToken, Task<T>> work,
        Func<int, T, Task> emit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(emit);
        using var gate = new SemaphoreSlim(degreeOfParallelism);
        var window = new Queue<(int Index, Task<T> Task)>();
        var windowSize = degreeOfParallelism * 4;
        for (var i = 0; i < count; i++)
        {
            var index = i;
            window.Enqueue((index, Task.Run(
                async () =>
                {
                    await gate.WaitAsync(cancellationToken);
                    try
                    {
                        return await work(index, cancellationToken);
                    }
                    finally
                    {
                        gate.Release();
                    }
                },
                cancellationToken)));

            if (window.Count >= windowSize)
            {
                var (done, task) = window.Dequeue();
                await emit(done, await task);
            }
        }

        while (window.Count > 0)
        {
            var (done, task) = window.Dequeue();
            await emit(done, await task);
        }
    }
}
