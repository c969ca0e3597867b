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
    /// Luma, then the reference's two passes of rows-then-columns box filtering, then 64x64 decimation, streamed:
    /// no full-size float image is ever held. Pass 1 rows are produced eight at a time into a ring just deep
    /// enough for the pass 1 column window; each finished pass 1 column row feeds pass 2 rows, which keeps only
    /// the 64 columns decimation samples; pass 2 columns run over those 64 columns alone. Every value goes
    /// through the reference's exact sequence of float operations.
    /// </summary>
    public static void FilterAndDecimate(ReadOnlySpan<byte> pixels, PixelFormat format, Span<float> out64x64)
    {
        var rows = format.Height;
        var cols = format.Width;
        var windowAlongRows = WindowSize(cols, 64);
        var windowAlongCols = WindowSize(rows, 64);

        var sampleRows = new int[64];
        var sampleCols = new int[64];
        for (var i = 0; i < 64; i++)
        {
            // Target centres, in double as the reference.
            sampleRows[i] = (int)((i + 0.5) * rows / 64);
            sampleCols[i] = (int)((i + 0.5) * cols / 64);
        }

        var producer = new PassOneRows(format, windowAlongRows, windowAlongCols);
        var collector = new PassTwoRows(rows, cols, windowAlongRows, sampleCols);
        PassOneColumns(pixels, producer, collector, rows, cols, windowAlongCols);
        collector.Finish();

        // Pass 2 columns over the 64 sampled columns, eight per vector, divided only at the sampled rows.
        var sampled = new Vector256<float>[64];
        for (var block = 0; block < 8; block++)
        {
            Box1DSampled(collector.Block(block), rows, windowAlongCols, sampleRows, sampled);
            for (var i = 0; i < 64; i++)
            {
                sampled[i].CopyTo(out64x64.Slice((i * 64) + (block * 8), 8));
            }
        }
    }

    // boxAlongColsFloat for pass 1, eight adjacent columns per vector, pulling input rows from the producer and
    // pushing each output row to pass 2.
    private static void PassOneColumns(ReadOnlySpan<byte> pixels, PassOneRows input, PassTwoRows output, int rows, int cols, int window)
    {
        var half = (window + 2) / 2;
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = rows - window;
        var phase4 = half - 1;
        var sums = new float[cols];
        int li = 0, ri = 0, current = 0;

        for (var i = 0; i < phase1; i++)
        {
            AddRow(sums, input.Row(pixels, ri++));
            current++;
        }

        for (var i = 0; i < phase2; i++)
        {
            AddRow(sums, input.Row(pixels, ri++));
            current++;
            DivideInto(sums, current, output.NextRow);
            output.Commit();
        }

        // The long middle phase in one pass per row: add the entering row, subtract the leaving one, divide.
        for (var i = 0; i < phase3; i++)
        {
            var entering = input.Row(pixels, ri++);
            AddSubtractDivide(sums, entering, input.Row(pixels, li++), current, output.NextRow);
            output.Commit();
        }

        for (var i = 0; i < phase4; i++)
        {
            SubtractRow(sums, input.Row(pixels, li++));
            current--;
            DivideInto(sums, current, output.NextRow);
            output.Commit();
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

    // Row y..y+7 of input as column vectors: strip[x] holds column x of the eight rows.
    internal static void Gather(ReadOnlySpan<float> input, int cols, int y, Span<Vector256<float>> strip)
    {
        ref var origin = ref MemoryMarshal.GetReference(input.Slice(y * cols));
        var x = 0;
        for (; x + 8 <= cols; x += 8)
        {
            Transpose.LoadColumns(ref Unsafe.Add(ref origin, x), (nuint)cols, strip.Slice(x, 8));
        }

        for (; x < cols; x++)
        {
            strip[x] = Vector256.Create(
                input[(y * cols) + x], input[((y + 1) * cols) + x], input[((y + 2) * cols) + x], input[((y + 3) * cols) + x],
                input[((y + 4) * cols) + x], input[((y + 5) * cols) + x], input[((y + 6) * cols) + x], input[((y + 7) * cols) + x]);
        }
    }

    /// <summary>
    /// box1DFloat with eight lines in the lanes, evaluated only at the output positions in
    /// <paramref name="samples"/> (ascending, repeats allowed): the running sum takes every add and subtract in the
    /// reference's order, but only the sampled outputs are divided and kept.
    /// </summary>
    internal static void Box1DSampled(ReadOnlySpan<Vector256<float>> input, int length, int window, ReadOnlySpan<int> samples, Span<Vector256<float>> output)
    {
        var half = (window + 2) / 2;
        var phase1 = half - 1;
        var phase2 = window - half + 1;
        var phase3 = length - window;
        var phase4 = half - 1;
        int li = 0, ri = 0, oi = 0, current = 0, next = 0;
        var sum = Vector256<float>.Zero;

        for (var i = 0; i < phase1; i++)
        {
            sum += input[ri++];
            current++;
        }

        for (var i = 0; i < phase2; i++, oi++)
        {
            sum += input[ri++];
            current++;
            Emit(sum, current, oi, samples, output, ref next);
        }

        for (var i = 0; i < phase3; i++, oi++)
        {
            sum += input[ri++];
            sum -= input[li++];
            Emit(sum, current, oi, samples, output, ref next);
        }

        for (var i = 0; i < phase4; i++, oi++)
        {
            sum -= input[li++];
            current--;
            Emit(sum, current, oi, samples, output, ref next);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Emit(Vector256<float> sum, int current, int oi, ReadOnlySpan<int> samples, Span<Vector256<float>> output, ref int next)
    {
        if (next < samples.Length && samples[next] == oi)
        {
            var value = sum / Vector256.Create((float)current);
            while (next < samples.Length && samples[next] == oi)
            {
                output[next++] = value;
            }
        }
    }

    /// <summary>box1DFloat with eight independent lines in the lanes.</summary>
    internal static void Box1D(ReadOnlySpan<Vector256<float>> input, Span<Vector256<float>> output, int length, int window)
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

    // sums[i] = (sums[i] + add[i]) - subtract[i]; output[i] = sums[i] / count: the reference's add-all, then
    // subtract-all, then divide-all passes fused per element, which leaves every element's operation order as it is.
    private static void AddSubtractDivide(Span<float> sums, ReadOnlySpan<float> add, ReadOnlySpan<float> subtract, int count, Span<float> output)
    {
        var divisor = (float)count;
        var vd = Vector256.Create(divisor);
        var s = MemoryMarshal.Cast<float, Vector256<float>>(sums);
        var a = MemoryMarshal.Cast<float, Vector256<float>>(add)[..s.Length];
        var b = MemoryMarshal.Cast<float, Vector256<float>>(subtract)[..s.Length];
        var o = MemoryMarshal.Cast<float, Vector256<float>>(output)[..s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var sum = (s[i] + a[i]) - b[i];
            s[i] = sum;
            o[i] = sum / vd;
        }

        for (var i = s.Length * 8; i < sums.Length; i++)
        {
            var sum = (sums[i] + add[i]) - subtract[i];
            sums[i] = sum;
            output[i] = sum / divisor;
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
