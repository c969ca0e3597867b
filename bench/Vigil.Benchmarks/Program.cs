using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Vigil.Benchmarks.Hashing;

// dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Index*' (or *DecodeAndPdq*, *Provenance*) [--inProcess]
// dotnet run -c Release --project bench/Vigil.Benchmarks -- quick-pdq 4000x3000
if (args is ["quick-pdq", ..])
{
    QuickPdqTiming.Run(args.Length > 1 ? args[1] : "4000x3000");
    return;
}

// The build timeout is raised from BenchmarkDotNet's 2 minutes: the shared 2-core machine builds slower than that.
BenchmarkSwitcher.FromAssembly(typeof(DecodeAndPdqBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
