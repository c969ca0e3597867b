namespace Vigil.Server.Api.Reports;

/// <summary>An uploaded file held in memory after validation (bounded by <see cref="IntakeOptions.MaxFileBytes"/>).</summary>
internal sealed record ReceivedFile(int Index, byte[] Content, string MediaType);
