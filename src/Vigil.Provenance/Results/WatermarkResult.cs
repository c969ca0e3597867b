namespace Vigil.Provenance.Results;

/// <summary>An invisible watermark decoded from pixels.</summary>
/// <param name="Scheme">The scheme, e.g. <c>invisible-watermark dwtDct</c>.</param>
/// <param name="PayloadHex">The decoded payload bits as lowercase hex (most significant bit first).</param>
/// <param name="BitsMatched">How many payload bits equal the known payload it was matched to.</param>
/// <param name="PayloadBits">The payload length in bits.</param>
/// <param name="Meaning">Which generator the known payload belongs to.</param>
public sealed record WatermarkResult(string Scheme, string PayloadHex, int BitsMatched, int PayloadBits, string Meaning);
