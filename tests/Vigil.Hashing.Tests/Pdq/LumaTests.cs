using Vigil.Hashing.Pdq;

namespace Vigil.Hashing.Tests.Pdq;

/// <summary>
/// The vector luma paths (AVX2 shuffles, SSSE3 shuffles) against the reference's scalar formula, bit for bit, at
/// every width around the vector block sizes so each tail is exercised. scripts/test also runs this class with
/// AVX2 and with all hardware intrinsics switched off.
/// </summary>
public sealed class LumaTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void FillRow_EveryWidth_EqualsScalarReferenceBitForBit(int bands)
    {
        var random = new Random(bands);
        for (var width = 1; width <= 70; width++)
        {
            var row = new byte[width * bands];
            random.NextBytes(row);
            var luma = new float[width];

            Luma.FillRow(row, bands, luma);

            for (var x = 0; x < width; x++)
            {
                var p = x * bands;
                var expected = (0.299f * row[p]) + (0.587f * row[p + 1]) + (0.114f * row[p + 2]);
                Assert.True(
                    BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(luma[x]),
                    $"width {width}, bands {bands}, pixel {x}: {luma[x]} instead of {expected}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void FillRow_Grey_TakesTheFirstBand(int bands)
    {
        var row = new byte[] { 10, 200, 30, 40, 250, 60 };
        var width = row.Length / bands;
        var luma = new float[width];

        Luma.FillRow(row, bands, luma);

        Assert.Equal(Enumerable.Range(0, width).Select(x => (float)row[x * bands]), luma);
    }
}
