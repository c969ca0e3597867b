using System.Buffers.Binary;
using System.Text;

namespace Vigil.Provenance.Cbor;

/// <summary>
/// A small bounded CBOR (RFC 8949) decoder: enough for C2PA claims, assertions and COSE_Sign1. Every length is
/// checked against the bytes left, nesting depth and total item count are capped, and indefinite-length items
/// are accepted (C2PA writers emit definite lengths, but readers must not trust that).
/// </summary>
internal sealed class CborDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly ReadOnlyMemory<byte> _data;
    private int _pos;
    private int _items;

    private CborDecoder(ReadOnlyMemory<byte> data)
    {
        _data = data;
    }

    /// <summary>Decodes exactly one item that must fill <paramref name="data"/>.</summary>
    public static object? Decode(ReadOnlyMemory<byte> data)
    {
        var d = new CborDecoder(data);
        var item = d.ReadItem(0);
        if (d._pos != data.Length)
        {
            throw new CborFormatException($"cbor: {data.Length - d._pos} trailing bytes after the item");
        }

        return item;
    }

    private ReadOnlySpan<byte> Span => _data.Span;

    private object? ReadItem(int depth)
    {
        if (depth > ProvenanceLimits.MaxCborDepth)
        {
            throw new CborFormatException("cbor: nesting deeper than the cap");
        }

        if (++_items > ProvenanceLimits.MaxCborItems)
        {
            throw new CborFormatException("cbor: more items than the cap");
        }

        var initial = ReadByte();
        var major = initial >> 5;
        var info = initial & 0x1F;
        switch (major)
        {
            case 0:
                return ToLong(ReadArgument(info));
            case 1:
                return -1 - ToLong(ReadArgument(info));
            case 2:
                return ReadString(info, major, depth);
            case 3:
                {
                    var bytes = ReadString(info, major, depth);
                    try
                    {
                        return StrictUtf8.GetString(bytes);
                    }
                    catch (DecoderFallbackException ex)
                    {
                        throw new CborFormatException("cbor: text string is not UTF-8", ex);
                    }
                }

            case 4:
                return ReadArray(info, depth);
            case 5:
                return ReadMap(info, depth);
            case 6:
                {
                    var tag = ReadArgument(info);
                    return new CborTagged(tag, ReadItem(depth + 1));
                }

            default:
                return ReadSimple(info);
        }
    }

    private object? ReadSimple(int info)
    {
        switch (info)
        {
            case 20: return false;
            case 21: return true;
            case 22: return null;
            case 23: return CborUndefined.Instance;
            case 25: return (double)BinaryPrimitives.ReadHalfBigEndian(Take(2));
            case 26: return (double)BinaryPrimitives.ReadSingleBigEndian(Take(4));
            case 27: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case 31: throw new CborFormatException("cbor: unexpected break");
            default:
                if (info < 24)
                {
                    return CborUndefined.Instance;
                }

                if (info == 24)
                {
                    ReadByte();
                    return CborUndefined.Instance;
                }

                throw new CborFormatException($"cbor: reserved simple value {info}");
        }
    }

    private List<object?> ReadArray(int info, int depth)
    {
        var list = new List<object?>();
        if (info == 31)
        {
            while (PeekByte() != 0xFF)
            {
                list.Add(ReadItem(depth + 1));
            }

            _pos++;
            return list;
        }

        var count = BoundCount(ReadArgument(info), 1);
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadItem(depth + 1));
        }

        return list;
    }

    private CborMap ReadMap(int info, int depth)
    {
        var map = new CborMap();
        if (info == 31)
        {
            while (PeekByte() != 0xFF)
            {
                var k = ReadItem(depth + 1);
                map.Entries.Add(new(k, ReadItem(depth + 1)));
            }

            _pos++;
            return map;
        }

        var count = BoundCount(ReadArgument(info), 2);
        for (var i = 0; i < count; i++)
        {
            var k = ReadItem(depth + 1);
            map.Entries.Add(new(k, ReadItem(depth + 1)));
        }

        return map;
    }

    private byte[] ReadString(int info, int major, int depth)
    {
        if (info != 31)
        {
            var len = BoundCount(ReadArgument(info), 1);
            return Take(len).ToArray();
        }

        // Indefinite length: a sequence of definite chunks of the same major type, ended by a break.
        using var ms = new MemoryStream();
        while (PeekByte() != 0xFF)
        {
            var b = ReadByte();
            if (b >> 5 != major || (b & 0x1F) == 31)
            {
                throw new CborFormatException("cbor: bad chunk in indefinite-length string");
            }

            var len = BoundCount(ReadArgument(b & 0x1F), 1);
            ms.Write(Take(len));
            _ = depth;
        }

        _pos++;
        return ms.ToArray();
    }

    // A count is bounded by the bytes left: every element takes at least minBytesEach byte(s).
    private int BoundCount(ulong count, int minBytesEach)
    {
        var left = (ulong)(_data.Length - _pos);
        if (count > left / (ulong)minBytesEach)
        {
            throw new CborFormatException($"cbor: length {count} exceeds the {left} bytes left");
        }

        return (int)count;
    }

    private ulong ReadArgument(int info) => info switch
    {
        < 24 => (ulong)info,
        24 => ReadByte(),
        25 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
        26 => BinaryPrimitives.ReadUInt32BigEndian(Take(4)),
        27 => BinaryPrimitives.ReadUInt64BigEndian(Take(8)),
        _ => throw new CborFormatException($"cbor: reserved additional information {info}"),
    };

    private static long ToLong(ulong v) =>
        v <= long.MaxValue ? (long)v : throw new CborFormatException("cbor: integer beyond 63 bits");

    private byte ReadByte()
    {
        if (_pos >= _data.Length)
        {
            throw new CborFormatException("cbor: unexpected end of data");
        }

        return Span[_pos++];
    }

    private byte PeekByte()
    {
        if (_pos >= _data.Length)
        {
            throw new CborFormatException("cbor: unexpected end of data in indefinite-length item");
        }

        return Span[_pos];
    }

    private ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || n > _data.Length - _pos)
        {
            throw new CborFormatException("cbor: item runs past the end of data");
        }

        var s = Span.Slice(_pos, n);
        _pos += n;
        return s;
    }
}
