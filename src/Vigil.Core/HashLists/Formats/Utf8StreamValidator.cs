using System.Text;
using System.Text.Unicode;

namespace Vigil.Core.HashLists.Formats;

/// <summary>
/// Checks every byte a reader takes from a list file, chunk by chunk as it streams: the file must be UTF-8 without
/// NUL bytes from its first byte to its last. A Latin-1 row, a UTF-16 stretch or a truncated multi-byte sequence
/// anywhere fails the whole file (<see cref="HashListFileProblem.WrongEncoding"/>, naming the line), because a
/// file that mixes encodings was not written by one program and its rows cannot be trusted to mean what they say.
/// A sequence split between two chunks is carried over (at most three bytes).
/// </summary>
internal sealed class Utf8StreamValidator
{
    private readonly byte[] _carry = new byte[4];
    private int _carryLength;
    private long _line = 1;

    /// <summary>Checks the next chunk of the file.</summary>
    /// <exception cref="HashListFormatException">The chunk holds invalid UTF-8 or a NUL byte.</exception>
    public void Check(ReadOnlySpan<byte> chunk)
    {
        if (_carryLength > 0)
        {
            var need = SequenceLength(_carry[0]) - _carryLength;
            var take = Math.Min(need, chunk.Length);
            chunk[..take].CopyTo(_carry.AsSpan(_carryLength));
            _carryLength += take;
            chunk = chunk[take..];
            if (take < need)
            {
                return;
            }

            if (!Utf8.IsValid(_carry.AsSpan(0, _carryLength)))
            {
                throw Invalid(_line);
            }

            _carryLength = 0;
        }

        var tail = IncompleteTail(chunk);
        var body = chunk[..^tail];
        var nul = body.IndexOf((byte)0);
        if (!Utf8.IsValid(body) || nul >= 0)
        {
            var bad = FirstInvalid(body);
            if (nul >= 0 && (bad < 0 || nul < bad))
            {
                throw new HashListFormatException(HashListFileProblem.WrongEncoding, _line + body[..nul].Count((byte)'\n'), "The file contains a NUL byte; it is not UTF-8 text throughout (UTF-16 in part of it?). Nothing was read from it");
            }

            throw Invalid(_line + body[..bad].Count((byte)'\n'));
        }

        _line += body.Count((byte)'\n');
        chunk[^tail..].CopyTo(_carry);
        _carryLength = tail;
    }

    /// <summary>The end of the file: a multi-byte sequence left open is invalid.</summary>
    public void Finish()
    {
        if (_carryLength > 0)
        {
            throw Invalid(_line);
        }
    }

    private static HashListFormatException Invalid(long line) =>
        new(HashListFileProblem.WrongEncoding, line, "The file is not valid UTF-8 throughout (mixed encodings, e.g. a Latin-1 row in a UTF-8 file); save the whole file as UTF-8. Nothing was read from it");

    // Bytes at the end of the chunk that start a multi-byte sequence the chunk does not finish (0..3).
    private static int IncompleteTail(ReadOnlySpan<byte> chunk)
    {
        for (var back = 1; back <= Math.Min(3, chunk.Length); back++)
        {
            var b = chunk[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for its lead
            }

            var length = SequenceLength(b);
            return length > back ? back : 0;
        }

        return 0;
    }

    // The length a lead byte announces; 1 for ASCII and for bytes that cannot lead (left for Utf8.IsValid to refuse).
    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 1,
    };

    // Index of the first byte that does not start a valid scalar value; -1 when all are valid.
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }
}
