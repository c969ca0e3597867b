namespace Vigil.Core.Accounts;

/// <summary>What a user may do. Roles do not nest implicitly: policies list the roles they admit.</summary>
public enum Role
{
    Analyst = 1,
    SeniorAnalyst = 2,
    Administrator = 3,
    Auditor = 4,
}
