using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigil.Server.Tests.Support;

/// <summary>
/// Shuts libvips down before the runtime tears the process down: without it the test host exits with SIGSEGV
/// after the last test (seen only in processes whose worker threads decoded images; reported to the Media owner).
/// </summary>
internal static partial class NativeShutdown
{
    [ModuleInitializer]
    internal static void Register() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            VipsShutdown();
        }
        catch (DllNotFoundException)
        {
            // libvips never loaded in this run.
        }
    };

    [LibraryImport("libvips.so.42", EntryPoint = "vips_shutdown")]
    private static partial void VipsShutdown();
}
