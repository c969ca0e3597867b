using Vigil.Core.Accounts;

namespace Vigil.Server.Security;

/// <summary>Authorization policy names and the roles each admits (the endpoint-coverage test reads this map).</summary>
public static class VigilPolicies
{
    /// <summary>Any signed-in person, whatever the role; never an API key (pages, sign-out, own password).</summary>
    public const string SignedIn = "signed-in";

    public const string Analysts = "analysts";
    public const string Seniors = "seniors";
    public const string Administrators = "administrators";
    public const string Auditors = "auditors";
    public const string Statistics = "statistics";
    public const string SubmitReports = "submit-reports";
    public const string LookupHashes = "lookup-hashes";
    public const string ReadLists = "read-lists";
    public const string ManageLists = "manage-lists";

    /// <summary>The user roles each policy admits (API keys are admitted by scope where ScopeOf names one).</summary>
    public static IReadOnlyDictionary<string, Role[]> Roles { get; } = new Dictionary<string, Role[]>(StringComparer.Ordinal)
    {
        [SignedIn] = Enum.GetValues<Role>(),
        [Analysts] = [Role.Analyst, Role.SeniorAnalyst, Role.Administrator],
        [Seniors] = [Role.SeniorAnalyst, Role.Administrator],
        [Administrators] = [Role.Administrator],
        [Auditors] = [Role.Auditor, Role.Administrator],

        // Published figures: analysts and up, and auditors (who check what is published); never API keys.
        [Statistics] = [Role.Analyst, Role.SeniorAnalyst, Role.Administrator, Role.Auditor],
        [SubmitReports] = [Role.Analyst, Role.SeniorAnalyst, Role.Administrator],
        [LookupHashes] = [Role.Analyst, Role.SeniorAnalyst, Role.Administrator],
        [ReadLists] = [Role.Analyst, Role.SeniorAnalyst, Role.Administrator],
        [ManageLists] = [Role.SeniorAnalyst, Role.Administrator],
    };

    /// <summary>The API-key scope a policy also admits, if any.</summary>
    public static ApiScopes ScopeOf(string policy) => policy switch
    {
        SubmitReports => ApiScopes.SubmitReports,
        LookupHashes => ApiScopes.LookupHashes,
        ReadLists or ManageLists => ApiScopes.ManageLists,
        _ => ApiScopes.None,
    };
}
