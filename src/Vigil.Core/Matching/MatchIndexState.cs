using Vigil.Core.HashLists;
using Vigil.Hashing.Pdq;
using Vigil.Hashing.Vpdq;
using Vigil.Index.Digests;
using Vigil.Index.Pdq;

namespace Vigil.Core.Matching;

/// <summary>
/// One generation of the in-memory index: the PDQ index (PDQ entries and vPDQ frames), a digest index per
/// algorithm, model AutoV2 prefixes, the live entries and the lists with the checkpoint each is current to.
/// Changes and lookups are serialised by <see cref="MatchIndexHost"/>'s lock.
/// </summary>
internal sealed class MatchIndexState : IDisposable
{
    private const int AutoV2Length = 10;
    private const int AutoV1Length = 8;

    private readonly int _vpdqQuality;
    // Model entries by the key a declared short hash is looked up with: "v2:" + the first 10 hex (ModelAutoV2 and
    // ModelSha256 entries), "v3:" + the first 12 (ModelAutoV3 entries of 12 or 64 hex), "v1:" + the value (AutoV1).
    private readonly Dictionary<string, List<long>> _modelKeys = new(StringComparer.Ordinal);
    private readonly int[] _counts = new int[Enum.GetValues<HashListEntryKind>().Length];

    public MatchIndexState(PdqIndex pdq, int vpdqQuality, IReadOnlyList<HashListState> lists)
    {
        Pdq = pdq;
        _vpdqQuality = vpdqQuality;
        foreach (var list in lists)
        {
            Lists[list.Id] = list;
        }
    }

    public PdqIndex Pdq { get; set; }

    public DigestIndex Md5 { get; } = new(DigestAlgorithm.Md5);

    public DigestIndex Sha1 { get; } = new(DigestAlgorithm.Sha1);

    /// <summary>File SHA-256 entries, model-file SHA-256 entries and full AutoV3 entries (told apart by the entry's kind).</summary>
    public DigestIndex Sha256 { get; } = new(DigestAlgorithm.Sha256);

    public Dictionary<long, IndexedEntry> Entries { get; } = [];

    /// <summary>The lists, each with the checkpoint this state is current to.</summary>
    public Dictionary<long, HashListState> Lists { get; } = [];

    /// <summary>Rows that could not be indexed (malformed values or frames), counted, never thrown.</summary>
    public int Skipped { get; private set; }

    public int CountOf(HashListEntryKind kind) => _counts[(int)kind];

    /// <summary>AutoV2 lookups: entries of kind ModelAutoV2 with this value and ModelSha256 entries starting with it.</summary>
    public IReadOnlyList<long> AutoV2(string tenHex) => Model("v2:" + tenHex);

    /// <summary>AutoV3 lookups: ModelAutoV3 entries (12 or 64 hex) whose first 12 hex are these.</summary>
    public IReadOnlyList<long> AutoV3(string twelveHex) => Model("v3:" + twelveHex);

    /// <summary>Short (12-hex) ModelAutoV3 entries equal to these 12 hex.</summary>
    public IReadOnlyList<long> AutoV3Short(string twelveHex) => Model("v3s:" + twelveHex);

    /// <summary>AutoV1 lookups: ModelAutoV1 entries with this value.</summary>
    public IReadOnlyList<long> AutoV1(string eightHex) => Model("v1:" + eightHex);

    private List<long> Model(string key) => _modelKeys.TryGetValue(key, out var ids) ? ids : [];

    private static string? ModelKey(HashListEntryKind kind, string value) => kind switch
    {
        HashListEntryKind.ModelAutoV2 or HashListEntryKind.ModelSha256 when value.Length >= AutoV2Length => "v2:" + value[..AutoV2Length].ToLowerInvariant(),
        HashListEntryKind.ModelAutoV3 when value.Length is HashValues.AutoV3ShortLength or 64 => "v3:" + value[..HashValues.AutoV3ShortLength].ToLowerInvariant(),
        HashListEntryKind.ModelAutoV1 when value.Length == AutoV1Length => "v1:" + value.ToLowerInvariant(),
        _ => null,
    };

    /// <summary>The PDQ index entries of a row (the hash, or a vPDQ entry's usable frames); null when malformed.</summary>
    public List<PdqIndexEntry>? PdqEntriesOf(IndexEntryRow row, out int frameCount)
    {
        frameCount = 0;
        if (row.Kind == HashListEntryKind.Pdq)
        {
            return PdqHash.TryParse(row.Value, out var hash) ? [new PdqIndexEntry(row.Id, hash)] : null;
        }

        if (row.Kind != HashListEntryKind.Vpdq)
        {
            return [];
        }

        var features = VpdqEntryFrames.TryParse(row.Frames, out _);
        if (features is null)
        {
            return null;
        }

        // The reference matcher's preparation: unique hashes, then frames under the quality tolerance dropped. The
        // entry's percentage is computed over exactly these, so they are what the index holds.
        var usable = VpdqMatcher.Prepare(features, _vpdqQuality);
        if (usable.Length > VpdqFrameIds.MaxFrames)
        {
            return null;
        }

        frameCount = usable.Length;
        var result = new List<PdqIndexEntry>(usable.Length);
        for (var i = 0; i < usable.Length; i++)
        {
            result.Add(new PdqIndexEntry(VpdqFrameIds.Encode(row.Id, i), usable[i]));
        }

        return result;
    }

    /// <summary>Adds a live row's non-PDQ parts (digests, model hashes) and its entry record; PDQ parts are the caller's.</summary>
    public bool AddDigestsAndEntry(IndexEntryRow row, int frameCount)
    {
        if (!ApplyDigest(row, add: true))
        {
            Skipped++;
            return false;
        }

        Entries[row.Id] = new IndexedEntry(row.ListId, row.Kind, row.DisabledUntil?.UtcTicks ?? 0, frameCount);
        _counts[(int)row.Kind]++;
        return true;
    }

    /// <summary>Applies one changed row: drops what the entry had, then adds it again unless it is a tombstone.</summary>
    public void ApplyChange(IndexEntryRow row)
    {
        if (Entries.Remove(row.Id, out var old))
        {
            _counts[(int)old.Kind]--;
            ApplyDigest(row, add: false);
            if (PdqEntriesOf(row, out _) is { Count: > 0 } gone)
            {
                Pdq.Apply([], gone);
            }
        }

        if (row.Removed)
        {
            return;
        }

        var entries = PdqEntriesOf(row, out var frames);
        if (entries is null || !AddDigestsAndEntry(row, frames))
        {
            if (entries is null)
            {
                Skipped++;
            }

            return;
        }

        if (entries.Count > 0)
        {
            Pdq.Apply(entries, []);
        }
    }

    /// <summary>Whether an entry may be returned under <paramref name="filter"/>, with its list.</summary>
    public bool Eligible(long entryId, MatchFilter filter, out IndexedEntry entry, out HashListState? list)
    {
        list = null;
        if (!Entries.TryGetValue(entryId, out entry) || !(filter.IncludeDisabled || entry.EnabledAt(filter.Now)) || !Lists.TryGetValue(entry.ListId, out list))
        {
            return false;
        }

        if (filter.ListIds is { } only && !only.Contains(entry.ListId))
        {
            return false;
        }

        return filter.IgnoreRatio || (list.MatchingEnabledRatio > 0 && list.MatchingEnabledRatio >= filter.Coinflip);
    }

    public void Dispose() => Pdq.Dispose();

    private void ApplyModelKey(string key, long id, bool add)
    {
        if (add)
        {
            if (!_modelKeys.TryGetValue(key, out var ids))
            {
                _modelKeys[key] = ids = [];
            }

            ids.Add(id);
        }
        else if (_modelKeys.TryGetValue(key, out var ids))
        {
            ids.Remove(id);
            if (ids.Count == 0)
            {
                _modelKeys.Remove(key);
            }
        }
    }

    private bool ApplyDigest(IndexEntryRow row, bool add)
    {
        var (index, algorithm) = row.Kind switch
        {
            HashListEntryKind.Md5 => (Md5, DigestAlgorithm.Md5),
            HashListEntryKind.Sha1 => (Sha1, DigestAlgorithm.Sha1),
            HashListEntryKind.Sha256 or HashListEntryKind.ModelSha256 => (Sha256, DigestAlgorithm.Sha256),
            HashListEntryKind.ModelAutoV3 when row.Value.Length == 64 => (Sha256, DigestAlgorithm.Sha256),
            _ => ((DigestIndex?)null, DigestAlgorithm.Sha256),
        };

        if (index is not null)
        {
            if (!DigestIndex.TryParseHex(row.Value, algorithm, out var digest))
            {
                return false;
            }

            if (add)
            {
                index.Add(digest, row.Id);
            }
            else
            {
                index.Remove(digest, row.Id);
            }
        }

        if (ModelKey(row.Kind, row.Value) is { } key)
        {
            ApplyModelKey(key, row.Id, add);
            if (row.Kind == HashListEntryKind.ModelAutoV3 && row.Value.Length == HashValues.AutoV3ShortLength)
            {
                ApplyModelKey("v3s:" + row.Value.ToLowerInvariant(), row.Id, add);
            }
        }
        else if (row.Kind is HashListEntryKind.ModelAutoV2 or HashListEntryKind.ModelAutoV3 or HashListEntryKind.ModelAutoV1)
        {
            return false;
        }

        return true;
    }
}
