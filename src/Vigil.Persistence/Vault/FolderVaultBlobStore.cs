using System.Runtime.InteropServices;
using Vigil.Core.Vault;

namespace Vigil.Persistence.Vault;

/// <summary>
/// Sealed files under <c>FOLDER/ab/cd/&lt;sha256&gt;.vgv</c>. A write goes to <c>FOLDER/.tmp/&lt;random&gt;</c>, is
/// flushed to disk (fsync), then renamed into place without overwriting; so a file at its final path is always
/// complete, and a crash leaves at most a stray temporary file, removed at the next start.
/// </summary>
public sealed class FolderVaultBlobStore : IVaultBlobStore
{
    private readonly string _root;
    private readonly string _temp;

    public FolderVaultBlobStore(string folder)
    {
        _root = Path.GetFullPath(folder);
        _temp = Path.Combine(_root, ".tmp");
        Directory.CreateDirectory(_temp);
        foreach (var stale in Directory.EnumerateFiles(_temp))
        {
            File.Delete(stale);
        }
    }

    /// <summary>Files now in the temporary folder (tests check that none are left behind).</summary>
    public IReadOnlyList<string> TemporaryFiles() => [.. Directory.EnumerateFiles(_temp)];

    /// <summary>Every complete sealed file.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        [.. Directory.EnumerateFiles(_root, "*.vgv", SearchOption.AllDirectories)];

    public Task<bool> ExistsAsync(byte[] sha256, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(sha256)));

    public async Task<bool> PutIfAbsentAsync(byte[] sha256, ReadOnlyMemory<byte> sealedContent, CancellationToken cancellationToken)
    {
        var final = PathOf(sha256);
        if (File.Exists(final))
        {
            return false;
        }

        var temp = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(temp, fileOptions))
            {
                await stream.WriteAsync(sealedContent, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            return PublishOnce(temp, final);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public async Task<byte[]?> GetAsync(byte[] sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private string PathOf(byte[] sha256)
    {
        if (sha256.Length != 32)
        {
            throw new ArgumentException("A vault address is a 32-byte SHA-256.", nameof(sha256));
        }

        var hex = Convert.ToHexStringLower(sha256);
        return Path.Combine(_root, hex[..2], hex[2..4], hex + ".vgv");
    }

    // Publishes the finished temp file under its address exactly once. On Unix, link(2) fails with EEXIST
    // atomically when another writer got there first; File.Move(overwrite: false) checks and renames in two steps
    // on some file systems, so two concurrent writers could both report "stored". The temp file is removed by
    // the caller either way.
    private static bool PublishOnce(string temp, string final)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(temp, final, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(final))
            {
                return false;
            }
        }

        if (NativeLink.Link(temp, final) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno == NativeLink.AlreadyExists)
        {
            return false;
        }

        throw new IOException($"The vault could not publish a stored file (errno {errno}).");
    }
}
