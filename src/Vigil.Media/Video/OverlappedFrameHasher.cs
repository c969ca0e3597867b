using System.Runtime.ExceptionServices;
using Vigil.Hashing.Vpdq;

namespace Vigil.Media.Video;

/// <summary>
/// Hashes sampled frames on a worker while ffmpeg decodes the next ones: each frame is copied into one spare buffer
/// and hashed there, so at most two frames are in memory (the reader's and the spare) and at most one hash runs.
/// Without this, ffmpeg sits blocked on its pipe while a frame is hashed. Features come out in frame order.
/// </summary>
internal sealed class OverlappedFrameHasher(VideoInfo info) : IDisposable
{
    private readonly SemaphoreSlim _idle = new(1, 1);
    private readonly List<VpdqFeature> _features = [];
    private byte[]? _spare;
    private Exception? _failure;

    /// <summary>Frames hashed so far (for logging).</summary>
    public int Count => _features.Count;

    /// <summary>The reader's callback: waits for the previous hash to finish, copies the frame, starts its hash.</summary>
    public void Add(ReadOnlySpan<byte> rgb24, int frameNumber)
    {
        // A synchronous wait: the reader's callback cannot await, and the wait is at most one frame's hash.
        _idle.Wait();
        if (_failure is { } failure)
        {
            _idle.Release();
            ExceptionDispatchInfo.Throw(failure);
        }

        _spare ??= GC.AllocateUninitializedArray<byte>(rgb24.Length);
        rgb24.CopyTo(_spare);
        var spare = _spare;
        _ = Task.Run(() =>
        {
            try
            {
                _features.Add(VpdqFrameHasher.Hash(spare, info.Width, info.Height, frameNumber, info.FrameRate));
            }
            catch (Exception e)
            {
                // Handed to the reader's thread at the next frame or at the end, never lost.
                _failure = e;
            }
            finally
            {
                _idle.Release();
            }
        });
    }

    /// <summary>Waits for the last hash and returns every feature in frame order.</summary>
    public async Task<IReadOnlyList<VpdqFeature>> FinishAsync()
    {
        await DrainAsync();
        if (_failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return _features;
    }

    /// <summary>Waits until no hash is running (call before disposing, also on failure).</summary>
    public async Task DrainAsync()
    {
        await _idle.WaitAsync();
        _idle.Release();
    }

    public void Dispose() => _idle.Dispose();
}
