using System.Security.Claims;

namespace Vigil.Server.Security;

/// <summary>Claim names Vigil puts on its principals.</summary>
public static class VigilClaims
{
    /// <summary><c>user:NAME</c> or <c>apikey:ID</c>: the audit log's "who".</summary>
    public const string Actor = "vigil:actor";

    /// <summary>One claim per API-key scope.</summary>
    public const string Scope = "vigil:scope";

    public static string ActorOf(ClaimsPrincipal principal) => principal.FindFirst(Actor)?.Value ?? "anonymous";
}
