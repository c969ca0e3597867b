using Vigil.Core.HashLists.Formats;

namespace Vigil.Core.HashLists;

/// <summary>
/// What an import did: <see cref="Added"/> entries were inserted (or revived from a tombstone),
/// <see cref="AlreadyPresent"/> good rows changed nothing, bad rows are in <see cref="Report"/> with their lines.
/// <see cref="Checkpoint"/> is the list's checkpoint after the import (raised by one only when something changed).
/// </summary>
public sealed record HashListImportResult(long ListId, long Added, long AlreadyPresent, long Checkpoint, HashListReadReport Report);
