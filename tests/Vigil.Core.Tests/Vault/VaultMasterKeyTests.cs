using Vigil.Core.Vault;
using Vigil.TestSupport;

namespace Vigil.Core.Tests.Vault;

public sealed class VaultMasterKeyTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Load_NoKeyFile_CreatesOwnerOnlyFileAndReusesIt()
    {
        using var folder = new TempFolder();
        var options = new VaultOptions { KeyFile = folder.File("vault.key") };

        var first = VaultMasterKey.Load(options);
        var second = VaultMasterKey.Load(options);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(options.KeyFile));
    }

    [Fact]
    public void Load_ConfiguredKey_WinsOverFile()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        var loaded = VaultMasterKey.Load(new VaultOptions { MasterKey = Convert.ToBase64String(key), KeyFile = "/nonexistent/vault.key" });

        Assert.Equal(key, loaded);
    }

    [Fact]
    public void Load_ShortConfiguredKey_FailsNamingTheKey()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => VaultMasterKey.Load(new VaultOptions { MasterKey = Convert.ToBase64String(new byte[16]) }));

        Assert.Contains("Vigil:Vault:MasterKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("16 bytes", ex.Message, StringComparison.Ordinal);
    }
}
