namespace Vigil.Core.HashLists;

/// <summary>
/// HMA's <c>disable_until_ts</c> for an entry's <see cref="HashListEntry.DisabledUntil"/>. HMA (python-threatexchange
/// <c>BankContentConfig</c>) gives two magic values: 0 disables the content permanently and 1 enables it; any other
/// value is a Unix time in seconds before which the content does not match. Vigil stores "permanently" as
/// <see cref="Forever"/> and "enabled" as null.
/// </summary>
public static class HmaDisableUntil
{
    /// <summary>HMA's <c>BankContentConfig.DISABLED</c>: disabled until enabled again.</summary>
    public const long Disabled = 0;

    /// <summary>HMA's <c>BankContentConfig.ENABLED</c> (the value new content gets).</summary>
    public const long Enabled = 1;

    /// <summary>The disabled-until time Vigil stores for "disabled permanently" (never reached).</summary>
    public static DateTimeOffset Forever => DateTimeOffset.MaxValue;

    /// <summary>The HMA timestamp of a stored disabled-until time.</summary>
    public static long ToTimestamp(DateTimeOffset? disabledUntil) => disabledUntil switch
    {
        null => Enabled,
        { } until when until == Forever => Disabled,
        // A time at or before 1970-01-01T00:00:01 is long past (enabled), and must not read as a magic value.
        { } until => Math.Max(until.ToUnixTimeSeconds(), Enabled),
    };

    /// <summary>The disabled-until time to store for an HMA timestamp (at least 0; callers check the upper bound).</summary>
    public static DateTimeOffset? FromTimestamp(long timestamp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timestamp);
        return timestamp switch
        {
            Disabled => Forever,
            Enabled => null,
            _ => DateTimeOffset.FromUnixTimeSeconds(timestamp),
        };
    }
}
