using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vigil.Hashing.Pdq;

/// <summary>
/// The reference's two-pass Jarosz (box) filter and decimation (pdq/cpp/downscaling). Each box pass keeps a
/// running float sum per line with the reference's exact order of adds, subtracts and divisions, so results are
/// bit-identical. Speed comes from running eight lines at once in the lanes of a <see cref="Vector256{T}"/>:
/// rows are processed as strips of eight (lane = row), columns as runs of eight adjacent columns (lane = column).
/// Lane arithmetic is plain IEEE float, so every lane computes what the scalar reference computes.
/// </summary>
internal static class JaroszFilter
{
    /// <summary>The reference's per-pass window: ceil(old / (2 * new)).</summary>
    public static int WindowSize(int oldDimension, int newDimension) =>
        (oldDimension + (2 * newDimension) - 1) / (2 * newDimension);

    /// <summary>
    /// Filters <paramref name="buffer1"/> in place (two passes of rows then columns, as jaroszFilterFloat) and
    /// decimates to 64x64. Only what decimation samples is computed in the last pass.
    /// </summary>
    public static void FilterAndDecimate(Span<float> buffer1, Span<float> buffer2, int rows, int cols, Span<float> out64x64)
    {
        var windowAlongRows = WindowSize(cols, 64);
        var windowAlongCols = WindowSize(rows, 64);

        Span<int> sampleRows = stackalloc int[64];
        Span<int> sampleCols = stackalloc int[64];
        for (var i = 0; i < 64; i++)
        {
            // Target centres, in double as the reference.
            sampleRows[i] = (int)((i + 0.5) * rows / 64);
            sampleCols[i] = (int)((i + 0.5) * cols / 64);
        }

        // Pass 1: rows b1 -> b2, columns b2 -> b1.
        BoxAlongRows(buffer1, buffer2, rows, cols, windowAlongRows, default);
        BoxAlongCols(buffer2, buffer1, rows, cols, windowAlongCols);

        // Pass 2: rows b1 -> b2, but the column pass that follows is only read at the sampled columns.
        BoxAlongRows(buffer1, buffer2, rows, cols, windowAlongRows, sampleCols);

        // Pass 2, columns b2 -> b1, computed for the 64 sampled columns only, read at the sampled rows.
        var column = new float[rows];
        var scratch = new float[rows];
        for (var j = 0; j < 64; j++)
        {
            var c = sampleCols[j];
            for (var i = 0; i < rows; i++)
            {
                scratch[i] = buffer2[(i * cols) + c];
            }

            Box1D(scratch, column, rows, windowAlongCols);
            for (var i = 0; i < 64; i++)
            {
                out64x64[(i * 64) + j] = column[sampleRows[i]];
            }
        }
    }

    /// <summary>The reference's box1DFloat over a contiguous vector.</summary>
    public static void Box1D(ReadOnlySpan<float> input, Span<float> output, int length, int window)
    {
        var half = (window + 2) / 2;
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = length - window;
        var phase4 = half - 1;
        int li = 0, ri = 0, oi = 0, current = 0;
        var sum = 0.0f;

        for (var i = 0; i < phase1; i++)
        {
            sum += input[ri++];
            current++;
        }

        for (var i = 0; i < phase2; i++)
        {
            sum += input[ri++];
            current++;
            output[oi++] = sum / current;
        }

        for (var i = 0; i < phase3; i++)
        {
            sum += input[ri++];
            sum -= input[li++];
            output[oi++] = sum / current;
        }

        for (var i = 0; i < phase4; i++)
        {
            sum -= input[li++];
            current--;
            output[oi++] = sum / current;
        }
    }

    /// <summary>
    /// boxAlongRowsFloat. When <paramref name="onlyColumns"/> is not empty, only those output columns are
    /// written (the rest of <paramref name="output"/> is left as it was).
    /// </summary>
    private static void BoxAlongRows(ReadOnlySpan<float> input, Span<float> output, int rows, int cols, int window, ReadOnlySpan<int> onlyColumns)
    {
        var strip = new Vector256<float>[cols];
        var filtered = new Vector256<float>[cols];
        var y = 0;
        for (; y + 8 <= rows; y += 8)
        {
            Gather(input, cols, y, strip);
            Box1D(strip, filtered, cols, window);
            Scatter(filtered, output, cols, y, onlyColumns);
        }

        var line = new float[cols];
        for (; y < rows; y++)
        {
            Box1D(input.Slice(y * cols, cols), line, cols, window);
            if (onlyColumns.IsEmpty)
            {
                line.CopyTo(output.Slice(y * cols, cols));
            }
            else
            {
                foreach (var c in onlyColumns)
                {
                    output[(y * cols) + c] = line[c];
                }
            }
        }
    }

    private static void Gather(ReadOnlySpan<float> input, int cols, int y, Span<Vector256<float>> strip)
    {
        var r0 = input.Slice(y * cols, cols);
        var r1 = input.Slice((y + 1) * cols, cols);
        var r2 = input.Slice((y + 2) * cols, cols);
        var r3 = input.Slice((y + 3) * cols, cols);
        var r4 = input.Slice((y + 4) * cols, cols);
        var r5 = input.Slice((y + 5) * cols, cols);
        var r6 = input.Slice((y + 6) * cols, cols);
        var r7 = input.Slice((y + 7) * cols, cols);
        for (var x = 0; x < cols; x++)
        {
            strip[x] = Vector256.Create(r0[x], r1[x], r2[x], r3[x], r4[x], r5[x], r6[x], r7[x]);
        }
    }

    private static void Scatter(ReadOnlySpan<Vector256<float>> filtered, Span<float> output, int cols, int y, ReadOnlySpan<int> onlyColumns)
    {
        if (onlyColumns.IsEmpty)
        {
            for (var lane = 0; lane < 8; lane++)
            {
                var row = output.Slice((y + lane) * cols, cols);
                for (var x = 0; x < cols; x++)
                {
                    row[x] = filtered[x].GetElement(lane);
                }
            }

            return;
        }

        foreach (var c in onlyColumns)
        {
            var v = filtered[c];
            for (var lane = 0; lane < 8; lane++)
            {
                output[((y + lane) * cols) + c] = v.GetElement(lane);
            }
        }
    }

    /// <summary>box1DFloat with eight independent lines in the lanes.</summary>
    private static void Box1D(ReadOnlySpan<Vector256<float>> input, Span<Vector256<float>> output, int length, int window)
    {
        var half = (window + 2) / 2;
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = length - window;
        var phase4 = half - 1;
        int li = 0, ri = 0, oi = 0, current = 0;
        var sum = Vector256<float>.Zero;

        for (var i = 0; i < phase1; i++)
        {
            sum += input[ri++];
            current++;
        }

        for (var i = 0; i < phase2; i++)
        {
            sum += input[ri++];
            current++;
            output[oi++] = sum / Vector256.Create((float)current);
        }

        var full = Vector256.Create((float)current);
        for (var i = 0; i < phase3; i++)
        {
            sum += input[ri++];
            sum -= input[li++];
            output[oi++] = sum / full;
        }

        for (var i = 0; i < phase4; i++)
        {
            sum -= input[li++];
            current--;
            output[oi++] = sum / Vector256.Create((float)current);
        }
    }

    /// <summary>boxAlongColsFloat, eight adjacent columns per vector (the sums of a row of columns at once).</summary>
    private static void BoxAlongCols(ReadOnlySpan<float> input, Span<float> output, int rows, int cols, int window)
    {
        var half = (window + 2) / 2;
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = rows - window;
        var phase4 = half - 1;
        var sums = new float[cols];
        int li = 0, ri = 0, oi = 0, current = 0;

        for (var i = 0; i < phase1; i++)
        {
            AddRow(sums, input.Slice(ri++ * cols, cols));
            current++;
        }

        for (var i = 0; i < phase2; i++)
        {
            AddRow(sums, input.Slice(ri++ * cols, cols));
            current++;
            DivideInto(sums, current, output.Slice(oi++ * cols, cols));
        }

        for (var i = 0; i < phase3; i++)
        {
            AddRow(sums, input.Slice(ri++ * cols, cols));
            SubtractRow(sums, input.Slice(li++ * cols, cols));
            DivideInto(sums, current, output.Slice(oi++ * cols, cols));
        }

        for (var i = 0; i < phase4; i++)
        {
            SubtractRow(sums, input.Slice(li++ * cols, cols));
            current--;
            DivideInto(sums, current, output.Slice(oi++ * cols, cols));
        }
    }

    private static void AddRow(Span<float> sums, ReadOnlySpan<float> row)
    {
        var s = MemoryMarshal.Cast<float, Vector256<float>>(sums);
        var r = MemoryMarshal.Cast<float, Vector256<float>>(row);
        for (var i = 0; i < s.Length; i++)
        {
            s[i] += r[i];
        }

        for (var i = s.Length * 8; i < sums.Length; i++)
        {
            sums[i] += row[i];
        }
    }

    private static void SubtractRow(Span<float> sums, ReadOnlySpan<float> row)
    {
        var s = MemoryMarshal.Cast<float, Vector256<float>>(sums);
        var r = MemoryMarshal.Cast<float, Vector256<float>>(row);
        for (var i = 0; i < s.Length; i++)
        {
            s[i] -= r[i];
        }

        for (var i = s.Length * 8; i < sums.Length; i++)
        {
            sums[i] -= row[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DivideInto(ReadOnlySpan<float> sums, int count, Span<float> output)
    {
        var divisor = (float)count;
        var vd = Vector256.Create(divisor);
        var s = MemoryMarshal.Cast<float, Vector256<float>>(sums);
        var o = MemoryMarshal.Cast<float, Vector256<float>>(output);
        for (var i = 0; i < s.Length; i++)
        {
            o[i] = s[i] / vd;
        }

        for (var i = s.Length * 8; i < sums.Length; i++)
        {
            output[i] = sums[i] / divisor;
        }
    }
}
