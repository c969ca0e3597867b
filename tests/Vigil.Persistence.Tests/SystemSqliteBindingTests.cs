using Microsoft.Data.Sqlite;
using Vigil.Media.Images;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests;

/// <summary>
/// Regression: libvips' modules load the system libsqlite3, and a second, bundled SQLite in the same process
/// crashed it (SIGSEGV inside a COUNT query). The process must hold exactly one SQLite: the system one.
/// </summary>
public sealed class SystemSqliteBindingTests
{
    [Fact]
    public void OpenConnection_AfterLibvipsStarted_UsesTheSystemSqliteOnly()
    {
        using (var image = new ImageDecoder().Decode(PngWriter.Encode(TestImages.Gradient(16, 16), 16, 16, 3)))
        {
            Assert.Equal(16, image.Width);
        }

        // Touch the persistence assembly so its module initialiser binds SQLite before the first call.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(VigilDbContext).Module.ModuleHandle);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from (select 1 union all select 2)";
        Assert.Equal(2L, command.ExecuteScalar());

        var maps = File.ReadAllText("/proc/self/maps");
        Assert.Contains("libsqlite3.so.0", maps, StringComparison.Ordinal);
        Assert.DoesNotContain("libe_sqlite3.so", maps, StringComparison.Ordinal);
    }
}
