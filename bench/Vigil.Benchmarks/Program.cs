using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Index*'`: pick benchmarks by filter.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
