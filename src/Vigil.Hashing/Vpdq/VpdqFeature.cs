using Vigil.Hashing.Pdq;

namespace Vigil.Hashing.Vpdq;

/// <summary>
/// One sampled video frame in a vPDQ hash, as the reference's <c>vpdqFeature</c>: the frame's PDQ hash and
/// quality, its zero-based decode index and its timestamp in seconds (frame number / average frame rate).
/// </summary>
/// <param name="Hash">PDQ hash of the frame, converted to RGB24 at full resolution.</param>
/// <param name="Quality">PDQ quality, 0..100.</param>
/// <param name="FrameNumber">Zero-based index of the frame among all decoded frames.</param>
/// <param name="Timestamp">Seconds from the start, computed as the reference does (see <see cref="VpdqSampling.Timestamp"/>).</param>
public readonly record struct VpdqFeature(PdqHash Hash, int Quality, int FrameNumber, double Timestamp);
