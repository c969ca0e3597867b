using Vigil.Core.Items;
using Vigil.Core.Vault;
using Vigil.Hashing.Digests;
using Vigil.Hashing.Pdq;
using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Core.Processing;

/// <summary>
/// Step 1: MD5/SHA-1 (and a SHA-256 check) for every item; dimensions and PDQ for images; dimensions, duration and
/// the vPDQ frames (as <see cref="ItemVideoFrame"/> rows) for videos when a <see cref="VideoHasher"/> is given, with the
/// <see cref="ScratchFolder"/> where ffmpeg reads the decrypted video.
/// </summary>
public sealed class HashStep : IProcessingStep
{
    public const string StepName = "hash";

    private readonly IImageDecoder _decoder;
    private readonly VideoHasher? _video;
    private readonly ScratchFolder? _scratch;

    public HashStep(IImageDecoder decoder, VideoHasher? video = null, ScratchFolder? scratch = null)
    {
        if (video is not null && scratch is null)
        {
            throw new ArgumentException("Hashing videos needs a scratch folder for the decrypted file.", nameof(scratch));
        }

        _decoder = decoder;
        _video = video;
        _scratch = scratch;
    }

    public string Name => StepName;

    public async Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var digests = ContentDigests.Compute(content.Span);
        var sha = Convert.FromHexString(digests.Sha256);
        if (!sha.AsSpan().SequenceEqual(item.Sha256))
        {
            throw new PermanentStepException("The stored bytes do not hash to the item's SHA-256.");
        }

        int? width = null;
        int? height = null;
        byte[]? pdq = null;
        int? quality = null;
        if (item.MediaType.StartsWith("image/", StringComparison.Ordinal))
        {
            try
            {
                using var image = _decoder.Decode(content.Span);
                width = image.Width;
                height = image.Height;
                if (image.Width >= PdqHasher.MinimumDimension && image.Height >= PdqHasher.MinimumDimension)
                {
                    var result = PdqHasher.Hash(image.Pixels, PixelFormat.Packed(image.Width, image.Height, image.Bands));
                    pdq = new byte[32];
                    result.Hash.WriteBytes(pdq);
                    quality = result.Quality;
                }
            }
            catch (MediaDecodeException ex)
            {
                throw new PermanentStepException($"The image could not be decoded ({ex.Code}): {ex.Message}", ex);
            }
        }

        long? durationMs = null;
        IReadOnlyList<object> frames = [];
        if (_video is not null && item.MediaType.StartsWith("video/", StringComparison.Ordinal))
        {
            var hash = await VideoItemHasher.HashAsync(_video, _scratch!, content, cancellationToken);
            width = hash.Info.Width;
            height = hash.Info.Height;
            durationMs = (long)Math.Round(hash.DurationSeconds * 1000);
            frames = VideoItemHasher.FramesOf(item.Id, hash);
        }

        var md5 = Convert.FromHexString(digests.Md5);
        var sha1 = Convert.FromHexString(digests.Sha1);
        return new StepResult(
            i =>
            {
                i.Md5 = md5;
                i.Sha1 = sha1;
                i.Width = width;
                i.Height = height;
                i.Pdq = pdq;
                i.PdqQuality = quality;
                i.DurationMs = durationMs ?? i.DurationMs;
            },
            frames);
    }
}
