using System.CommandLine;
using Vigil.Core.HashLists.Formats;

namespace Vigil.Cli.Commands.HashLists;

/// <summary>The <c>--format</c> option of import and export.</summary>
internal static class FormatOption
{
    public static Option<string> Create() => new("--format")
    {
        Description = $"File format: {HashListFiles.Names}",
        Required = true,
        Validators =
        {
            r =>
            {
                if (!HashListFiles.TryParse(r.GetValueOrDefault<string>(), out _))
                {
                    r.AddError($"--format must be one of {HashListFiles.Names}.");
                }
            },
        },
    };

    public static HashListFormat Parse(string value) => HashListFiles.TryParse(value, out var format) ? format : HashListFormat.Csv;
}
