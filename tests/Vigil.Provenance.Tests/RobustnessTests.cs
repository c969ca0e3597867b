using System.Buffers.Binary;
using Vigil.TestSupport;

namespace Vigil.Provenance.Tests;

/// <summary>
/// Fuzz-style robustness: truncated and bit-flipped copies of every shared sample must never throw, hang or
/// allocate past a cap (<see cref="FuzzRun"/>), and every truncation a reader can provably see must show as a
/// failure or a warning. Seeds are fixed, so a failure reproduces; each failing case becomes a regression test.
/// </summary>
public sealed class RobustnessTests
{
    public static IEnumerable<object[]> AllFiles()
    {
        foreach (var folder in new[] { "samples", "c2pa-rs" })
        {
            foreach (var f in Directory.GetFiles(SharedData.PathOf("provenance", folder)).Order(StringComparer.Ordinal))
            {
                if (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".pem", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
                {
                    continue;
                }

                yield return [folder, Path.GetFileName(f)];
            }
        }
    }

    /// <summary>
    /// Which cuts lose structure that is provably visible. PNG must end with a complete IEND chunk, WebP's RIFF
    /// header states the file length, and a JPEG scan cannot contain FF D9 (byte stuffing), so a JPEG cut is visible
    /// unless it ends right after an EOI. ISO BMFF has no overall length: a cut at a top-level box boundary leaves
    /// a well-formed shorter file, and only a C2PA hard binding (when its store survived the cut) can notice.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task Inspect_TruncatedCopies_ReportEveryVisibleLoss(string folder, string name)
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("provenance", folder, name));
        var inspector = Inspector();
        var boxes = IsBmff(bytes) ? TopLevelBoxes(bytes) : [];
        var cuts = new SortedSet<int> { 0, 1, 2, 7, 8, 12, 16, 33, 100, bytes.Length - 1 };
        for (var i = 1; i < 40; i++)
        {
            cuts.Add((int)((long)bytes.Length * i / 40));
        }

        // Structure boundaries are where a lazy reader would see a clean end.
        cuts.UnionWith(Boundaries(bytes));
        foreach (var cut in cuts.Where(c => c >= 0 && c < bytes.Length))
        {
            var report = await FuzzRun.InspectAsync(inspector, bytes.AsMemory(0, cut));
            var boundary = boxes.FirstOrDefault(b => b.End == cut);
            if (boundary != default)
            {
                var store = boxes.FirstOrDefault(b => b.Type == "uuid" && b.End <= cut);
                if (store != default && report.C2pa.Present)
                {
                    Assert.False(report.C2pa.DataHashValid, $"cut at box boundary {cut} kept the manifest but the hash still matched");
                }

                continue;
            }

            if (IsJpeg(bytes) && cut >= 2 && bytes[cut - 2] == 0xFF && bytes[cut - 1] == 0xD9)
            {
                continue;
            }

            Assert.True(report.Failure is not null || report.Warnings.Count > 0, $"cut at {cut} of {bytes.Length} reported neither failure nor warning");
        }
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task Inspect_BitFlippedCopies_NeverThrowHangOrOverAllocate(string folder, string name)
    {
        var original = File.ReadAllBytes(SharedData.PathOf("provenance", folder, name));
        var inspector = Inspector();
        var random = new Random(name.Length * 7919);
        for (var round = 0; round < 60; round++)
        {
            var copy = (byte[])original.Clone();

            // Half the rounds flip inside the first 8 KiB, where the headers and manifests are.
            var span = round % 2 == 0 ? Math.Min(copy.Length, 8192) : copy.Length;
            for (var k = random.Next(1, 9); k > 0; k--)
            {
                copy[random.Next(span)] ^= (byte)(1 << random.Next(8));
            }

            await FuzzRun.InspectAsync(inspector, copy);
        }
    }

    private static ProvenanceInspector Inspector()
    {
        var options = new ProvenanceOptions();
        options.AddTrustAnchorsFromPem(SampleFiles.Sample("c2pa_test_anchor.pem"));
        return new ProvenanceInspector(options);
    }

    private static bool IsJpeg(byte[] f) => f.Length > 2 && f[0] == 0xFF && f[1] == 0xD8;

    private static bool IsBmff(byte[] f) => f.Length >= 12 && f.AsSpan(4, 4).SequenceEqual("ftyp"u8);

    // Where chunks, segments or boxes end, walked independently of the readers under test.
    private static List<int> Boundaries(byte[] f)
    {
        var ends = new List<int>();
        if (f.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            for (var pos = 8; pos + 12 <= f.Length; pos += 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(pos)))
            {
                ends.Add(pos + 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(pos)));
            }
        }
        else if (f.AsSpan().StartsWith("RIFF"u8))
        {
            for (var pos = 12; pos + 8 <= f.Length;)
            {
                var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(f.AsSpan(pos + 4));
                pos += 8 + size + (size & 1);
                ends.Add(pos);
            }
        }
        else if (IsJpeg(f))
        {
            for (var pos = 2; pos + 4 <= f.Length && f[pos] == 0xFF && f[pos + 1] != 0xDA;)
            {
                pos += 2 + BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(pos + 2));
                ends.Add(pos);
            }
        }
        else if (IsBmff(f))
        {
            ends.AddRange(TopLevelBoxes(f).Select(b => b.End));
        }

        return ends;
    }

    private static List<(string Type, int End)> TopLevelBoxes(byte[] f)
    {
        var boxes = new List<(string, int)>();
        for (var pos = 0; pos + 8 <= f.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(pos));
            if (size < 8)
            {
                break; // the shared files use neither 64-bit nor to-end sizes
            }

            pos += size;
            boxes.Add((System.Text.Encoding.ASCII.GetString(f, pos - size + 4, 4), pos));
        }

        return boxes;
    }
}
