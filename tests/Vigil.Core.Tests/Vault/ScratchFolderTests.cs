using Vigil.Core.Vault;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.Vault;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ScratchFolderTests
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task WriteAsync_Content_OwnerOnlyFileInTheDataFolderDeletedOnDispose()
    {
        using var data = new TempFolder();
        var scratch = ScratchFolder.In(data.Path);
        byte[] content = [1, 2, 3, 4, 5];

        string path;
        using (var file = await scratch.WriteAsync(content, default))
        {
            path = file.Path;
            Assert.Equal(Path.Combine(data.Path, "tmp"), Path.GetDirectoryName(path));
            Assert.Equal(content, await File.ReadAllBytesAsync(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(scratch.Path));
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task CreateAsync_WriterFails_FileRemoved()
    {
        using var data = new TempFolder();
        var scratch = ScratchFolder.In(data.Path);

        await Assert.ThrowsAsync<IOException>(() => scratch.CreateAsync((_, _) => throw new IOException("upload cut off"), default));

        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void Clear_LeftoversOfAKilledProcess_RemovedAndFolderMadeOwnerOnly()
    {
        using var data = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(data.Path, "tmp"));
        File.SetUnixFileMode(folder.FullName, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.WriteAllBytes(Path.Combine(folder.FullName, "0123abcd"), [9, 9]);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "vigil-video-x"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "vigil-video-x", "item"), [7]);

        var removed = ScratchFolder.In(data.Path).Clear();

        Assert.Equal(2, removed);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullName));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder.FullName));
    }
}
