namespace Vigil.Provenance.Pixels;

/// <summary>A watermark payload a generator is known to embed.</summary>
/// <param name="PayloadHex">The payload as a hexadecimal number (its low <paramref name="Bits"/> bits are embedded, most significant first).</param>
/// <param name="Bits">How many bits the generator embeds.</param>
/// <param name="Generator">The generator to report.</param>
/// <param name="Meaning">What the payload means, as reported.</param>
internal sealed record KnownWatermark(string PayloadHex, int Bits, string Generator, string Meaning);
