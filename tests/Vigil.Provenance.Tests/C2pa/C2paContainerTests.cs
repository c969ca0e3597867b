using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Tests.C2pa;

/// <summary>
/// The shared sample's manifest store (from c2pa_ai_generated.png's caBX chunk) placed where the C2PA spec puts it
/// in other containers: a WebP <c>C2PA</c> chunk (extended format) and, for HEIF/AVIF (ISO BMFF), a top-level
/// <c>uuid</c> box D8FEC3D6-1B0E-483C-9297-5828877EC481 (purpose "manifest", then an 8-byte offset) after
/// <c>ftyp</c>. Discovery and parsing must work there; the store's <c>c2pa.hash.data</c> binds the original PNG, so
/// its hash cannot match these files: the validator must say exactly that and nothing else.
/// </summary>
public sealed class C2paContainerTests
{
    private static readonly byte[] C2paUuid = [0xD8, 0xFE, 0xC3, 0xD6, 0x1B, 0x0E, 0x48, 0x3C, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7E, 0xC4, 0x81];

    public static TheoryData<string> Containers() => ["webp", "avif", "heic"];

    [Theory]
    [MemberData(nameof(Containers))]
    public void Inspect_SharedStoreInContainer_IsFoundParsedAndOnlyTheDataHashFails(string container)
    {
        var file = container == "webp" ? Webp(Store()) : Bmff(container, Store());

        var r = Inspect(file);

        Assert.Null(r.Failure);
        Assert.True(r.C2pa.Present);
        Assert.Equal(container == "webp" ? "webp C2PA" : "bmff uuid", r.C2pa.Container);
        Assert.Equal("SampleImageGen/2.1 provenance-fixtures/1.0", r.C2pa.ClaimGenerator);
        Assert.Equal([new C2paGeneratorInfo("SampleImageGen", "2.1")], r.C2pa.ClaimGeneratorInfo);
        var action = Assert.Single(r.C2pa.Actions);
        Assert.Equal(("c2pa.created", "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", "SampleImageGen 2.1"), (action.Action, action.DigitalSourceType, action.SoftwareAgent));
        Assert.Equal(("ES256", "SampleImageGen Test Signer"), (r.C2pa.SignatureAlgorithm, r.C2pa.Signer));
        Assert.True(r.C2pa.SignatureValid);
        Assert.True(r.C2pa.AssertionHashesValid);
        Assert.True(r.C2pa.Trusted);
        Assert.Equal("c2pa.hash.data", r.C2pa.HardBinding);
        Assert.False(r.C2pa.DataHashValid);
        Assert.Equal(["assertion.dataHash.mismatch"], r.C2pa.ValidationCodes);
        Assert.True(r.AiSignal);
        Assert.All(r.Signals, s => Assert.Equal(SignalStrength.Declared, s.Strength));
    }

    [Fact]
    public void Inspect_WebpWithoutC2paChunk_HasNoC2pa()
    {
        var r = Inspect(Webp(null));

        Assert.False(r.C2pa.Present);
        Assert.Null(r.Failure);
    }

    [Fact]
    public void Inspect_BmffUuidWithOtherPurpose_IsNotAManifest()
    {
        var r = Inspect(Bmff("avif", Store(), purpose: "update"));

        Assert.False(r.C2pa.Present);
    }

    /// <summary>The JUMBF manifest store: the data of c2pa_ai_generated.png's caBX chunk.</summary>
    internal static byte[] Store()
    {
        var png = File.ReadAllBytes(SampleFiles.Sample("c2pa_ai_generated.png"));
        for (var pos = 8; pos + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos));
            if (png.AsSpan(pos + 4, 4).SequenceEqual("caBX"u8))
            {
                return png.AsSpan(pos + 8, length).ToArray();
            }

            pos += 12 + length;
        }

        throw new InvalidOperationException("the sample has no caBX chunk");
    }

    // RIFF/WEBP, extended format: VP8X, a placeholder VP8L chunk of odd length (so its pad byte is exercised; the
    // pixels are never decoded here), then the C2PA chunk.
    private static byte[] Webp(byte[]? store)
    {
        using var body = new MemoryStream();
        body.Write("WEBP"u8);
        Chunk(body, "VP8X", [0, 0, 0, 0, 7, 0, 0, 7, 0, 0]);
        Chunk(body, "VP8L", [0x2F, 0x07, 0xC0, 0x01, 0x00]);
        if (store is not null)
        {
            Chunk(body, "C2PA", store);
        }

        var riff = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)body.Length);
        body.ToArray().CopyTo(riff, 8);
        return riff;
    }

    private static void Chunk(MemoryStream s, string fourcc, byte[] data)
    {
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)data.Length);
        s.Write(Encoding.ASCII.GetBytes(fourcc));
        s.Write(size);
        s.Write(data);
        if (data.Length % 2 == 1)
        {
            s.WriteByte(0);
        }
    }

    // ftyp (avif or heic brands), the C2PA uuid box right after it, a minimal meta box (hdlr 'pict') and an mdat.
    private static byte[] Bmff(string brand, byte[] store, string purpose = "manifest")
    {
        using var s = new MemoryStream();
        var compatible = brand == "avif" ? "avifmif1miaf" : "heicmif1";
        Box(s, "ftyp", [.. Encoding.ASCII.GetBytes(brand), 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(compatible)]);
        Box(s, "uuid", [.. C2paUuid, 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(purpose), 0, 0, 0, 0, 0, 0, 0, 0, 0, .. store]);
        byte[] hdlr = [0, 0, 0, 33, .. "hdlr"u8, 0, 0, 0, 0, 0, 0, 0, 0, .. "pict"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        Box(s, "meta", [0, 0, 0, 0, .. hdlr]);
        Box(s, "mdat", [1, 2, 3, 4, 5, 6, 7, 8]);
        return s.ToArray();
    }

    private static void Box(MemoryStream s, string type, byte[] body)
    {
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)(8 + body.Length));
        s.Write(size);
        s.Write(Encoding.ASCII.GetBytes(type));
        s.Write(body);
    }

    private static ProvenanceReport Inspect(byte[] file)
    {
        var options = new ProvenanceOptions { VerificationTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        options.AddTrustAnchorsFromPem(SampleFiles.Sample("c2pa_test_anchor.pem"));
        return new ProvenanceInspector(options).Inspect(file);
    }
}
