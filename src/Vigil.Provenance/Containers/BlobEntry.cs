namespace Vigil.Provenance.Containers;

/// <summary>An embedded binary block (EXIF TIFF, XMP packet, JUMBF store) and where it was found.</summary>
internal sealed record BlobEntry(ReadOnlyMemory<byte> Data, string Location);
