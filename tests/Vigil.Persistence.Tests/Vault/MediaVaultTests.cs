using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Vault;
using Vigil.Persistence.Vault;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Vault;

public sealed class MediaVaultTests
{
    private static readonly VaultKeyRing Keys = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task PutAsync_FolderBackendSameBytesTwice_StoresOneCompleteFile()
    {
        using var folder = new TempFolder();
        var store = new FolderVaultBlobStore(folder.Path);
        var vault = new MediaVault(store, Keys);
        var content = RandomNumberGenerator.GetBytes(5000);

        var first = await vault.PutAsync(content, default);
        var second = await vault.PutAsync(content, default);

        Assert.True(first.Stored);
        Assert.False(second.Stored);
        Assert.Equal(SHA256.HashData(content), first.Sha256);
        Assert.Single(store.StoredFiles());
        Assert.Empty(store.TemporaryFiles());
        Assert.Equal(content, await vault.ReadAsync(first.Sha256, default));
    }

    [Fact]
    public async Task PutAsync_FolderBackendConcurrentSameBytes_OneWriterWins()
    {
        using var folder = new TempFolder();
        var store = new FolderVaultBlobStore(folder.Path);
        var vault = new MediaVault(store, Keys);
        var content = RandomNumberGenerator.GetBytes(100_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => vault.PutAsync(content, default))));

        Assert.Single(store.StoredFiles());
        Assert.Empty(store.TemporaryFiles());
        Assert.InRange(results.Count(r => r.Stored), 1, 1);
        Assert.Equal(content, await vault.ReadAsync(results[0].Sha256, default));
    }

    [Fact]
    public void Constructor_StaleTemporaryFile_IsRemoved()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".tmp"));
        File.WriteAllBytes(Path.Combine(folder.Path, ".tmp", "partial"), [1, 2, 3]);

        var store = new FolderVaultBlobStore(folder.Path);

        Assert.Empty(store.TemporaryFiles());
        Assert.Empty(store.StoredFiles());
    }

    [Fact]
    public async Task ReadAsync_FileOnDiskTampered_ThrowsIntegrity()
    {
        using var folder = new TempFolder();
        var store = new FolderVaultBlobStore(folder.Path);
        var vault = new MediaVault(store, Keys);
        var put = await vault.PutAsync(RandomNumberGenerator.GetBytes(300), default);
        var path = Assert.Single(store.StoredFiles());
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^1] ^= 0x80;
        await File.WriteAllBytesAsync(path, bytes);

        await Assert.ThrowsAsync<VaultIntegrityException>(() => vault.ReadAsync(put.Sha256, default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PutAsync_DatabaseBackend_StoresOnceEncrypted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var vault = new MediaVault(new DatabaseVaultBlobStore(database.ContextFactory, TimeProvider.System), Keys);
        var content = "plain benign bytes for the database vault"u8.ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => vault.PutAsync(content, default)));

        Assert.Equal(1, results.Count(r => r.Stored));
        await using var context = database.CreateContext();
        var blob = await context.VaultBlobs.SingleAsync();
        Assert.Equal(-1, blob.Content.AsSpan().IndexOf("benign"u8));
        Assert.Equal(content, await vault.ReadAsync(results[0].Sha256, default));
        Assert.Null(await vault.ReadAsync(new byte[32], default));
    }
}
