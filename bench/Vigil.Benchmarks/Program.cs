using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Vigil.Benchmarks.Hashing;

// dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Index*' (or *DecodeAndPdq*, *Provenance*) [--inProcess]
// dotnet run -c Release --project bench/Vigil.Benchmarks -- quick-pdq 4000x3000 [ITERATIONS]
if (args is ["quick-pdq", ..])
{
    QuickPdqTiming.Run(
        args.Length > 1 ? args[1] : "4000x3000",
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60);
    return;
}

// dotnet run -c Release --project bench/Vigil.Benchmarks -- intake SERVER_DLL sqlite|postgresql [REPORTS] [CLIENTS] (bench/intake/run.sh)
if (args is ["intake", var serverDll, var provider, ..])
{
    await Vigil.Benchmarks.Intake.IntakeBenchmark.RunAsync(
        serverDll,
        Enum.Parse<Vigil.Persistence.DatabaseProvider>(provider, ignoreCase: true),
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 300,
        args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 4);
    return;
}

// The build timeout is raised from BenchmarkDotNet's 2 minutes: the shared 2-core machine builds slower than that.
BenchmarkSwitcher.FromAssembly(typeof(DecodeAndPdqBenchmarks).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
