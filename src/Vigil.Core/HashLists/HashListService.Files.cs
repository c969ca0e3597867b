using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Vigil.Core.HashLists.Formats;

namespace Vigil.Core.HashLists;

/// <summary>Import and export of list files, and the per-record checks every entry passes.</summary>
public sealed partial class HashListService
{
    /// <summary>
    /// Imports a file into a list in one transaction: bad rows are counted and reported with their lines while good
    /// rows are kept; a file-level problem (<see cref="HashListFormatException"/>) imports nothing and propagates.
    /// Importing the same file twice changes nothing the second time (and leaves the checkpoint alone).
    /// </summary>
    public async Task<HashListImportResult> ImportAsync(
        string name, Stream file, HashListFormat format, HashListActor actor, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        var list = await GetAsync(name, cancellationToken);
        var report = new HashListReadReport();
        var records = Checked(HashListFiles.Read(format, file, report, cancellationToken), report, cancellationToken);
        var (added, checkpoint) = await store.ImportAsync(list.Id, records, Clip(actor.Name, HashListEntry.AddedByMaxLength), progress, cancellationToken);
        var result = new HashListImportResult(list.Id, added, report.GoodRows - added, checkpoint, report);
        if (added > 0)
        {
            await AuditAsync(actor, "list.imported", string.Create(CultureInfo.InvariantCulture, $"list:{list.Id} added:{added}"), cancellationToken);
        }

        return result;
    }

    /// <summary>Writes the list's live entries in a format; returns (written, skipped because the format cannot hold them).</summary>
    public async Task<(long Written, long Skipped)> ExportAsync(string name, Stream output, HashListFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = await GetAsync(name, cancellationToken);
        return await HashListFiles.WriteAsync(format, output, list, store.ReadEntriesAsync(list.Id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Normalises a record: value hex of the kind's length; vPDQ frames canonicalised and the value derived; text
    /// fields within the entry's column caps.
    /// </summary>
    public static bool TryNormalize(HashListRecord record, [NotNullWhen(true)] out HashListRecord? normal, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(record);
        normal = null;
        string value;
        var frames = record.Frames;
        if (record.Kind == HashListEntryKind.Vpdq)
        {
            if (!VpdqFrames.TryCanonicalize(record.Frames, out frames, out error))
            {
                return false;
            }

            value = VpdqFrames.ValueOf(frames);
        }
        else if (HashValues.TryNormalize(record.Kind, record.Value, out var v, out error))
        {
            value = v;
            frames = null;
        }
        else
        {
            return false;
        }

        if (record.Category?.Length > HashListEntry.CategoryMaxLength || record.Source?.Length > HashListEntry.SourceMaxLength || record.Note?.Length > HashListEntry.NoteMaxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"category, source or note too long (caps {HashListEntry.CategoryMaxLength}, {HashListEntry.SourceMaxLength}, {HashListEntry.NoteMaxLength})");
            return false;
        }

        if (record.Quality is < 0 or > 100)
        {
            error = "quality must be 0..100";
            return false;
        }

        normal = record with { Value = value, Frames = frames };
        error = null;
        return true;
    }

    private HashListEntry ToEntry(HashListRecord record, HashListActor actor) => new()
    {
        Kind = record.Kind,
        Value = record.Value,
        Frames = record.Frames,
        Category = record.Category,
        AiGenerated = record.AiGenerated,
        Source = record.Source,
        Note = record.Note,
        Quality = record.Quality,
        Extra = record.Extra,
        AddedBy = Clip(actor.Name, HashListEntry.AddedByMaxLength),
        AddedAt = time.GetUtcNow(),
    };

    // Readers already validate values; this second gate holds the column caps for every format (VICS categories,
    // HMA extras) so a row the database would refuse is a reported bad row, not a failed import.
    private static async IAsyncEnumerable<HashListRecord> Checked(IAsyncEnumerable<HashListRecord> records, HashListReadReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            if (TryNormalize(record, out var normal, out var error))
            {
                yield return normal;
            }
            else
            {
                report.Demote(record.Line, error);
            }
        }
    }
}
