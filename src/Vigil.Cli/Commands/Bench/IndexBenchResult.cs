using Vigil.Index.Hamming;

namespace Vigil.Cli.Commands.Bench;

/// <summary>The figures of one `vigil bench index` run.</summary>
public sealed record IndexBenchResult(
    int Hashes,
    int Queries,
    int Radius,
    HammingPath Kernel,
    TimeSpan Build,
    long IndexBytes,
    long HeapGrowthBytes,
    long Expected,
    long Found,
    int PlantedFound,
    double IndexP50Ms,
    double IndexP99Ms,
    double BruteP50Ms,
    double BruteP99Ms)
{
    /// <summary>Found over expected matches (1 when there were none to find).</summary>
    public double Recall => Expected == 0 ? 1 : Found / (double)Expected;

    public double Speedup => IndexP50Ms > 0 ? BruteP50Ms / IndexP50Ms : double.PositiveInfinity;
}
