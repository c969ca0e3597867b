namespace Vigil.Provenance.Containers;

/// <summary>One ISO BMFF box found by <see cref="BmffBoxTree"/>.</summary>
/// <param name="Path">Its xpath-style path as C2PA exclusions name it, e.g. <c>/moov/trak/mdia</c>.</param>
/// <param name="Offset">File offset of the box header.</param>
/// <param name="Size">The whole box, header included.</param>
/// <param name="Version">The FullBox version, for boxes read as FullBoxes (<c>meta</c>, the C2PA <c>uuid</c>).</param>
/// <param name="Flags">The FullBox flags (24 bits), as for <paramref name="Version"/>.</param>
/// <param name="IsTopLevel">Whether the box is a direct child of the file.</param>
internal readonly record struct BmffBox(string Path, long Offset, long Size, byte? Version, uint? Flags, bool IsTopLevel);
