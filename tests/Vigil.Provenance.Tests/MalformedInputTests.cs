using System.Buffers.Binary;
using System.Text;
using Vigil.Provenance.Results;

namespace Vigil.Provenance.Tests;

/// <summary>Regression cases built from the samples: structural corruption is a typed failure, bad optional data a warning.</summary>
public sealed class MalformedInputTests
{
    [Fact]
    public void Inspect_PngCutInsideIdat_KeepsEarlierTextAndReportsTruncation()
    {
        var bytes = File.ReadAllBytes(SampleFiles.Sample("a1111_lora.png"));
        var cut = bytes.AsMemory(0, bytes.Length - 200);

        var r = new ProvenanceInspector().Inspect(cut);

        Assert.Equal(ProvenanceFailureKind.Truncated, r.Failure?.Kind);
        Assert.Equal("AUTOMATIC1111", r.Generator);
        Assert.Equal("9861610ec6", r.Model?.Hash);
    }

    [Fact]
    public void Inspect_JpegWithBadMarker_IsCorrupt()
    {
        var bytes = File.ReadAllBytes(SampleFiles.Sample("control_camera.jpg"));
        bytes[20] = 0x00; // the marker after the 16-byte APP0 segment

        var r = new ProvenanceInspector().Inspect(bytes);

        Assert.Equal(ProvenanceFailureKind.Corrupt, r.Failure?.Kind);
    }

    [Fact]
    public void Inspect_C2paStoreWithBrokenBoxLength_IsPresentMalformedAndWarned()
    {
        var bytes = File.ReadAllBytes(SampleFiles.Sample("c2pa_ai_generated.png"));
        var at = bytes.AsSpan().IndexOf("caBX"u8) + 4;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), 0x7FFFFFF0); // the store's own LBox

        var r = new ProvenanceInspector().Inspect(bytes);

        Assert.True(r.C2pa.Present);
        Assert.Contains("manifest.malformed", r.C2pa.ValidationCodes);
        Assert.Contains(r.Warnings, w => w.StartsWith("jumbf:", StringComparison.Ordinal));
        Assert.Null(r.Failure);
    }

    [Fact]
    public void Inspect_JpegCutInsideTheScan_WarnsThatEoiIsMissing()
    {
        // Regression: a cut after the SOS segment used to pass silently (the scan data is not parsed).
        var bytes = File.ReadAllBytes(SampleFiles.Sample("a1111_exif.jpg"));

        var r = new ProvenanceInspector().Inspect(bytes.AsMemory(0, bytes.Length - 100));

        Assert.Contains(r.Warnings, w => w.StartsWith("jpeg: the file does not end with an EOI marker", StringComparison.Ordinal));
        Assert.Equal("AUTOMATIC1111", r.Generator);
    }

    [Fact]
    public void Inspect_WebpCutAtAChunkBoundary_IsTruncated()
    {
        // Regression: cutting off whole trailing chunks used to pass silently; the RIFF size says what is missing.
        var bytes = File.ReadAllBytes(SampleFiles.Sample("forge_flux.webp"));
        var firstChunkEnd = 12 + 8 + (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16));

        var r = new ProvenanceInspector().Inspect(bytes.AsMemory(0, firstChunkEnd + (firstChunkEnd % 2)));

        Assert.Equal(ProvenanceFailureKind.Truncated, r.Failure?.Kind);
        Assert.StartsWith("webp: RIFF declares", r.Failure?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_WebpWithDataAfterTheRiffChunk_WarnsAndReadsTheChunks()
    {
        byte[] bytes = [.. File.ReadAllBytes(SampleFiles.Sample("forge_flux.webp")), 1, 2, 3];

        var r = new ProvenanceInspector().Inspect(bytes);

        Assert.Null(r.Failure);
        Assert.Contains("webp: 3 bytes after the RIFF chunk ignored", r.Warnings);
        Assert.Equal("Forge", r.Generator);
    }

    [Fact]
    public void Inspect_InfotextWithBrokenHashesJson_WarnsAndKeepsTheRest()
    {
        var text = "a red barn <lora:fieldLight:0.5>\nSteps: 20, Sampler: Euler, Model hash: 0123456789, Model: barnModel, Hashes: {\"model\": \"01\", oops}, Version: v1.10.1";

        var r = new ProvenanceInspector().Inspect(Png(("parameters", text)));

        Assert.Contains(r.Warnings, w => w.Contains("Hashes value", StringComparison.Ordinal));
        Assert.Equal("barnModel", r.Model?.Name);
        Assert.Equal("fieldLight", Assert.Single(r.Loras).Name);
    }

    [Fact]
    public void Inspect_ParametersThatAreNotInfotext_WarnNoAiSignal()
    {
        var r = new ProvenanceInspector().Inspect(Png(("parameters", "just a caption")));

        Assert.False(r.AiSignal);
        Assert.Contains(r.Warnings, w => w.StartsWith("a1111:", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_ComfyUiPromptThatIsNotJson_WarnsNoAiSignal()
    {
        var r = new ProvenanceInspector().Inspect(Png(("prompt", "{not json")));

        Assert.False(r.AiSignal);
        Assert.Contains(r.Warnings, w => w.StartsWith("comfyui:", StringComparison.Ordinal));
    }

    [Fact]
    public void Inspect_UnknownFormat_WarnsAndReportsNothing()
    {
        var r = new ProvenanceInspector().Inspect("GIF89a"u8.ToArray());

        Assert.False(r.AiSignal);
        Assert.Single(r.Warnings);
    }

    [Fact]
    public void Inspect_AlgorithmicMediaXmp_IsNotAi()
    {
        var xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\" Iptc4xmpExt:DigitalSourceType=\"http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia\"/></rdf:RDF></x:xmpmeta>";

        var r = new ProvenanceInspector().Inspect(Png(("XML:com.adobe.xmp", xmp), itxt: true));

        Assert.Equal("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia", r.DigitalSourceType);
        Assert.False(r.AiSignal);
    }

    [Fact]
    public void Inspect_XmpWithDtd_IsRefusedWithAWarning()
    {
        var xmp = "<!DOCTYPE x [<!ENTITY e \"ee\">]><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">&e;</x:xmpmeta>";

        var r = new ProvenanceInspector().Inspect(Png(("XML:com.adobe.xmp", xmp), itxt: true));

        Assert.Contains(r.Warnings, w => w.StartsWith("xmp:", StringComparison.Ordinal));
    }

    // A minimal PNG: signature, IHDR, one text chunk, IEND. CRCs are left zero: the metadata reader does not check them.
    private static byte[] Png((string Key, string Value) text, bool itxt = false)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(ms, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        var body = itxt
            ? [.. Encoding.Latin1.GetBytes(text.Key), 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(text.Value)]
            : Encoding.Latin1.GetBytes(text.Key + "\0" + text.Value);
        Chunk(ms, itxt ? "iTXt" : "tEXt", body);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(MemoryStream ms, string type, byte[] data)
    {
        Span<byte> len = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(len, (uint)data.Length);
        ms.Write(len);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        ms.Write(typeBytes);
        ms.Write(data);
        ms.Write([0, 0, 0, 0]);
    }
}
