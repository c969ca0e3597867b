using Vigil.Media.Previews;

namespace Vigil.Media.Tests.Previews;

public sealed class StripSamplerTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(100, 8)]
    [InlineData(3600, 8)]
    [InlineData(100_000, 1)]
    public void Pick_AnyStreamLength_GivesEvenlySpacedSamplesInOrder(int samples, int wanted)
    {
        var sampler = new StripSampler<int>(wanted);
        var rendered = 0;
        for (var s = 0; s < samples; s++)
        {
            if (sampler.Accepts(s))
            {
                rendered++;
                sampler.Add(s, s);
            }
        }

        var picked = sampler.Pick();

        Assert.Equal(Math.Min(samples, wanted), picked.Count);
        Assert.Equal(picked.Order().ToArray(), picked.ToArray());
        Assert.Equal(picked.Count, picked.Distinct().Count());
        if (picked.Count > 1)
        {
            // Evenly spread: consecutive gaps differ by at most a factor of about two and the picks span most of the stream.
            var gaps = picked.Zip(picked.Skip(1), (a, b) => b - a).ToArray();
            Assert.True(gaps.Max() <= (2 * gaps.Min()) + 1, string.Join(",", picked));
            Assert.True(picked[^1] - picked[0] >= samples / 2, string.Join(",", picked));
        }

        Assert.True(rendered <= Math.Max(samples, 1) && rendered <= (2 * wanted) + (2 * wanted * Math.Log2(Math.Max(samples, 2))), $"{rendered} rendered");
    }

    [Theory]
    [InlineData(25, 10.0, 8, 31)]
    [InlineData(25, 1.0, 8, 3)]
    [InlineData(25, 0.1, 8, 1)]
    [InlineData(29.97, null, 8, 30)]
    public void Interval_FromRateAndDuration_SpreadsTheWantedFrames(double rate, double? duration, int wanted, int expected)
    {
        Assert.Equal(expected, PreviewRenderer.Interval(rate, duration, wanted));
    }
}
