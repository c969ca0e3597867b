using System.Runtime.Intrinsics;

namespace Vigil.Hashing.Pdq;

/// <summary>
/// Pass 2 of the Jarosz filter along rows, fed one finished row at a time by pass 1's column filter (which writes
/// straight into <see cref="NextRow"/>). Rows are filtered eight at a time (one per lane) and only the 64 columns
/// that decimation samples are kept, transposed into column blocks: block b holds, for every row, the vector of
/// sampled columns 8b..8b+7 (lane = column), so pass 2's column filter runs eight columns per vector.
/// </summary>
internal sealed class PassTwoRows
{
    private readonly int _rows;
    private readonly int _cols;
    private readonly int _window;
    private readonly int[] _sampleCols;
    private readonly float[] _pending;
    private readonly Vector256<float>[] _strip;
    private readonly Vector256<float>[] _sampled = new Vector256<float>[64];
    private readonly Vector256<float>[] _blocks;
    private readonly float[] _line;
    private int _received;
    private int _done;

    public PassTwoRows(int rows, int cols, int windowAlongRows, int[] sampleCols)
    {
        _rows = rows;
        _cols = cols;
        _window = windowAlongRows;
        _sampleCols = sampleCols;
        _pending = new float[8 * cols];
        _strip = new Vector256<float>[cols];
        _line = new float[cols];
        _blocks = new Vector256<float>[8 * rows];
    }

    /// <summary>Where the next input row is to be written; <see cref="Commit"/> takes it.</summary>
    public Span<float> NextRow => _pending.AsSpan((_received - _done) * _cols, _cols);

    /// <summary>Column block <paramref name="block"/> (sampled columns 8 * block .. + 7), one vector per row.</summary>
    public ReadOnlySpan<Vector256<float>> Block(int block) => _blocks.AsSpan(block * _rows, _rows);

    /// <summary>Takes the row written into <see cref="NextRow"/>; every eighth row filters the strip.</summary>
    public void Commit()
    {
        _received++;
        if (_received - _done < 8)
        {
            return;
        }

        JaroszFilter.Gather(_pending, _cols, 0, _strip);
        JaroszFilter.Box1DSampled(_strip, _cols, _window, _sampleCols, _sampled);

        // _sampled[j] holds sampled column j of the strip's eight rows (lane = row); transposing each group of
        // eight columns gives, per row, the vector of those columns (lane = column).
        for (var block = 0; block < 8; block++)
        {
            var group = _sampled.AsSpan(block * 8, 8);
            Transpose.InPlace(group);
            group.CopyTo(_blocks.AsSpan((block * _rows) + _done, 8));
        }

        _done += 8;
    }

    /// <summary>Filters the last rows that did not fill a strip of eight.</summary>
    public void Finish()
    {
        for (var lane = 0; _done < _received; lane++, _done++)
        {
            JaroszFilter.Box1D(_pending.AsSpan(lane * _cols, _cols), _line, _cols, _window);
            for (var block = 0; block < 8; block++)
            {
                var v = Vector256<float>.Zero;
                for (var k = 0; k < 8; k++)
                {
                    v = v.WithElement(k, _line[_sampleCols[(block * 8) + k]]);
                }

                _blocks[(block * _rows) + _done] = v;
            }
        }
    }
}
