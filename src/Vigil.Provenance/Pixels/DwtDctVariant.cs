namespace Vigil.Provenance.Pixels;

/// <summary>
/// Which U channel the dwtDct decoder reads, i.e. how the embedding pipeline converted colour before marking U.
/// invisible-watermark marks whatever array it is handed: an 8-bit BGR image goes through OpenCV's fixed-point
/// YUV (chroma offset 128), a float32 one through OpenCV's float YUV (chroma offset 0.5 whatever the range), and
/// the two put the quantised coefficients in different places.
/// </summary>
internal enum DwtDctVariant
{
    /// <summary>8-bit BGR, fixed-point YUV: the package's own decoder on an image file; the SD 1.x/2.x scripts.</summary>
    ByteBgr = 0,

    /// <summary>As <see cref="ByteBgr"/> with red and blue swapped (an RGB array handed to the BGR API).</summary>
    ByteRgb = 1,

    /// <summary>float32 BGR holding <c>255 * image</c>, float YUV: Stability generative-models (SDXL) and FLUX.</summary>
    FloatBgr = 2,

    /// <summary>As <see cref="FloatBgr"/> with red and blue swapped.</summary>
    FloatRgb = 3,
}
