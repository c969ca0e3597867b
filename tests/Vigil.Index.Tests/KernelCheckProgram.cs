using System.Globalization;
using System.Runtime.Intrinsics.X86;
using Vigil.Index.Hamming;

namespace Vigil.Index.Tests;

/// <summary>
/// Entry point for the child process started by <see cref="Hamming.HammingKernelIntrinsicsTests"/>: compares
/// the dispatched kernel and every supported path with the scalar oracle under whatever intrinsics the
/// environment left enabled, prints what it found and exits 0 only when all agree.
/// </summary>
public static class KernelCheckProgram
{
    public static int Main(string[] args)
    {
        if (args is not ["kernel-check"])
        {
            return 2;
        }

        var random = new Random(20261121);
        var mismatches = 0;
        foreach (var count in new[] { 0, 1, 3, 4, 7, 8, 9, 31, 64, 257, 1000 })
        {
            var words = new ulong[count * 4];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
            }

            var query = RandomHashes.Next(random);
            var expected = new ushort[count];
            HammingKernel.DistancesScalar(words, query, expected);
            var actual = new ushort[count];
            HammingKernel.Distances(words, query, actual);
            mismatches += expected.AsSpan().SequenceEqual(actual) ? 0 : 1;
            foreach (var path in Enum.GetValues<HammingPath>().Where(HammingKernel.IsSupported))
            {
                Array.Clear(actual);
                HammingKernel.Distances(words, query, actual, path);
                mismatches += expected.AsSpan().SequenceEqual(actual) ? 0 : 1;
            }
        }

        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"path={HammingKernel.BestPath} avx512bw={Avx512BW.IsSupported} avx2={Avx2.IsSupported} ssse3={Ssse3.IsSupported} mismatches={mismatches}"));
        return mismatches == 0 ? 0 : 1;
    }
}
