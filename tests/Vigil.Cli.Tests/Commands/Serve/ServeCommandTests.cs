using System.Globalization;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands.Serve;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_FreeLoopbackPort_AnswersLiveAndStopsCleanlyOnSigterm()
    {
        using var data = new TempFolder();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}"));
        await using var vigil = ChildProcess.StartDotnet(
            Path.Combine(AppContext.BaseDirectory, "vigil.dll"),
            ["--data", data.Path, "serve", "--urls", address.ToString()],
            new Dictionary<string, string>(StringComparer.Ordinal));

        await vigil.WaitForOkAsync(new Uri(address, "/health/live"), TimeSpan.FromMinutes(3));
        await vigil.WaitForOkAsync(new Uri(address, "/health/ready"), TimeSpan.FromMinutes(1));
        await vigil.TerminateAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, vigil.ExitCode);
        Assert.Contains("one-time password:", vigil.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "vigil.db")));
        Assert.True(File.Exists(Path.Combine(data.Path, "vault.key")));
    }

    [Fact]
    public async Task Serve_ServerBuildMissing_ExitCodeFourNamingThePath()
    {
        // The CLI alone, without the server/ folder its build puts beside it.
        using var install = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(install.Path, Path.GetFileName(file)));
        }

        using var data = new TempFolder();
        await using var vigil = ChildProcess.StartDotnet(
            Path.Combine(install.Path, "vigil.dll"), ["--data", data.Path, "serve"], new Dictionary<string, string>(StringComparer.Ordinal));
        await vigil.WaitForExitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(4, vigil.ExitCode);
        Assert.Contains("the server build is missing", vigil.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(install.Path, "server", "Vigil.Server.dll"), vigil.Output, StringComparison.Ordinal);
    }
}
