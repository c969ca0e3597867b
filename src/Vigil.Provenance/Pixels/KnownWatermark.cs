namespace Vigil.Provenance.Pixels;

/// <summary>A watermark payload a generator is known to embed.</summary>
internal sealed record KnownWatermark(string PayloadHex, int Bits, string Generator, string Meaning);
