namespace Vigil.Server.Api.Reports;

/// <summary>Configuration section <c>Vigil:Intake</c>: upload limits.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Vigil:Intake";

    /// <summary>Largest single file (bytes).</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most files in one report.</summary>
    public int MaxFiles { get; set; } = 50;

    /// <summary>Largest request body (bytes), enforced by Kestrel before the endpoint reads it.</summary>
    public long MaxRequestBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest JSON part (bytes).</summary>
    public int MaxJsonBytes { get; set; } = 256 * 1024;

    public void Validate()
    {
        if (MaxFileBytes is < 1024 or > int.MaxValue || MaxFiles is < 1 or > 1000 || MaxRequestBytes < MaxFileBytes || MaxJsonBytes is < 1024 or > 16 * 1024 * 1024)
        {
            throw new InvalidOperationException($"{SectionName}: MaxFileBytes 1 KiB..2 GiB, MaxFiles 1..1000, MaxRequestBytes >= MaxFileBytes, MaxJsonBytes 1 KiB..16 MiB.");
        }
    }
}
