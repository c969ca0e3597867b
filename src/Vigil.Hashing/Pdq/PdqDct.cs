namespace Vigil.Hashing.Pdq;

/// <summary>
/// The reference's partial DCT (dct64To16): B = D A Dᵀ with D the 16x64 matrix of DCT-II rows 1..16, summed in
/// float in the reference's order, plus the dihedral transforms of the 16x16 output and the median threshold.
/// </summary>
internal static class PdqDct
{
    // D[i, j] = float(sqrt(2/64)) * cos((pi / 2 / 64) * (i + 1) * (2j + 1)), the product taken in double and
    // stored as float, as the reference's dct_matrix_64 initialiser does.
    private static readonly float[] Matrix = BuildMatrix();

    private static float[] BuildMatrix()
    {
        var m = new float[16 * 64];
        var scale = (float)Math.Sqrt(2.0 / 64.0);
        for (var i = 0; i < 16; i++)
        {
            for (var j = 0; j < 64; j++)
            {
                m[(i * 64) + j] = (float)(scale * Math.Cos(Math.PI / 2.0 / 64.0 * (i + 1) * ((2 * j) + 1)));
            }
        }

        return m;
    }

    /// <summary>dct64To16: 64x64 row-major in, 16x16 row-major out.</summary>
    public static void Dct64To16(ReadOnlySpan<float> a, Span<float> b)
    {
        var d = Matrix;
        Span<float> t = stackalloc float[16 * 64];

        // T = D A, summing k = 0..63 in order (per column j, independent of j).
        for (var i = 0; i < 16; i++)
        {
            var row = t.Slice(i * 64, 64);
            row.Clear();
            for (var k = 0; k < 64; k++)
            {
                var dik = d[(i * 64) + k];
                var ak = a.Slice(k * 64, 64);
                for (var j = 0; j < 64; j++)
                {
                    row[j] += dik * ak[j];
                }
            }
        }

        // B = T Dᵀ.
        for (var i = 0; i < 16; i++)
        {
            for (var j = 0; j < 16; j++)
            {
                var sum = 0.0f;
                for (var k = 0; k < 64; k++)
                {
                    sum += t[(i * 64) + k] * d[(j * 64) + k];
                }

                b[(i * 16) + j] = sum;
            }
        }
    }

    /// <summary>pdqBuffer16x16ToBits: bit i*16+j is set where the coefficient exceeds the median.</summary>
    public static PdqHash ToHash(ReadOnlySpan<float> dct16x16)
    {
        var median = Median(dct16x16);
        Span<bool> bits = stackalloc bool[256];
        for (var k = 0; k < 256; k++)
        {
            bits[k] = dct16x16[k] > median;
        }

        return PdqHash.FromBits(bits);
    }

    /// <summary>
    /// The reference uses Torben's median, which for 256 values returns the 128th smallest (the lower median):
    /// the same value as sorting and taking index 127.
    /// </summary>
    private static float Median(ReadOnlySpan<float> values)
    {
        Span<float> copy = stackalloc float[values.Length];
        values.CopyTo(copy);
        copy.Sort();
        return copy[(values.Length - 1) / 2];
    }

    /// <summary>The dihedral transforms of the DCT output (dct16OriginalTo*), in the reference's order.</summary>
    public static void Transform(int which, ReadOnlySpan<float> a, Span<float> b)
    {
        for (var i = 0; i < 16; i++)
        {
            for (var j = 0; j < 16; j++)
            {
                var v = a[(i * 16) + j];
                var odd = ((i + j) & 1) != 0;
                switch (which)
                {
                    case 0: b[(i * 16) + j] = v; break;
                    case 1: b[(j * 16) + i] = (j & 1) != 0 ? v : -v; break;
                    case 2: b[(i * 16) + j] = odd ? -v : v; break;
                    case 3: b[(j * 16) + i] = (i & 1) != 0 ? v : -v; break;
                    case 4: b[(i * 16) + j] = (i & 1) != 0 ? v : -v; break;
                    case 5: b[(i * 16) + j] = (j & 1) != 0 ? v : -v; break;
                    case 6: b[(j * 16) + i] = v; break;
                    case 7: b[(j * 16) + i] = odd ? -v : v; break;
                    default: throw new ArgumentOutOfRangeException(nameof(which));
                }
            }
        }
    }

    /// <summary>
    /// pdqImageDomainQualityMetric: sum of quantised absolute gradients of the 64x64 image, / 90, capped at 100.
    /// <c>int d = ((u - v) * 100) / 255</c> in float, truncated toward zero.
    /// </summary>
    public static int Quality(ReadOnlySpan<float> a)
    {
        var gradientSum = 0;
        for (var i = 0; i < 63; i++)
        {
            for (var j = 0; j < 64; j++)
            {
                var d = (int)((a[(i * 64) + j] - a[((i + 1) * 64) + j]) * 100f / 255f);
                gradientSum += Math.Abs(d);
            }
        }

        for (var i = 0; i < 64; i++)
        {
            for (var j = 0; j < 63; j++)
            {
                var d = (int)((a[(i * 64) + j] - a[(i * 64) + j + 1]) * 100f / 255f);
                gradientSum += Math.Abs(d);
            }
        }

        return Math.Min(gradientSum / 90, 100);
    }
}
