using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Index*'`: pick benchmarks by filter.
// The build timeout is raised from BenchmarkDotNet's 2 minutes: the shared 2-core machine builds slower.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
