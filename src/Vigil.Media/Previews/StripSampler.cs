namespace Vigil.Media.Previews;

/// <summary>
/// Keeps an evenly spaced subset of a stream of sampled frames whose length is not known in advance, in bounded
/// memory: it accepts every <c>stride</c>-th sample and, whenever it holds more than twice the frames wanted,
/// drops every other one and doubles the stride. At the end <see cref="Pick"/> chooses the frames at the centres
/// of equal segments of what it holds. Rendering is skipped for samples it will not accept.
/// </summary>
internal sealed class StripSampler<T>(int wanted)
{
    private readonly List<(long Sample, T Value)> _kept = [];
    private long _stride = 1;

    /// <summary>Whether the sample with zero-based index <paramref name="sample"/> would be kept.</summary>
    public bool Accepts(long sample) => sample % _stride == 0;

    public void Add(long sample, T value)
    {
        _kept.Add((sample, value));
        if (_kept.Count > 2 * wanted)
        {
            // Everything kept is a multiple of the stride counted from sample 0, so the even positions are exactly
            // the multiples of twice the stride.
            _stride *= 2;
            _kept.RemoveAll(k => k.Sample % _stride != 0);
        }
    }

    public IReadOnlyList<T> Pick()
    {
        if (_kept.Count <= wanted)
        {
            return [.. _kept.Select(k => k.Value)];
        }

        var picked = new List<T>(wanted);
        for (var i = 0; i < wanted; i++)
        {
            picked.Add(_kept[(int)(((2L * i) + 1) * _kept.Count / (2L * wanted))].Value);
        }

        return picked;
    }
}
