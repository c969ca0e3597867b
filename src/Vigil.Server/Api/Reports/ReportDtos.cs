using Vigil.Core.Items;
using Vigil.Server.Api.Items;
using Vigil.Core.Reports;

namespace Vigil.Server.Api.Reports;

public sealed record ItemDto(
    long Id, string Sha256, string? Md5, string? Sha1, string? Pdq, int? PdqQuality, long SizeBytes,
    int? Width, int? Height, long? DurationMs, string MediaType, string Status, DateTimeOffset FirstSeenAt, DateTimeOffset? ProcessedAt,
    ProvenanceSummaryDto? Provenance = null)
{
    public static ItemDto From(Item i) => new(
        i.Id, Hex(i.Sha256)!, Hex(i.Md5), Hex(i.Sha1), Hex(i.Pdq), i.PdqQuality, i.SizeBytes, i.Width, i.Height, i.DurationMs,
        i.MediaType, i.Status.ToString(), i.FirstSeenAt, i.ProcessedAt);

    private static string? Hex(byte[]? bytes) => bytes is null ? null : Convert.ToHexStringLower(bytes);
}

public sealed record ReportSummaryDto(long Id, string Source, string Status, DateTimeOffset ReceivedAt, string SiteType, string Network, string? HostingCountry, int UrlCount)
{
    public static ReportSummaryDto From(Report r) => new(r.Id, r.Source.ToString(), r.Status.ToString(), r.ReceivedAt, r.SiteType.ToString(), r.Network.ToString(), r.HostingCountry, r.Urls.Count);
}

public sealed record SightingDto(long ItemId, int? UrlPosition, DateTimeOffset SeenAt);

public sealed record ReportDto(
    long Id, string Source, string Status, DateTimeOffset ReceivedAt, string SiteType, string Network, string? HostingCountry,
    string? Description, string SubmittedBy, IReadOnlyList<string> Urls, IReadOnlyList<SightingDto> Sightings, IReadOnlyList<ItemDto> Items);

public sealed record SubmittedItemDto(long ItemId, string Sha256, bool IsNew);

public sealed record SubmittedReportDto(long ReportId, IReadOnlyList<SubmittedItemDto> Items);

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
