namespace Vigil.Media.Native;

/// <summary>Starts libvips once per process, or says clearly why it cannot.</summary>
internal static class VipsRuntime
{
    private static readonly Lazy<string?> Failure = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInitialised()
    {
        if (Failure.Value is { } reason)
        {
            throw new Images.MediaDecodeException(Images.MediaErrorKind.NativeUnavailable, reason);
        }
    }

    private static string? Start()
    {
        try
        {
            // Decode problems reach callers as typed errors; libvips' own warnings on stderr would only be noise
            // (and could echo file details), so they are silenced before start-up reads the variable.
            LibVips.SetEnv("VIPS_WARNING", "0", 0);
            if (LibVips.Init("vigil") != 0)
            {
                return "libvips failed to start: " + LibVips.TakeError();
            }

            // Vigil decodes many files in parallel; one libvips worker per decode avoids oversubscription, and
            // the operation cache only holds memory for a workload that never repeats an operation.
            LibVips.ConcurrencySet(1);
            LibVips.CacheSetMax(0);
            return null;
        }
        catch (DllNotFoundException e)
        {
            return $"libvips is not installed (Debian package libvips42): {e.Message}";
        }
    }
}
