using System.Text;

namespace Vigil.Core.Statistics.Csv;

/// <summary>
/// A streaming RFC 4180 reader (comma separator, double-quote quoting, "" as an escaped quote, CRLF or LF)
/// with every length bounded by <see cref="CsvLimits"/>.
/// </summary>
/// <remarks>
/// One deliberate narrowing of RFC 4180: a quoted field may not span lines. No column Vigil imports can hold a
/// line break, and allowing them would let one stray quote swallow every following row up to the length cap;
/// this way a malformed line costs that line only, and the reader resynchronises at the next line break.
/// Blank lines are skipped. Line numbers are 1-based physical lines.
/// </remarks>
public sealed class BoundedCsvReader
{
    private const int ChunkSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly CsvLimits _limits;
    private readonly char[] _chunk = new char[ChunkSize];
    private readonly char[] _line;
    private readonly StringBuilder _field = new();
    private int _chunkPos;
    private int _chunkLen;
    private bool _eof;
    private int _lineLen;
    private bool _lineTooLong;

    public BoundedCsvReader(TextReader reader, CsvLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        _reader = reader;
        _limits = limits;
        _line = new char[limits.MaxLineLength];
    }

    /// <summary>The 1-based line number of the record or error last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Why the last line was malformed.</summary>
    public string Error { get; private set; } = string.Empty;

    /// <summary>Reads the next non-blank line into <paramref name="fields"/> (cleared first).</summary>
    public async ValueTask<CsvReadStatus> ReadAsync(List<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        while (true)
        {
            fields.Clear();
            if (!await ReadLineAsync(cancellationToken))
            {
                return CsvReadStatus.End;
            }

            if (_lineTooLong)
            {
                Error = $"line longer than {_limits.MaxLineLength} characters";
                return CsvReadStatus.Malformed;
            }

            if (_lineLen == 0)
            {
                continue;
            }

            var error = SplitLine(_line.AsSpan(0, _lineLen), fields);
            if (error is not null)
            {
                fields.Clear();
                Error = error;
                return CsvReadStatus.Malformed;
            }

            return CsvReadStatus.Record;
        }
    }

    private async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        _lineLen = 0;
        _lineTooLong = false;
        var sawAny = false;
        while (true)
        {
            if (_chunkPos == _chunkLen)
            {
                if (_eof)
                {
                    if (sawAny)
                    {
                        LineNumber++;
                    }

                    return sawAny;
                }

                _chunkLen = await _reader.ReadAsync(_chunk.AsMemory(), cancellationToken);
                _chunkPos = 0;
                _eof = _chunkLen == 0;
                continue;
            }

            var span = _chunk.AsSpan(_chunkPos, _chunkLen - _chunkPos);
            var newline = span.IndexOf('\n');
            var part = newline < 0 ? span : span[..newline];
            sawAny = true;
            if (!_lineTooLong && _lineLen + part.Length <= _line.Length)
            {
                part.CopyTo(_line.AsSpan(_lineLen));
                _lineLen += part.Length;
            }
            else
            {
                _lineTooLong = true;
            }

            _chunkPos += part.Length + (newline < 0 ? 0 : 1);
            if (newline >= 0)
            {
                LineNumber++;
                if (_lineLen > 0 && _line[_lineLen - 1] == '\r')
                {
                    _lineLen--;
                }

                return true;
            }
        }
    }

    private string? SplitLine(ReadOnlySpan<char> line, List<string> fields)
    {
        var i = 0;
        while (true)
        {
            if (fields.Count == _limits.MaxFields)
            {
                return $"more than {_limits.MaxFields} fields";
            }

            string value;
            if (i < line.Length && line[i] == '"')
            {
                _field.Clear();
                i++;
                while (true)
                {
                    var rest = line[i..];
                    var quote = rest.IndexOf('"');
                    if (quote < 0)
                    {
                        return $"unterminated quoted field {fields.Count + 1}";
                    }

                    if (_field.Length + quote > _limits.MaxFieldLength)
                    {
                        return $"field {fields.Count + 1} longer than {_limits.MaxFieldLength} characters";
                    }

                    _field.Append(rest[..quote]);
                    i += quote + 1;
                    if (i < line.Length && line[i] == '"')
                    {
                        _field.Append('"');
                        i++;
                        continue;
                    }

                    break;
                }

                if (_field.Length > _limits.MaxFieldLength)
                {
                    return $"field {fields.Count + 1} longer than {_limits.MaxFieldLength} characters";
                }

                if (i < line.Length && line[i] != ',')
                {
                    return $"unexpected character after the closing quote of field {fields.Count + 1}";
                }

                value = _field.ToString();
            }
            else
            {
                var rest = line[i..];
                var comma = rest.IndexOf(',');
                var raw = comma < 0 ? rest : rest[..comma];
                if (raw.Contains('"'))
                {
                    return $"quote inside unquoted field {fields.Count + 1}";
                }

                if (raw.Length > _limits.MaxFieldLength)
                {
                    return $"field {fields.Count + 1} longer than {_limits.MaxFieldLength} characters";
                }

                value = raw.ToString();
                i += raw.Length;
            }

            fields.Add(value);
            if (i >= line.Length)
            {
                return null;
            }

            i++; // the comma
        }
    }
}
