namespace Vigil.Core.HashLists;

/// <summary>Who changes a list (actor id, e.g. <c>user:alice</c> or <c>key:3</c>) and from where, for the audit log.</summary>
public sealed record HashListActor(string Name, string Address);
