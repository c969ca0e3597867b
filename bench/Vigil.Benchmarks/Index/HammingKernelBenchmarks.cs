using BenchmarkDotNet.Attributes;
using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;

namespace Vigil.Benchmarks.Index;

/// <summary>Distances from one query to 65,536 hashes: each supported vector path against the scalar oracle.</summary>
[ShortRunJob]
public class HammingKernelBenchmarks
{
    private const int Hashes = 65_536;
    private readonly ushort[] _distances = new ushort[Hashes];
    private ulong[] _words = [];
    private PdqHash _query;

    [ParamsSource(nameof(Paths))]
    public HammingPath Path { get; set; }

    public static IEnumerable<HammingPath> Paths => Enum.GetValues<HammingPath>().Where(HammingKernel.IsSupported);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(8);
        _words = new ulong[Hashes * 4];
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] = (ulong)random.NextInt64();
        }

        _query = new PdqHash(1, 2, 3, 4);
    }

    [Benchmark]
    public ushort Distances()
    {
        if (Path == HammingPath.Scalar)
        {
            HammingKernel.DistancesScalar(_words, _query, _distances);
        }
        else
        {
            HammingKernel.Distances(_words, _query, _distances, Path);
        }

        return _distances[^1];
    }
}
