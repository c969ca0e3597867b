namespace Vigil.Core.Vault;

/// <summary>
/// The one place decrypted media may touch the disk: ffprobe and ffmpeg read a path (an MP4 with its index at the end
/// needs seeking, which a pipe cannot give), so video hashing, video previews and HMA uploads spool the plain bytes
/// here. The folder lives in the data folder (<c>DATA/tmp</c>), not the shared system temp folder, is readable only by
/// this user (0700, files 0600 created new), and every file is deleted when its user is done, also on failure and
/// cancellation. A process killed mid-step (kill -9, power loss) cannot delete anything, so the server empties the
/// folder at start-up (<see cref="Clear"/>): leftovers live until the next start, never longer. A data folder belongs
/// to one node; nodes sharing a database each have their own.
/// </summary>
public sealed class ScratchFolder(string path)
{
    public const string FolderName = "tmp";

    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The scratch folder of a data folder.</summary>
    public static ScratchFolder In(string dataFolder) => new(System.IO.Path.Combine(dataFolder, FolderName));

    /// <summary>Creates the folder (mode 0700, also when it existed with another mode) and removes everything in it; returns how many entries were removed.</summary>
    public int Clear()
    {
        Create();
        var removed = 0;
        foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }

            removed++;
        }

        return removed;
    }

    /// <summary>Writes <paramref name="content"/> to a new private file; disposing the result deletes it.</summary>
    public Task<ScratchFile> WriteAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        CreateAsync((stream, ct) => stream.WriteAsync(content, ct).AsTask(), cancellationToken);

    /// <summary>Creates a new private file, lets <paramref name="write"/> fill it; disposing the result deletes it.</summary>
    public async Task<ScratchFile> CreateAsync(Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        Create();
        var file = new ScratchFile(System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N")));
        try
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = FileMode;
            }

            await using (var stream = new FileStream(file.Path, options))
            {
                await write(stream, cancellationToken);
            }

            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private void Create()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Path);
            return;
        }

        Directory.CreateDirectory(Path, FolderMode);
        if (File.GetUnixFileMode(Path) != FolderMode)
        {
            File.SetUnixFileMode(Path, FolderMode);
        }
    }
}
