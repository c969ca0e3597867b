namespace Vigil.Provenance.Exif;

/// <summary>One EXIF tag's raw value bytes and the IFD it was in (<c>IFD0</c> or <c>ExifIFD</c>).</summary>
internal sealed record ExifEntry(string Ifd, ushort Tag, ushort Type, ReadOnlyMemory<byte> Value);
