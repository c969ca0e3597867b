using Vigil.Hashing.Pdq;
using Vigil.Index.Hamming;

namespace Vigil.Index.Pdq;

/// <summary>A growable contiguous store: four words per hash in one array, ids in a parallel array.</summary>
internal sealed class PdqHashStore
{
    private ulong[] _words;
    private long[] _ids;

    public PdqHashStore(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _words = new ulong[capacity * HammingKernel.WordsPerHash];
        _ids = new long[capacity];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Words => _words.AsSpan(0, Count * HammingKernel.WordsPerHash);

    public ReadOnlySpan<long> Ids => _ids.AsSpan(0, Count);

    public long MemoryBytes => ((long)_words.Length * sizeof(ulong)) + ((long)_ids.Length * sizeof(long));

    public ReadOnlySpan<ulong> HashAt(int position) => _words.AsSpan(position * HammingKernel.WordsPerHash, HammingKernel.WordsPerHash);

    public void Add(long id, PdqHash hash)
    {
        if (Count == _ids.Length)
        {
            var capacity = checked(Math.Max(16, _ids.Length * 2));
            if (capacity > Array.MaxLength / HammingKernel.WordsPerHash)
            {
                throw new InvalidOperationException($"A PDQ index holds at most {Array.MaxLength / HammingKernel.WordsPerHash} hashes.");
            }

            Array.Resize(ref _words, capacity * HammingKernel.WordsPerHash);
            Array.Resize(ref _ids, capacity);
        }

        var w = _words.AsSpan(Count * HammingKernel.WordsPerHash, HammingKernel.WordsPerHash);
        w[0] = hash.W0;
        w[1] = hash.W1;
        w[2] = hash.W2;
        w[3] = hash.W3;
        _ids[Count] = id;
        Count++;
    }

    /// <summary>Removes the entry at <paramref name="position"/> by moving the last entry into its place.</summary>
    public void RemoveAt(int position)
    {
        var last = Count - 1;
        if (position != last)
        {
            _words.AsSpan(last * HammingKernel.WordsPerHash, HammingKernel.WordsPerHash)
                .CopyTo(_words.AsSpan(position * HammingKernel.WordsPerHash));
            _ids[position] = _ids[last];
        }

        Count = last;
    }

    /// <summary>Position of the entry with this id and hash, or -1.</summary>
    public int IndexOf(long id, PdqHash hash)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_ids[i] == id && Equal(HashAt(i), hash))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Shrinks the arrays to the count, handing them over (the store is empty afterwards).</summary>
    public (ulong[] Words, long[] Ids) Detach()
    {
        var words = _words.Length == Count * HammingKernel.WordsPerHash ? _words : _words.AsSpan(0, Count * HammingKernel.WordsPerHash).ToArray();
        var ids = _ids.Length == Count ? _ids : _ids.AsSpan(0, Count).ToArray();
        _words = new ulong[16 * HammingKernel.WordsPerHash];
        _ids = new long[16];
        Count = 0;
        return (words, ids);
    }

    public static bool Equal(ReadOnlySpan<ulong> words, PdqHash hash) =>
        words[0] == hash.W0 && words[1] == hash.W1 && words[2] == hash.W2 && words[3] == hash.W3;
}
