using System.Buffers;
using System.Text.Json;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Walks a JSON stream token by token with <see cref="Utf8JsonReader"/> over one buffer that holds at most a
/// record (bounded by <see cref="MaxRecordBytes"/>), refilled from the stream between tokens. Counts lines so
/// errors and records carry line numbers. Every byte read is checked by <see cref="Utf8StreamValidator"/>: invalid
/// UTF-8 anywhere (inside a record, a skipped value or between records) fails the whole file.
/// </summary>
internal sealed class JsonStreamCursor : IDisposable
{
    public const int MaxRecordBytes = 1024 * 1024;
    private const int MaxKeptString = 4096;

    private readonly Stream _stream;
    private readonly Utf8StreamValidator _validator = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private bool _eof;
    private JsonReaderState _state;
    private long _line = 1;
    private bool _validating;

    public JsonStreamCursor(Stream stream) => _stream = stream;

    /// <summary>String value or property name of the last token (null when longer than 4 KiB).</summary>
    public string? LastString { get; private set; }

    public long Line => _line;

    public async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        while (!_eof && _end < 4)
        {
            await FillAsync(cancellationToken);
        }

        var head = _buffer.AsSpan(0, _end);
        if (head.IsEmpty)
        {
            throw new HashListFormatException(HashListFileProblem.Empty, 0, "The file is empty (0 bytes)");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (head.Length >= 2 && (head[0] == 0 || head[1] == 0)))
        {
            throw new HashListFormatException(HashListFileProblem.WrongEncoding, 0, "The file is UTF-16 or UTF-32; JSON hash lists must be UTF-8");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
        }

        _validator.Check(head);
        if (_eof)
        {
            _validator.Finish();
        }

        _validating = true;
    }

    public async ValueTask<JsonTokenType> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryNext(out var token))
            {
                return token;
            }

            await MoreAsync(cancellationToken);
        }
    }

    /// <summary>Skips the value after a property name, token by token (never buffering the whole value).</summary>
    public async ValueTask SkipValueAsync(CancellationToken cancellationToken)
    {
        var depth = 0;
        do
        {
            var token = await NextAsync(cancellationToken);
            depth += token is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1
                : token is JsonTokenType.EndObject or JsonTokenType.EndArray ? -1 : 0;
        }
        while (depth > 0);
    }

    /// <summary>
    /// Reads the next array element as a whole object: the record's bytes (valid UTF-8: the validator has seen them)
    /// and the line it starts on; null at the array's end.
    /// </summary>
    public async ValueTask<(byte[] Bytes, long Line)?> ReadObjectElementAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            bool read;
            try
            {
                read = reader.Read();
                if (read && reader.TokenType == JsonTokenType.StartObject)
                {
                    var probe = reader;
                    if (probe.TrySkip())
                    {
                        var tokenStart = (int)reader.TokenStartIndex;
                        var bytes = _buffer.AsSpan(_start + tokenStart, (int)probe.BytesConsumed - tokenStart).ToArray();
                        var line = _line + _buffer.AsSpan(_start, tokenStart).Count((byte)'\n');
                        Commit(in probe);
                        return (bytes, line);
                    }
                }
                else if (read && reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(in reader);
                    return null;
                }
                else if (read)
                {
                    throw new HashListFormatException(HashListFileProblem.BadStructure, _line, "Expected a JSON object in the array");
                }
            }
            catch (JsonException e)
            {
                throw BadJson(e);
            }

            await MoreAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private bool TryNext(out JsonTokenType token)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
        try
        {
            if (!reader.Read())
            {
                token = JsonTokenType.None;
                return false;
            }

            token = reader.TokenType;
            LastString = token is JsonTokenType.PropertyName or JsonTokenType.String && reader.ValueSpan.Length <= MaxKeptString
                ? reader.GetString()
                : null;
        }
        catch (JsonException e)
        {
            throw BadJson(e);
        }
        catch (InvalidOperationException e)
        {
            throw new HashListFormatException(HashListFileProblem.BadJson, _line, "A JSON name or string outside a record is not a valid string (a lone surrogate escape?)", e);
        }

        Commit(in reader);
        return true;
    }

    private void Commit(in Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += _buffer.AsSpan(_start, consumed).Count((byte)'\n');
        _start += consumed;
        _state = reader.CurrentState;
    }

    private HashListFormatException BadJson(JsonException e) =>
        new(HashListFileProblem.BadJson, _line + (e.LineNumber ?? 0), "The file is not valid JSON", e);

    private async ValueTask MoreAsync(CancellationToken cancellationToken)
    {
        if (_eof)
        {
            throw new HashListFormatException(HashListFileProblem.BadJson, _line, "The JSON ends in the middle of a value (truncated file?)");
        }

        if (_start == 0 && _end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordBytes)
            {
                throw new HashListFormatException(HashListFileProblem.RecordTooLarge, _line, $"A record is larger than {MaxRecordBytes} bytes");
            }

            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        await FillAsync(cancellationToken);
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
        _eof = read == 0;
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
