using Vigil.Provenance.Results;

namespace Vigil.Provenance.Pixels;

/// <summary>A detected watermark with the known payload it matched and the colour path it was read through.</summary>
internal sealed record WatermarkDetection(WatermarkResult Result, KnownWatermark Known, DwtDctVariant Variant)
{
    /// <summary>Where the signal was found, for the report.</summary>
    public string Location => Variant switch
    {
        DwtDctVariant.ByteBgr => "pixels U channel (dwtDct, 8-bit YUV)",
        DwtDctVariant.ByteRgb => "pixels U channel (dwtDct, 8-bit YUV, red and blue swapped)",
        DwtDctVariant.FloatBgr => "pixels U channel (dwtDct, float YUV)",
        _ => "pixels U channel (dwtDct, float YUV, red and blue swapped)",
    };
}
