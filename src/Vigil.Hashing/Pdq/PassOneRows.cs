using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vigil.Hashing.Pdq;

/// <summary>
/// Pass 1 of the Jarosz filter along rows, produced on demand eight rows at a time (luma straight from the pixels,
/// transposed into lanes, box-filtered, transposed back) into a ring of rows. The ring is deep enough for the
/// column pass that reads it: that pass needs rows ri - window .. ri alive, and production writes eight rows ahead.
/// </summary>
internal sealed class PassOneRows
{
    private readonly PixelFormat _format;
    private readonly int _window;
    private readonly int _capacity;
    private readonly float[] _ring;
    private readonly float[] _luma;
    private readonly Vector256<float>[] _strip;
    private readonly Vector256<float>[] _filtered;
    private int _produced;

    public PassOneRows(PixelFormat format, int windowAlongRows, int windowAlongCols)
    {
        _format = format;
        _window = windowAlongRows;

        // A multiple of eight so a strip never wraps, and more than window + 7 so no live row is overwritten.
        _capacity = (windowAlongCols + 8 + 7) / 8 * 8;
        _ring = new float[_capacity * format.Width];
        _luma = new float[8 * format.Width];
        _strip = new Vector256<float>[format.Width];
        _filtered = new Vector256<float>[format.Width];
    }

    /// <summary>Row <paramref name="row"/> of pass 1's row filter; rows must be asked for in non-decreasing order.</summary>
    public ReadOnlySpan<float> Row(ReadOnlySpan<byte> pixels, int row)
    {
        while (row >= _produced)
        {
            ProduceNext(pixels);
        }

        var cols = _format.Width;
        return _ring.AsSpan(row % _capacity * cols, cols);
    }

    private void ProduceNext(ReadOnlySpan<byte> pixels)
    {
        var cols = _format.Width;
        var bands = _format.Bands;
        if (_produced + 8 <= _format.Height)
        {
            for (var lane = 0; lane < 8; lane++)
            {
                Luma.FillRow(pixels.Slice((_produced + lane) * _format.Stride, cols * bands), bands, _luma.AsSpan(lane * cols, cols));
            }

            JaroszFilter.Gather(_luma, cols, 0, _strip);
            JaroszFilter.Box1D(_strip, _filtered, cols, _window);
            Scatter(_ring.AsSpan(_produced % _capacity * cols, 8 * cols), cols);
            _produced += 8;
            return;
        }

        var line = _luma.AsSpan(0, cols);
        Luma.FillRow(pixels.Slice(_produced * _format.Stride, cols * bands), bands, line);
        JaroszFilter.Box1D(line, _ring.AsSpan(_produced % _capacity * cols, cols), cols, _window);
        _produced++;
    }

    private void Scatter(Span<float> output, int cols)
    {
        ref var origin = ref MemoryMarshal.GetReference(output);
        var x = 0;
        for (; x + 8 <= cols; x += 8)
        {
            Transpose.StoreRows(_filtered.AsSpan(x, 8), ref Unsafe.Add(ref origin, x), (nuint)cols);
        }

        for (; x < cols; x++)
        {
            for (var lane = 0; lane < 8; lane++)
            {
                output[(lane * cols) + x] = _filtered[x].GetElement(lane);
            }
        }
    }
}
