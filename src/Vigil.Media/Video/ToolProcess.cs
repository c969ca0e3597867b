using System.ComponentModel;
using System.Diagnostics;
using Vigil.Media.Images;

namespace Vigil.Media.Video;

/// <summary>
/// Runs ffmpeg or ffprobe: arguments as a list (no shell), stdin closed, stdout handed to a reader, stderr drained
/// concurrently into bounded <see cref="ToolDiagnostics"/>. On cancellation, timeout or a reader failure the whole
/// process tree is killed and reaped before this returns, so no tool outlives its call.
/// </summary>
internal static class ToolProcess
{
    public static async Task<ToolResult> RunAsync(
        string executable,
        IEnumerable<string> arguments,
        Func<Stream, CancellationToken, Task> readStdout,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new MediaDecodeException(
                MediaErrorKind.NativeUnavailable,
                $"{Path.GetFileName(executable)} could not be started; install the Debian package ffmpeg (it provides ffmpeg and ffprobe): {e.Message}",
                e);
        }

        process.StandardInput.Close();
        var diagnostics = new ToolDiagnostics();
        var stderrTask = diagnostics.DrainAsync(process.StandardError);

        using var timeoutSource = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);

        // Killing closes the pipes, so a read blocked in the pipe returns whatever the stream's cancellation support.
        await using (linked.Token.Register(static p => Kill((Process)p!), process))
        {
            try
            {
                await readStdout(process.StandardOutput.BaseStream, linked.Token);
                await process.WaitForExitAsync(linked.Token);
            }
            catch (Exception e) when (e is not MediaDecodeException || linked.IsCancellationRequested)
            {
                await KillAndReapAsync(process, stderrTask);
                cancellationToken.ThrowIfCancellationRequested();
                if (timeoutSource.IsCancellationRequested)
                {
                    throw new MediaDecodeException(
                        MediaErrorKind.Timeout,
                        $"{Path.GetFileName(executable)} ran past the limit of {timeout.TotalSeconds:0.#} s and was stopped.",
                        e);
                }

                throw;
            }
            catch
            {
                await KillAndReapAsync(process, stderrTask);
                throw;
            }
        }

        await stderrTask;
        return new ToolResult(process.ExitCode, diagnostics);
    }

    private static async Task KillAndReapAsync(Process process, Task stderrTask)
    {
        Kill(process);

        // Reap: the kernel keeps the process until it is waited for, and its stderr ends only once it is gone.
        await process.WaitForExitAsync(CancellationToken.None);
        await stderrTask;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exiting while we kill it; WaitForExit reaps it either way.
        }
    }
}
