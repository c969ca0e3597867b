using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Infrastructure;

namespace Vigil.Cli.Commands.Bench;

/// <summary>
/// `vigil bench index --hashes N --queries Q --radius R`: index against brute force in one run. The last line is
/// machine-readable: <c>recall=R p50_index_ms=X p50_brute_ms=Y speedup=Z</c>.
/// </summary>
public static class IndexBenchCommand
{
    public static Command Create()
    {
        var hashes = new Option<int>("--hashes") { Description = "Random hashes in the index (0..200000000)", DefaultValueFactory = _ => 1_000_000 };
        var queries = new Option<int>("--queries") { Description = "Queries, each with one planted near-duplicate (1..1000000)", DefaultValueFactory = _ => 1000 };
        var radius = new Option<int>("--radius") { Description = "Search radius in bits (0..64)", DefaultValueFactory = _ => 31 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the run is reproducible)", DefaultValueFactory = _ => 20261121 };
        AddRange(hashes, 0, 200_000_000);
        AddRange(queries, 1, 1_000_000);
        AddRange(radius, 0, 64);

        var command = new Command("index", "PDQ index vs brute force: build time, memory, recall, p50/p99 per query") { hashes, queries, radius, seed };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(hashes), parseResult.GetValue(queries), parseResult.GetValue(radius), parseResult.GetValue(seed)));
        return command;
    }

    private static int Run(int hashes, int queries, int radius, int seed)
    {
        var output = Console.Out;
        var error = Console.Error;
        var result = IndexBenchmark.Run(hashes, queries, radius, seed, line => error.WriteLine(line));
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"index: {result.Hashes} random + {result.Queries} planted hashes, radius {result.Radius}, {result.Queries} queries, kernel {result.Kernel}, {Environment.ProcessorCount} cores"));
        output.WriteLine(string.Create(c, $"build: {result.Build.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(c, $"memory: index arrays {result.IndexBytes / 1048576.0:F0} MiB, managed heap growth {result.HeapGrowthBytes / 1048576.0:F0} MiB"));
        output.WriteLine(string.Create(c, $"recall: {result.Recall:F6} ({result.Found}/{result.Expected} brute-force matches; planted found at their known distance {result.PlantedFound}/{result.Queries})"));
        output.WriteLine(string.Create(c, $"index per query (one thread): p50 {result.IndexP50Ms:F4} ms, p99 {result.IndexP99Ms:F4} ms"));
        output.WriteLine(string.Create(c, $"brute force per query (one thread, {result.Kernel} scan): p50 {result.BruteP50Ms:F3} ms, p99 {result.BruteP99Ms:F3} ms"));
        output.WriteLine(string.Create(c, $"speedup (brute p50 / index p50): {result.Speedup:F1}x; p99 ratio {result.BruteP99Ms / result.IndexP99Ms:F1}x"));
        output.WriteLine(string.Create(c, $"recall={result.Recall:0.######} p50_index_ms={result.IndexP50Ms:0.####} p50_brute_ms={result.BruteP50Ms:0.###} speedup={result.Speedup:0.#}"));
        return result.Recall == 1 && result.PlantedFound == result.Queries ? ExitCodes.Success : ExitCodes.PartialFailure;
    }

    private static void AddRange(Option<int> option, int min, int max) =>
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < min || r.GetValueOrDefault<int>() > max)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be {min}..{max}."));
            }
        });
}
