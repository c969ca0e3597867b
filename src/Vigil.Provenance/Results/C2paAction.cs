namespace Vigil.Provenance.Results;

/// <summary>One action of a C2PA <c>c2pa.actions</c> assertion.</summary>
/// <param name="Action">The action label, e.g. <c>c2pa.created</c>.</param>
/// <param name="DigitalSourceType">The IPTC digital source type URI, or null.</param>
/// <param name="SoftwareAgent">The software agent (a string or <c>name</c> of a generator-info map), or null.</param>
public sealed record C2paAction(string Action, string? DigitalSourceType, string? SoftwareAgent);
