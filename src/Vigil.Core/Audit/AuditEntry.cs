namespace Vigil.Core.Audit;

/// <summary>What a caller asks to record; the log adds time, sequence and hashes.</summary>
public sealed record AuditEntry(string Actor, string Action, string Target, string Address);
