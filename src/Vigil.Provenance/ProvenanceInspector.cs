using Vigil.Provenance.C2pa;
using Vigil.Provenance.Containers;
using Vigil.Provenance.Generators;
using Vigil.Provenance.Metadata;
using Vigil.Provenance.Pixels;
using Vigil.Provenance.Results;

namespace Vigil.Provenance;

/// <summary>
/// Reads AI-provenance evidence from an image or video file: C2PA (validated offline), IPTC/XMP, generator
/// metadata and, when pixels are supplied, alpha-channel stealth data and the dwtDct watermark. Never throws
/// for bad file content: malformed optional data becomes a warning, structural corruption a
/// <see cref="ProvenanceReport.Failure"/>. Thread-safe.
/// </summary>
public sealed class ProvenanceInspector
{
    private readonly ProvenanceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an inspector.</summary>
    /// <param name="options">Trust anchors and reader switches; defaults when null.</param>
    /// <param name="time">The clock for certificate validity; the system clock when null.</param>
    public ProvenanceInspector(ProvenanceOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new ProvenanceOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Inspects a file's bytes (and optionally its decoded pixels).</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="path">The path to report (not opened), or null.</param>
    /// <param name="pixels">Decoded pixels for the stealth and watermark readers, or null to skip them.</param>
    public ProvenanceReport Inspect(ReadOnlyMemory<byte> file, string? path = null, PixelBuffer? pixels = null)
    {
        var report = new ProvenanceReport { Path = path };
        if (file.Length > ProvenanceLimits.MaxFileBytes)
        {
            report.Failure = new ProvenanceFailure(ProvenanceFailureKind.LimitExceeded, $"file of {file.Length} bytes exceeds the cap");
            return report;
        }

        var meta = new FileMetadata(report);
        ReadContainer(file, meta);

        // Order matters for the "first declaration wins" fields: C2PA first, then XMP, then tool metadata.
        if (meta.ManifestStore is { } store)
        {
            C2paReader.Read(store, file.Span, _options, _time.GetUtcNow(), report);
        }

        foreach (var xmp in meta.Xmp)
        {
            XmpReader.Read(xmp, report);
        }

        TextMetadataInterpreter.Interpret(meta.Texts, report);
        foreach (var exif in meta.Exif)
        {
            ExifInterpreter.Interpret(exif, report);
        }

        if (pixels is not null && _options.ReadPixels)
        {
            ReadPixels(pixels, report);
        }

        return report;
    }

    private static void ReadContainer(ReadOnlyMemory<byte> file, FileMetadata meta)
    {
        var s = file.Span;
        if (s.StartsWith(PngReader.Signature))
        {
            PngReader.Read(file, meta);
        }
        else if (s.Length >= 3 && s[0] == 0xFF && s[1] == 0xD8 && s[2] == 0xFF)
        {
            JpegReader.Read(file, meta);
        }
        else if (WebpReader.IsWebp(s))
        {
            WebpReader.Read(file, meta);
        }
        else if (BmffReader.IsBmff(s))
        {
            BmffReader.Read(file, meta);
        }
        else
        {
            meta.Report.Warn("format: not a PNG, JPEG, WebP or ISO BMFF file; no metadata read");
        }
    }

    private static void ReadPixels(PixelBuffer pixels, ProvenanceReport report)
    {
        var warnings = new List<string>();
        if (StealthPngInfoReader.Read(pixels, warnings) is var (text, magic))
        {
            var location = $"pixels {(magic.StartsWith("stealth_rgb", StringComparison.Ordinal) ? "RGB" : "alpha")} LSB '{magic}'";
            report.AddSignal("stealth_pnginfo", location, text, SignalStrength.Declared, true);
            StealthPayloadInterpreter.Interpret(text, location, report);
        }

        foreach (var w in warnings)
        {
            report.Warn(w);
        }

        if (WatermarkDetector.Detect(pixels) is { } wm)
        {
            report.InvisibleWatermark = wm.Result;
            report.Generator ??= wm.Known.Generator;
            report.AddSignal("invisible_watermark", wm.Location, wm.Result.PayloadHex, SignalStrength.Hint, true);
        }
    }
}
