using System.Diagnostics;
using Vigil.Index.Hamming;

namespace Vigil.Index.Tests.Hamming;

/// <summary>
/// Runs this test assembly as a child process (<see cref="KernelCheckProgram"/>) with hardware intrinsics
/// switched off through the runtime's environment switches, so the fallback paths are exercised on a machine
/// that has AVX-512.
/// </summary>
public sealed class HammingKernelIntrinsicsTests
{
    [Theory]
    [InlineData("DOTNET_EnableAVX512", new[] { HammingPath.Vector256, HammingPath.Vector128, HammingPath.Scalar })]
    [InlineData("DOTNET_EnableAVX2", new[] { HammingPath.Vector128, HammingPath.Scalar })]
    [InlineData("DOTNET_EnableHWIntrinsic", new[] { HammingPath.Scalar })]
    public async Task KernelCheck_IntrinsicsSwitchedOff_AgreesWithScalarOnFallbackPath(string variable, HammingPath[] allowedPaths)
    {
        var (exitCode, output) = await RunChildAsync(variable);

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output}");
        Assert.Contains("mismatches=0", output, StringComparison.Ordinal);
        Assert.Contains(allowedPaths, p => output.Contains($"path={p} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KernelCheck_DefaultEnvironment_UsesBestPathOfThisProcess()
    {
        var (exitCode, output) = await RunChildAsync(null);

        Assert.True(exitCode == 0, $"child exited {exitCode}: {output}");
        Assert.Contains($"path={HammingKernel.BestPath} ", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunChildAsync(string? disabledVariable)
    {
        var assembly = typeof(KernelCheckProgram).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("kernel-check");
        foreach (var name in new[] { "DOTNET_EnableAVX512", "DOTNET_EnableAVX512F", "DOTNET_EnableAVX2", "DOTNET_EnableHWIntrinsic" })
        {
            start.Environment.Remove(name);
        }

        if (disabledVariable is not null)
        {
            start.Environment[disabledVariable] = "0";
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
