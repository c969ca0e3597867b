using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Vigil.Hashing.Pdq;

/// <summary>
/// A 256-bit PDQ hash. Stored as four 64-bit words in the reference's hex order: <see cref="W0"/> holds the
/// first 16 hex characters (the reference's 16-bit words 15..12), <see cref="W3"/> the last 16 (words 3..0).
/// Bit <c>k</c> of the reference (<c>Hash256::setBit(k)</c>) is in reference word <c>k / 16</c>.
/// </summary>
public readonly struct PdqHash : IEquatable<PdqHash>, ISpanFormattable
{
    /// <summary>Number of bits in a PDQ hash.</summary>
    public const int BitCount = 256;

    /// <summary>Length of the hex form.</summary>
    public const int HexLength = 64;

    /// <summary>Creates a hash from its four words in hex order.</summary>
    public PdqHash(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        W0 = w0;
        W1 = w1;
        W2 = w2;
        W3 = w3;
    }

    /// <summary>First 64 bits in hex order (reference words 15..12).</summary>
    public ulong W0 { get; }

    /// <summary>Second 64 bits in hex order (reference words 11..8).</summary>
    public ulong W1 { get; }

    /// <summary>Third 64 bits in hex order (reference words 7..4).</summary>
    public ulong W2 { get; }

    /// <summary>Last 64 bits in hex order (reference words 3..0).</summary>
    public ulong W3 { get; }

    /// <summary>The all-zero hash (what the reference returns for images under 5 pixels on a side).</summary>
    public static PdqHash Zero => default;

    /// <summary>Gets the word at <paramref name="index"/> (0..3) in hex order.</summary>
    public ulong this[int index] => index switch
    {
        0 => W0,
        1 => W1,
        2 => W2,
        3 => W3,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <summary>Hamming distance: the number of differing bits (0..256).</summary>
    public static int Distance(PdqHash a, PdqHash b) =>
        BitOperations.PopCount(a.W0 ^ b.W0) + BitOperations.PopCount(a.W1 ^ b.W1)
        + BitOperations.PopCount(a.W2 ^ b.W2) + BitOperations.PopCount(a.W3 ^ b.W3);

    /// <summary>Hamming distance to <paramref name="other"/>.</summary>
    public int DistanceTo(PdqHash other) => Distance(this, other);

    /// <summary>Number of set bits.</summary>
    public int PopCount =>
        BitOperations.PopCount(W0) + BitOperations.PopCount(W1) + BitOperations.PopCount(W2) + BitOperations.PopCount(W3);

    /// <summary>Whether reference bit <paramref name="k"/> (0..255) is set.</summary>
    public bool GetBit(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, BitCount);
        var (word, shift) = Locate(k);
        return ((this[word] >> shift) & 1UL) != 0;
    }

    /// <summary>Builds a hash from 256 reference bit positions, as the reference's <c>setBit</c> loop does.</summary>
    public static PdqHash FromBits(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != BitCount)
        {
            throw new ArgumentException($"A PDQ hash has {BitCount} bits, got {bits.Length}.", nameof(bits));
        }

        Span<ulong> w = stackalloc ulong[4];
        for (var k = 0; k < BitCount; k++)
        {
            if (bits[k])
            {
                var (word, shift) = Locate(k);
                w[word] |= 1UL << shift;
            }
        }

        return new PdqHash(w[0], w[1], w[2], w[3]);
    }

    /// <summary>Reads 32 bytes in hex order (big-endian words).</summary>
    public static PdqHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 32)
        {
            throw new ArgumentException("A PDQ hash is 32 bytes.", nameof(bytes));
        }

        return new PdqHash(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>Writes the 32 bytes in hex order (big-endian words).</summary>
    public void WriteBytes(Span<byte> destination)
    {
        if (destination.Length < 32)
        {
            throw new ArgumentException("Need 32 bytes.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, W0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], W1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], W2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], W3);
    }

    /// <summary>Parses 64 hex characters (either case). Throws <see cref="FormatException"/> naming the problem.</summary>
    public static PdqHash Parse(ReadOnlySpan<char> hex)
    {
        if (!TryParse(hex, out var hash, out var error))
        {
            throw new FormatException(error);
        }

        return hash;
    }

    /// <summary>Tries to parse 64 hex characters (either case).</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out PdqHash hash) => TryParse(hex, out hash, out _);

    /// <summary>Tries to parse 64 hex characters; <paramref name="error"/> names the problem on failure.</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out PdqHash hash, [NotNullWhen(false)] out string? error)
    {
        hash = default;
        hex = hex.Trim();
        if (hex.Length != HexLength)
        {
            error = $"a PDQ hash is {HexLength} hex characters, got {hex.Length}";
            return false;
        }

        Span<ulong> w = stackalloc ulong[4];
        for (var i = 0; i < 4; i++)
        {
            if (!ulong.TryParse(hex.Slice(i * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out w[i]))
            {
                error = "a PDQ hash may contain only hex digits";
                return false;
            }
        }

        hash = new PdqHash(w[0], w[1], w[2], w[3]);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(HexLength, this, static (span, h) => h.TryFormat(span, out _, default, null));

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < HexLength)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            this[i].TryFormat(destination.Slice(i * 16, 16), out _, "x16", CultureInfo.InvariantCulture);
        }

        charsWritten = HexLength;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(PdqHash other) => W0 == other.W0 && W1 == other.W1 && W2 == other.W2 && W3 == other.W3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PdqHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(W0, W1, W2, W3);

    /// <summary>Equality.</summary>
    public static bool operator ==(PdqHash left, PdqHash right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PdqHash left, PdqHash right) => !left.Equals(right);

    // Reference word k/16 is printed at position 15 - k/16; four reference words per ulong, highest first.
    private static (int Word, int Shift) Locate(int k)
    {
        var refWord = k >> 4;
        return ((15 - refWord) >> 2, ((refWord & 3) * 16) + (k & 15));
    }
}
