using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Core.HashLists;
using Vigil.Core.Hashing;
using Vigil.Core.Vault;
using Vigil.Server.Errors;

namespace Vigil.Server.Api.HashLists;

/// <summary>Signals in and out of HMA's string forms.</summary>
internal static partial class HmaBankEndpoints
{
    /// <summary>HMA's longest note.</summary>
    private const int MaxNoteLength = 255;

    private static async Task<HmaAddedDto> AddSignalsAsync(
        string name, List<(string Type, string Value)> signals, string? note, HttpContext context, HashListService lists, CancellationToken cancellationToken)
    {
        // Everything is validated before the first entry is stored, so a request is banked whole or not at all.
        var records = new List<HashListRecord>(signals.Count);
        foreach (var (type, value) in signals)
        {
            if (!HmaSignalTypes.TryParse(type, out var kind))
            {
                throw new RequestValidationException("signal_type", $"No such signal type {type}");
            }

            string? frames = null;
            if (kind == HashListEntryKind.Vpdq && !VpdqFrames.TryFromHmaSignal(value, out frames, out var vpdqError))
            {
                throw new RequestValidationException("signal", $"Invalid vpdq signal: {vpdqError}");
            }

            var record = new HashListRecord { Kind = kind, Value = value, Frames = frames, Note = note };
            if (!HashListService.TryNormalize(record, out var normal, out var error))
            {
                throw new RequestValidationException("signal", $"Invalid {type} signal: {error}");
            }

            records.Add(normal);
        }

        long? id = null;
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var outcome = await lists.AddEntryAsync(name, record, ListEndpoints.ActorOf(context), cancellationToken);
            id ??= outcome.Entry.Id;
            foreach (var (type, value) in SignalsOf(outcome.Entry))
            {
                stored[type] = value;
            }
        }

        return new HmaAddedDto(id!.Value, stored);
    }

    private static Dictionary<string, string> SignalsOf(HashListEntry entry) => new(StringComparer.Ordinal)
    {
        [HmaSignalTypes.NameOf(entry.Kind)] = entry.Kind == HashListEntryKind.Vpdq && entry.Frames is { } frames ? VpdqFrames.ToHmaSignal(frames) : entry.Value,
    };

    // HMA's _validate_note: empty is no note; otherwise a string of at most 255 characters.
    private static string? Note(string? note) => string.IsNullOrEmpty(note) ? null
        : note.Length > MaxNoteLength ? throw new RequestValidationException("note", "note must be at most 255 characters")
        : note;

    private static string? Note(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False or JsonValueKind.Undefined => null,
        JsonValueKind.String => Note(value.GetString()),
        _ => throw new RequestValidationException("note", "note should be a string"),
    };

    // HMA's str_to_type(value, int): an integer, or a string holding one.
    private static long Integer(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString()?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        var raw = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        throw new RequestValidationException(field, $"Invalid int: '{(raw?.Length > 40 ? raw[..40] : raw)}'");
    }

    // HMA's user metadata ({"content_id", "content_uri", "json"}) where the entry came from an HMA bank export that had it.
    private static JsonElement? MetadataOf(HashListEntry entry)
    {
        if (entry.Extra is not { } extra)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(extra);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                ? metadata.Clone()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The upload is spooled to a private file in the scratch folder (ffmpeg reads videos by path), deleted after hashing.
    private static async Task<List<(string Type, string Value)>> HashUploadAsync(IFormFile file, FileHasher hasher, ScratchFolder scratch, CancellationToken cancellationToken)
    {
        using var spooled = await scratch.CreateAsync(file.CopyToAsync, cancellationToken);
        var result = await hasher.HashFileAsync(spooled.Path, cancellationToken);
        if (result.Pdq is { } pdq)
        {
            return [("pdq", pdq.Hash.ToString())];
        }

        if (result.Video is { Features.Count: > 0 } video)
        {
            var text = new StringBuilder();
            foreach (var f in video.Features)
            {
                text.Append(CultureInfo.InvariantCulture, $"{f.Hash},{f.Quality},{f.Timestamp:F3}\n");
            }

            VpdqFrames.TryCanonicalize(text.ToString(), out var canonical, out _);
            return [("vpdq", VpdqFrames.ToHmaSignal(canonical ?? string.Empty))];
        }

        throw new RequestValidationException("file", $"The upload could not be hashed: {result.Error ?? "not an image or video"}");
    }
}
