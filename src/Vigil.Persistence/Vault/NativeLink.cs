using System.Runtime.InteropServices;

namespace Vigil.Persistence.Vault;

/// <summary>POSIX link(2): the one atomic "create this name only if it does not exist" for a finished file.</summary>
internal static partial class NativeLink
{
    /// <summary>EEXIST on Linux.</summary>
    public const int AlreadyExists = 17;

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Link(string existingPath, string newPath);
}
