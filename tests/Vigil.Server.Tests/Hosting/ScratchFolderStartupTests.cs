using Vigil.Persistence;
using Vigil.Server.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Hosting;

/// <summary>Decrypted media a killed process left in the data folder's scratch folder are gone once the server has started again.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ScratchFolderStartupTests
{
    [Fact]
    public async Task Start_LeftoverPlaintextInScratchFolder_RemovedBeforeServing()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var scratch = Path.Combine(database.DataFolder, "tmp");
        Directory.CreateDirectory(Path.Combine(scratch, "vigil-video-1"));
        await File.WriteAllBytesAsync(Path.Combine(scratch, "vigil-video-1", "item"), TestPng.GradientPng(8, 8, 1));
        await File.WriteAllBytesAsync(Path.Combine(scratch, "5f0c2a"), TestPng.GradientPng(8, 8, 2));

        await using var server = await ServerHost.StartOnAsync(database);

        Assert.True(Directory.Exists(scratch));
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(scratch));
    }
}
