using System.Buffers.Binary;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Tests;

public sealed class BmffHashTests
{
    // dashinit.mp4 (c2pa-rs fixture): ftyp(0, 24) mfra(24, 314) free(338, 69) uuid C2PA(407, 3591) moov(3998, 767);
    // its c2pa.hash.bmff.v2 excludes /ftyp, the C2PA /uuid (matched by its uuid at offset 8) and /mfra.
    private const long MfraOffset = 24;
    private const long FreeOffset = 338;
    private const long MoovOffset = 3998;

    [Fact]
    public void Inspect_DashInit_InitSegmentHashMatches()
    {
        var r = SampleFiles.Inspect(SampleFiles.C2paRs("dashinit.mp4"));

        Assert.Equal("c2pa.hash.bmff.v2", r.C2pa.HardBinding);
        Assert.True(r.C2pa.DataHashValid);
        Assert.True(r.C2pa.SignatureValid);
        Assert.True(r.C2pa.Verified);
        Assert.DoesNotContain("assertion.bmffHash.mismatch", r.C2pa.ValidationCodes);
    }

    [Theory]
    [InlineData(MoovOffset + 40)]
    [InlineData(FreeOffset + 12)]
    public void Inspect_DashInitWithAHashedByteChanged_ReportsBmffHashMismatch(long offset)
    {
        var file = Copy();
        file[offset] ^= 0x01;

        var r = Inspect(file);

        Assert.True(r.C2pa.Present);
        Assert.False(r.C2pa.DataHashValid);
        Assert.Contains("assertion.bmffHash.mismatch", r.C2pa.ValidationCodes);
        Assert.True(r.C2pa.SignatureValid);
        Assert.False(r.C2pa.Verified);
        Assert.DoesNotContain(r.Signals, s => s.Strength == SignalStrength.CryptographicallyVerified);
    }

    [Fact]
    public void Inspect_DashInitWithAnExcludedByteChanged_StillMatches()
    {
        var file = Copy();
        file[MfraOffset + 20] ^= 0xFF;

        Assert.True(Inspect(file).C2pa.DataHashValid);
    }

    [Fact]
    public void Inspect_DashInitWithTwoBoxesSwapped_ReportsBmffHashMismatch()
    {
        // Same bytes in another order: only the top-level offsets hashed from v2 on can tell.
        var original = Copy();
        var free = original.AsSpan((int)FreeOffset, 69).ToArray();
        var uuid = original.AsSpan(407, 3591).ToArray();
        var file = original.ToArray();
        uuid.CopyTo(file.AsSpan((int)FreeOffset));
        free.CopyTo(file.AsSpan((int)FreeOffset + uuid.Length));

        var r = Inspect(file);

        Assert.True(r.C2pa.Present);
        Assert.False(r.C2pa.DataHashValid);
    }

    [Fact]
    public void Inspect_DashInitWithABoxSizeBeyondTheFile_ReportsMalformedHashNotACrash()
    {
        var file = Copy();
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan((int)MoovOffset), 0x7FFF_FFF0);

        var r = Inspect(file);

        Assert.NotEqual(true, r.C2pa.DataHashValid);
    }

    private static ProvenanceReport Inspect(byte[] file) => new ProvenanceInspector().Inspect(file);

    private static byte[] Copy() => File.ReadAllBytes(SampleFiles.C2paRs("dashinit.mp4"));
}
