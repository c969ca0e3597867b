using Vigil.Media.Images;

namespace Vigil.Media.Native;

/// <summary>
/// A chain of libvips operations on 8-bit images, each step's output owned here and released (in reverse order)
/// on dispose. A failed step throws <see cref="MediaDecodeException"/> naming the step; a pipeline that runs past
/// its time limit is stopped by <see cref="VipsWatchdog"/> when it is written out.
/// </summary>
internal sealed unsafe class VipsPipeline : IDisposable
{
    private readonly List<nint> _owned = [];

    private VipsPipeline(nint image)
    {
        _owned.Add(image);
        Current = image;
    }

    /// <summary>The image the next step reads.</summary>
    public nint Current { get; private set; }

    public int Width => LibVips.ImageGetWidth(Current);

    public int Height => LibVips.ImageGetHeight(Current);

    /// <summary>
    /// Wraps packed 8-bit pixels without copying them; the caller keeps <paramref name="pixels"/> pinned and alive
    /// until the pipeline is disposed.
    /// </summary>
    public static VipsPipeline FromPixels(byte* pixels, int length, int width, int height, int bands)
    {
        if ((long)width * height * bands != length)
        {
            throw new ArgumentException("The buffer does not hold width x height x bands bytes.", nameof(length));
        }

        VipsRuntime.EnsureInitialised();
        var image = LibVips.ImageNewFromMemory((nint)pixels, (nuint)length, width, height, bands, LibVips.FormatUChar);
        return image != 0 ? new VipsPipeline(image) : throw Failed("wrap the pixels");
    }

    public void Resize(double scale) => Step(LibVips.Resize(Current, out var output, scale, 0), output, "resize");

    public void GaussBlur(double sigma) => Step(LibVips.GaussBlur(Current, out var output, sigma, 0), output, "blur");

    public void Crop(int width, int height) =>
        Step(LibVips.ExtractArea(Current, out var output, 0, 0, width, height, 0), output, "crop");

    /// <summary>Evaluates the pipeline into a new managed buffer (width x height x bands bytes), within <paramref name="limit"/>.</summary>
    public byte[] ToPixels(TimeSpan limit, out int width, out int height, out int bands)
    {
        (width, height, bands) = (Width, Height, LibVips.ImageGetBands(Current));
        nint memory;
        nuint size;
        bool fired;
        using (var watchdog = new VipsWatchdog(Current, limit))
        {
            memory = LibVips.ImageWriteToMemory(Current, out size);
            watchdog.Disarm();
            fired = watchdog.Fired;
        }

        if (memory == 0)
        {
            var error = LibVips.TakeError();
            throw fired
                ? new MediaDecodeException(MediaErrorKind.Timeout, $"Rendering the preview took longer than {limit.TotalSeconds:0.#} s and was stopped.")
                : new MediaDecodeException(MediaErrorKind.Corrupt, $"Could not render the preview ({FirstLine(error)}).");
        }

        try
        {
            var expected = (long)width * height * bands;
            if (LibVips.ImageGetFormat(Current) != LibVips.FormatUChar || (ulong)expected != size)
            {
                throw new MediaDecodeException(MediaErrorKind.Corrupt, "libvips returned a preview buffer of an unexpected size or format.");
            }

            return new ReadOnlySpan<byte>((void*)memory, checked((int)size)).ToArray();
        }
        finally
        {
            LibVips.Free(memory);
        }
    }

    /// <summary>Encodes the current image as JPEG or WebP with libvips' default quality; no metadata is written from a memory image.</summary>
    public byte[] Encode(bool webp)
    {
        var result = webp
            ? LibVips.WebpSaveBuffer(Current, out var buffer, out var length, 0)
            : LibVips.JpegSaveBuffer(Current, out buffer, out length, 0);
        if (result != 0 || buffer == 0)
        {
            throw Failed("encode the preview");
        }

        try
        {
            return new ReadOnlySpan<byte>((void*)buffer, checked((int)length)).ToArray();
        }
        finally
        {
            LibVips.Free(buffer);
        }
    }

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            LibVips.ObjectUnref(_owned[i]);
        }

        _owned.Clear();
        Current = 0;
    }

    private void Step(int result, nint output, string step)
    {
        if (result != 0 || output == 0)
        {
            throw Failed(step);
        }

        _owned.Add(output);
        Current = output;
    }

    private static MediaDecodeException Failed(string step) =>
        new(MediaErrorKind.Corrupt, $"Could not {step} the preview ({FirstLine(LibVips.TakeError())}).");

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no detail";
        return line.Length > 200 ? line[..200] : line;
    }
}
