namespace Vigil.Core.Reports;

/// <summary>A file received with a report, already stored in the vault under its SHA-256.</summary>
/// <param name="Sha256">32-byte SHA-256 of the bytes.</param>
/// <param name="SizeBytes">Length of the file.</param>
/// <param name="MediaType">Media type sniffed from the bytes.</param>
/// <param name="UrlPosition">Index into the report's URLs where the file was found, or null.</param>
public sealed record NewMedia(byte[] Sha256, long SizeBytes, string MediaType, int? UrlPosition);
