using System.Runtime.InteropServices;

namespace Vigil.Cli.Infrastructure;

/// <summary>Sends a POSIX signal to a child process (.NET can only SIGKILL one): used by `vigil serve` to forward SIGINT/SIGTERM.</summary>
internal static partial class ProcessSignals
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    public static void Send(int processId, PosixSignal signal)
    {
        // PosixSignal's enum values are .NET's own (negative) ids, not the OS numbers.
        var number = signal switch
        {
            PosixSignal.SIGINT => SigInt,
            PosixSignal.SIGTERM => SigTerm,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Only SIGINT and SIGTERM are forwarded."),
        };
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _ = Kill(processId, number);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
