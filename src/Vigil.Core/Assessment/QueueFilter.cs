namespace Vigil.Core.Assessment;

/// <summary>Queue filters: media kind (image/video/any), signals only, and whether claimed items are listed.</summary>
public sealed record QueueFilter(string? MediaKind = null, bool SignalsOnly = false, bool IncludeClaimed = true);
