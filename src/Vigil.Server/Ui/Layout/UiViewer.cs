namespace Vigil.Server.Ui.Layout;

/// <summary>Who is looking at a page: name, role, the antiforgery token for forms, and whether a break is due.</summary>
public sealed record UiViewer(string UserName, string Role, string Token, string TokenField, bool BreakDue = false)
{
    public bool IsAnalyst => Role is "Analyst" or "SeniorAnalyst" or "Administrator";

    public bool IsSenior => Role is "SeniorAnalyst" or "Administrator";

    public bool IsAuditor => Role is "Auditor" or "Administrator";

    public string RoleLabel => Role switch
    {
        "SeniorAnalyst" => "senior analyst",
        _ => Role.ToLowerInvariant(),
    };
}
