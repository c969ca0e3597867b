using System.Text.Json.Serialization;
using Vigil.Core.HashLists;
using Vigil.Core.HashLists.Formats;

namespace Vigil.Server.Api.HashLists;

internal sealed record ListDto(
    string Name,
    string? Description,
    [property: JsonPropertyName("matching_enabled_ratio")] double MatchingEnabledRatio,
    long Checkpoint,
    long Entries,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ListDto From(HashListSummary s) =>
        new(s.List.Name, s.List.Description, s.List.MatchingEnabledRatio, s.List.Checkpoint, s.EntryCount, s.List.CreatedAt, s.List.UpdatedAt);
}

internal sealed record NewListRequest(
    string? Name,
    string? Description,
    [property: JsonPropertyName("matching_enabled_ratio")] double? MatchingEnabledRatio);

internal sealed record ListChangeRequest(
    string? Description,
    [property: JsonPropertyName("matching_enabled_ratio")] double? MatchingEnabledRatio);

internal sealed record EntryDto(
    long Id,
    string Kind,
    string Value,
    string? Frames,
    string? Category,
    bool? Ai,
    string? Source,
    string? Note,
    int? Quality,
    string AddedBy,
    DateTimeOffset AddedAt,
    DateTimeOffset? DisabledUntil,
    long Checkpoint)
{
    public static EntryDto From(HashListEntry e) => new(
        e.Id, HashValues.Name(e.Kind), e.Value, e.Frames, e.Category, e.AiGenerated, e.Source, e.Note, e.Quality, e.AddedBy, e.AddedAt, e.DisabledUntil, e.Checkpoint);
}

internal sealed record EntryPageDto(IReadOnlyList<EntryDto> Entries, long? NextAfter);

internal sealed record NewEntryRequest(string? Kind, string? Value, string? Frames, string? Category, bool? Ai, string? Source, string? Note, int? Quality);

internal sealed record DisableRequest(DateTimeOffset? Until);

internal sealed record ImportRowErrorDto(long Line, string Problem);

internal sealed record ImportResultDto(
    long Added,
    [property: JsonPropertyName("already_present")] long AlreadyPresent,
    [property: JsonPropertyName("bad_rows")] long BadRows,
    long Skipped,
    long Checkpoint,
    IReadOnlyList<ImportRowErrorDto> Errors)
{
    public static ImportResultDto From(HashListImportResult r) => new(
        r.Added, r.AlreadyPresent, r.Report.BadRows, r.Report.SkippedRows, r.Checkpoint, [.. r.Report.Errors.Select(e => new ImportRowErrorDto(e.Line, e.Problem))]);
}

internal static class ListFormats
{
    public static HashListFormat Parse(string? format) =>
        HashListFiles.TryParse(format, out var parsed)
            ? parsed
            : throw new Errors.RequestValidationException("format", $"'format' must be one of {HashListFiles.Names}.");
}
