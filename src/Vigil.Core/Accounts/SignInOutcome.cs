namespace Vigil.Core.Accounts;

/// <summary>Why a sign-in did or did not succeed (the UI shows one neutral message for all failures).</summary>
public enum SignInOutcome
{
    Succeeded = 0,
    InvalidCredentials = 1,
    InvalidCode = 2,
    LockedOut = 3,
}
