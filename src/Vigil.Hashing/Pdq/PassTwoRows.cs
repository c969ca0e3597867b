using System.Runtime.Intrinsics;

namespace Vigil.Hashing.Pdq;

/// <summary>
/// Pass 2 of the Jarosz filter along rows, fed one finished row at a time by pass 1's column filter. Rows are
/// filtered eight at a time (one per lane) and only the 64 columns that decimation samples are kept, in
/// <see cref="Narrow"/> (rows x 64).
/// </summary>
internal sealed class PassTwoRows
{
    private readonly int _cols;
    private readonly int _window;
    private readonly int[] _sampleCols;
    private readonly float[] _pending;
    private readonly Vector256<float>[] _strip;
    private readonly Vector256<float>[] _sampled = new Vector256<float>[64];
    private readonly float[] _line;
    private int _received;
    private int _done;

    public PassTwoRows(int rows, int cols, int windowAlongRows, int[] sampleCols)
    {
        _cols = cols;
        _window = windowAlongRows;
        _sampleCols = sampleCols;
        _pending = new float[8 * cols];
        _strip = new Vector256<float>[cols];
        _line = new float[cols];
        Narrow = new float[rows * 64];
    }

    /// <summary>Pass 2 row-filter output at the sampled columns: row i, sample j at <c>i * 64 + j</c>.</summary>
    public float[] Narrow { get; }

    public void Push(ReadOnlySpan<float> row)
    {
        row.CopyTo(_pending.AsSpan((_received - _done) * _cols, _cols));
        _received++;
        if (_received - _done == 8)
        {
            JaroszFilter.Gather(_pending, _cols, 0, _strip);
            JaroszFilter.Box1DSampled(_strip, _cols, _window, _sampleCols, _sampled);
            for (var j = 0; j < 64; j++)
            {
                var v = _sampled[j];
                for (var lane = 0; lane < 8; lane++)
                {
                    Narrow[((_done + lane) * 64) + j] = v.GetElement(lane);
                }
            }

            _done += 8;
        }
    }

    /// <summary>Filters the last rows that did not fill a strip of eight.</summary>
    public void Finish()
    {
        for (var lane = 0; _done < _received; lane++, _done++)
        {
            JaroszFilter.Box1D(_pending.AsSpan(lane * _cols, _cols), _line, _cols, _window);
            for (var j = 0; j < 64; j++)
            {
                Narrow[(_done * 64) + j] = _line[_sampleCols[j]];
            }
        }
    }
}
