using System.Runtime.InteropServices;

namespace Vigil.Index.Pdq;

/// <summary>
/// One hash in one substring bucket: 96 filter bits copied from the hash (disjoint from the substring) and the
/// hash's position in the store. 16 bytes, so four entries share a cache line and a bucket scans sequentially.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct SegmentEntry(ulong filter64, uint filter32, int position)
{
    public readonly ulong Filter64 = filter64;
    public readonly uint Filter32 = filter32;
    public readonly int Position = position;
}
