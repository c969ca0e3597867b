using System.Buffers;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Reads a stream line by line into one pooled buffer (bounded memory whatever the file size). Lines end at LF
/// (a trailing CR is dropped). A line longer than <see cref="MaxLineBytes"/> is returned as too long and the
/// rest of it is skipped. The first read rejects UTF-16/32 files and skips a UTF-8 byte-order mark; every byte read
/// is then checked by <see cref="Utf8StreamValidator"/> (invalid UTF-8 or NUL anywhere fails the whole file).
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    public const int MaxLineBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly Utf8StreamValidator _validator = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(MaxLineBytes * 2);
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;
    private bool _validating;

    public Utf8LineReader(Stream stream) => _stream = stream;

    public long LineNumber { get; private set; }

    /// <summary>The next line; <c>TooLong</c> set when it exceeded the cap. Null at the end of the stream.</summary>
    public async ValueTask<(ReadOnlyMemory<byte> Line, bool TooLong)?> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            await StartAsync(cancellationToken);
        }

        var tooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                LineNumber++;
                return (tooLong ? ReadOnlyMemory<byte>.Empty : TrimCr(line), tooLong);
            }

            if (_end - _start >= MaxLineBytes)
            {
                tooLong = true;
                _start = _end; // drop what we have of the over-long line; keep reading to its end
            }

            if (_eof)
            {
                if (_start == _end && !tooLong)
                {
                    return null;
                }

                var last = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                LineNumber++;
                return (tooLong ? ReadOnlyMemory<byte>.Empty : TrimCr(last), tooLong);
            }

            await FillAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        _started = true;
        while (!_eof && _end < 4)
        {
            await FillAsync(cancellationToken);
        }

        if (_end == 0)
        {
            throw new HashListFormatException(HashListFileProblem.Empty, 0, "The file is empty (0 bytes)");
        }

        var head = _buffer.AsSpan(0, _end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new HashListFormatException(HashListFileProblem.WrongEncoding, 0, "The file is UTF-16 or UTF-32; save it as UTF-8");
        }
        else if (head[..Math.Min(4, head.Length)].Contains((byte)0))
        {
            throw new HashListFormatException(HashListFileProblem.WrongEncoding, 0, "The file contains NUL bytes; it is not UTF-8 text (UTF-16 without a byte-order mark?)");
        }

        _validator.Check(_buffer.AsSpan(0, _end));
        if (_eof)
        {
            _validator.Finish();
        }

        _validating = true;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        if (read == 0)
        {
            _eof = true;
        }

        if (_validating)
        {
            _validator.Check(_buffer.AsSpan(_end, read));
            if (_eof)
            {
                _validator.Finish();
            }
        }

        _end += read;
    }
}
