using System.Diagnostics.CodeAnalysis;

namespace Vigil.Index.Digests;

/// <summary>
/// Exact digest lookup: digest bytes to the ids of every entry holding that digest. An open-addressing table
/// with linear probing over two flat arrays (digest bytes back to back, ids beside them), so 10 M SHA-256
/// entries take about 40 bytes each at most 70 % load, with no object per entry. A digest may be held by
/// several ids (the same hash on several lists). Removal shifts later entries back, so lookups never wade
/// through tombstones. Not thread-safe for changes: wrap changes and lookups in the caller's lock.
/// </summary>
public sealed class DigestIndex
{
    private const long Empty = -1;
    private const double MaxLoad = 0.7;

    private byte[] _keys;
    private long[] _ids;
    private int _mask;

    /// <summary>Creates an empty index for one digest kind.</summary>
    /// <param name="algorithm">The digest kind; fixes the digest length.</param>
    /// <param name="capacity">Expected entry count (optional), to size the table once.</param>
    public DigestIndex(DigestAlgorithm algorithm, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Algorithm = algorithm;
        DigestLength = LengthOf(algorithm);
        var slots = (int)Math.Min(1 << 30, Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling((capacity + 1) / MaxLoad))));
        (_keys, _ids, _mask) = Allocate(slots, DigestLength);
    }

    /// <summary>The digest kind.</summary>
    public DigestAlgorithm Algorithm { get; }

    /// <summary>Digest length in bytes.</summary>
    public int DigestLength { get; }

    /// <summary>Number of (digest, id) entries.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held by the table.</summary>
    public long MemoryBytes => _keys.LongLength + (_ids.LongLength * sizeof(long));

    /// <summary>Length in bytes of a digest kind.</summary>
    public static int LengthOf(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5 => 16,
        DigestAlgorithm.Sha1 => 20,
        DigestAlgorithm.Sha256 => 32,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown digest algorithm."),
    };

    /// <summary>Parses a hex digest of the right length for <paramref name="algorithm"/> (either case).</summary>
    public static bool TryParseHex(ReadOnlySpan<char> hex, DigestAlgorithm algorithm, [NotNullWhen(true)] out byte[]? digest)
    {
        digest = null;
        var length = LengthOf(algorithm);
        if (hex.Length != length * 2)
        {
            return false;
        }

        var bytes = new byte[length];
        if (Convert.FromHexString(hex, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != length)
        {
            return false;
        }

        digest = bytes;
        return true;
    }

    /// <summary>Adds an entry. Adding the same (digest, id) twice keeps two entries.</summary>
    /// <exception cref="ArgumentException">The digest has the wrong length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The id is negative.</exception>
    public void Add(ReadOnlySpan<byte> digest, long id)
    {
        CheckLength(digest);
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        if (Count + 1 > (_mask + 1) * MaxLoad)
        {
            Grow();
        }

        var slot = Home(digest);
        while (_ids[slot] != Empty)
        {
            slot = (slot + 1) & _mask;
        }

        digest.CopyTo(_keys.AsSpan(slot * DigestLength, DigestLength));
        _ids[slot] = id;
        Count++;
    }

    /// <summary>Removes one entry with this digest and id.</summary>
    /// <returns>False when there is none.</returns>
    public bool Remove(ReadOnlySpan<byte> digest, long id)
    {
        CheckLength(digest);
        for (var slot = Home(digest); _ids[slot] != Empty; slot = (slot + 1) & _mask)
        {
            if (_ids[slot] == id && KeyAt(slot).SequenceEqual(digest))
            {
                ShiftBack(slot);
                Count--;
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends the ids of every entry with this digest to <paramref name="ids"/>; returns how many.</summary>
    public int Lookup(ReadOnlySpan<byte> digest, ICollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        CheckLength(digest);
        var found = 0;
        for (var slot = Home(digest); _ids[slot] != Empty; slot = (slot + 1) & _mask)
        {
            if (KeyAt(slot).SequenceEqual(digest))
            {
                ids.Add(_ids[slot]);
                found++;
            }
        }

        return found;
    }

    /// <summary>The ids of every entry with this digest, in ascending order.</summary>
    public IReadOnlyList<long> Lookup(ReadOnlySpan<byte> digest)
    {
        var ids = new List<long>();
        Lookup(digest, ids);
        ids.Sort();
        return ids;
    }

    private static (byte[] Keys, long[] Ids, int Mask) Allocate(int slots, int digestLength)
    {
        var ids = GC.AllocateUninitializedArray<long>(slots);
        ids.AsSpan().Fill(Empty);
        return (new byte[checked(slots * digestLength)], ids, slots - 1);
    }

    private ReadOnlySpan<byte> KeyAt(int slot) => _keys.AsSpan(slot * DigestLength, DigestLength);

    // HashCode is seeded per process, so crafted digests cannot be chosen to pile into one probe run.
    private int Home(ReadOnlySpan<byte> digest)
    {
        var hash = default(HashCode);
        hash.AddBytes(digest);
        return hash.ToHashCode() & _mask;
    }

    private void CheckLength(ReadOnlySpan<byte> digest)
    {
        if (digest.Length != DigestLength)
        {
            throw new ArgumentException($"A {Algorithm} digest is {DigestLength} bytes, got {digest.Length}.", nameof(digest));
        }
    }

    private void Grow()
    {
        if (_mask + 1 >= 1 << 30)
        {
            throw new InvalidOperationException("A digest index holds at most 2^30 slots.");
        }

        var (oldKeys, oldIds) = (_keys, _ids);
        (_keys, _ids, _mask) = Allocate((_mask + 1) * 2, DigestLength);
        for (var slot = 0; slot < oldIds.Length; slot++)
        {
            if (oldIds[slot] != Empty)
            {
                var key = oldKeys.AsSpan(slot * DigestLength, DigestLength);
                var target = Home(key);
                while (_ids[target] != Empty)
                {
                    target = (target + 1) & _mask;
                }

                key.CopyTo(_keys.AsSpan(target * DigestLength, DigestLength));
                _ids[target] = oldIds[slot];
            }
        }
    }

    // Backward-shift deletion for linear probing: move later entries of the run into the hole unless their
    // home slot lies cyclically in (hole, entry], where moving them would put them before their home.
    private void ShiftBack(int hole)
    {
        var next = hole;
        while (true)
        {
            next = (next + 1) & _mask;
            if (_ids[next] == Empty)
            {
                break;
            }

            var home = Home(KeyAt(next));
            var stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (stays)
            {
                continue;
            }

            KeyAt(next).CopyTo(_keys.AsSpan(hole * DigestLength, DigestLength));
            _ids[hole] = _ids[next];
            hole = next;
        }

        _ids[hole] = Empty;
    }
}
