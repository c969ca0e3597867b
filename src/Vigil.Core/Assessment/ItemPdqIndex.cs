using Vigil.Hashing.Pdq;
using Vigil.Index.Pdq;

namespace Vigil.Core.Assessment;

/// <summary>
/// The node's in-memory PDQ index of items (Vigil.Index's exact multi-index), for near-duplicates and never
/// re-exposing: derived state that follows the database. The first lookup reads every item's PDQ in id order and
/// builds the index; each later lookup first reads the items after <c>_settledUpTo</c>, the highest id up to which
/// every item has finished processing, so items hashed since (in any order) are added before the search. Items are
/// never deleted and a PDQ never changes once written, so adding is all that is needed.
/// </summary>
public sealed class ItemPdqIndex(IWorkspaceStore store) : IDisposable
{
    /// <summary>Rows read per store call.</summary>
    public const int BatchSize = 4096;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<long> _indexedAbove = [];
    private PdqIndex? _index;
    private long _settledUpTo;

    /// <summary>Items in the index.</summary>
    public int Count => _index?.Count ?? 0;

    /// <summary>Every item within <paramref name="radius"/> of <paramref name="hash"/>, nearest first (ties by id), after catching up with the database.</summary>
    public async Task<IReadOnlyList<PdqMatch>> SearchAsync(PdqHash hash, int radius, CancellationToken cancellationToken)
    {
        var index = await RefreshAsync(cancellationToken);
        return index.Search(hash, radius);
    }

    /// <summary>Adds the items hashed since the last call (builds the index on the first).</summary>
    public async Task<PdqIndex> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var building = _index is null;
            var found = new List<PdqIndexEntry>();
            var cursor = _settledUpTo;
            var settled = true;
            IReadOnlyList<ItemPdqRow> rows;
            do
            {
                rows = await store.ItemPdqsAfterAsync(cursor, BatchSize, cancellationToken);
                foreach (var row in rows)
                {
                    settled &= row.Settled;
                    if (row.Pdq is { Length: 32 } pdq && !_indexedAbove.Contains(row.Id))
                    {
                        found.Add(new PdqIndexEntry(row.Id, PdqHash.FromBytes(pdq)));
                        if (!settled)
                        {
                            _indexedAbove.Add(row.Id);
                        }
                    }

                    if (settled)
                    {
                        _settledUpTo = row.Id;
                    }
                }

                cursor = rows.Count > 0 ? rows[^1].Id : cursor;
            }
            while (rows.Count == BatchSize);

            if (building)
            {
                _index = PdqIndex.Build(found, found.Count);
            }
            else
            {
                foreach (var entry in found)
                {
                    _index!.Add(entry.Id, entry.Hash);
                }
            }

            // Ids at or below the settled mark are never read again; only those above need remembering.
            _indexedAbove.RemoveWhere(id => id <= _settledUpTo);
            return _index!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _gate.Dispose();
    }
}
