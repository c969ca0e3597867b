namespace Vigil.Media.Native;

/// <summary>
/// Stops a libvips pipeline that runs past its time limit: a timer sets libvips' kill flag on the image being
/// written, the sink loop checks the flag and fails the write. Disarm it as soon as the write returns; dispose it
/// to stop the timer.
/// </summary>
internal sealed class VipsWatchdog : IDisposable
{
    private readonly Lock _gate = new();
    private readonly nint _image;
    private readonly Timer _timer;
    private bool _armed = true;

    public VipsWatchdog(nint image, TimeSpan limit)
    {
        _image = image;
        _timer = new Timer(static s => ((VipsWatchdog)s!).Kill(), this, limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether the limit was reached and the kill flag set.</summary>
    public bool Fired { get; private set; }

    public void Disarm()
    {
        lock (_gate)
        {
            _armed = false;
        }
    }

    public void Dispose()
    {
        Disarm();
        _timer.Dispose();
    }

    private void Kill()
    {
        lock (_gate)
        {
            if (_armed)
            {
                Fired = true;
                LibVips.ImageSetKill(_image, 1);
            }
        }
    }
}
