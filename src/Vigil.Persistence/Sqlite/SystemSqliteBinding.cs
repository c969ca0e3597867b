using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigil.Persistence.Sqlite;

/// <summary>
/// Binds EF Core's SQLite provider to the system's SQLite (Debian libsqlite3-0) instead of the e_sqlite3 copy the
/// NuGet bundle ships. libvips loads its modules at start-up, and one of them (openslide) pulls in the system
/// libsqlite3; with two SQLite copies in one process the bundled copy's internal calls were resolved into the
/// system copy's symbols, and a SQLite query crashed the process (SIGSEGV in sqlite3Malloc under countStep).
/// One SQLite per process removes the hazard. The bundled library is used only where no system one exists.
/// </summary>
internal static class SystemSqliteBinding
{
    private const string SystemLibrary = "libsqlite3.so.0";

    // A module initialiser is the one place guaranteed to run before any SQLite call from this assembly's stores.
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Must bind before the first SQLite call, whoever the host is.")]
    internal static void Register()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var provider = typeof(SQLitePCL.SQLite3Provider_e_sqlite3).Assembly;
        try
        {
            NativeLibrary.SetDllImportResolver(provider, Resolve);
        }
        catch (InvalidOperationException)
        {
            // A resolver is already set for this assembly (the host chose its own binding): keep it.
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == "e_sqlite3" && NativeLibrary.TryLoad(SystemLibrary, out var handle))
        {
            return handle;
        }

        return 0;
    }
}
