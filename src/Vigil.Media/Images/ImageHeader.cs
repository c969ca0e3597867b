namespace Vigil.Media.Images;

/// <summary>What an image's header says, read without decoding pixels.</summary>
/// <param name="Format">Container format (jpeg, png, webp, gif, tiff, heif, ...).</param>
/// <param name="Width">Declared width.</param>
/// <param name="Height">Declared height.</param>
/// <param name="Bands">Declared bands.</param>
/// <param name="Pages">Frames or pages (1 for a still image).</param>
public sealed record ImageHeader(string Format, int Width, int Height, int Bands, int Pages);
