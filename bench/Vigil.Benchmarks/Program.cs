using BenchmarkDotNet.Running;
using Vigil.Benchmarks.Hashing;

// dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Index*' (or *DecodeAndPdq*, *Provenance*) [--inProcess]
// dotnet run -c Release --project bench/Vigil.Benchmarks -- quick-pdq 4000x3000
if (args is ["quick-pdq", ..])
{
    QuickPdqTiming.Run(args.Length > 1 ? args[1] : "4000x3000");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DecodeAndPdqBenchmarks).Assembly).Run(args);
