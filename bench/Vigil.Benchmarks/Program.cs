using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*Provenance*'`: one class per capability folder.
BenchmarkSwitcher.FromAssembly(typeof(Vigil.Benchmarks.Provenance.ProvenanceInspectBenchmarks).Assembly).Run(args);
