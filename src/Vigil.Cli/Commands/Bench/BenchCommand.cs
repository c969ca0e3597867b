using System.CommandLine;

namespace Vigil.Cli.Commands.Bench;

/// <summary>`vigil bench ...`: built-in benchmarks that print their figures and a baseline from the same run.</summary>
public static class BenchCommand
{
    public static Command Create() =>
        new("bench", "Benchmarks (figures for docs/PERFORMANCE.md)") { IndexBenchCommand.Create(), ScanBenchCommand.Create() };
}
