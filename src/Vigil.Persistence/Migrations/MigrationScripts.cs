using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Persistence.Migrations;

/// <summary>Finds the embedded scripts <c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c> in version order (numbers unique, gaps allowed).</summary>
public static partial class MigrationScripts
{
    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"Vigil.Persistence.Migrations.{provider}.";
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var file = resource[prefix.Length..];
            var match = ScriptName().Match(file);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));

        // Numbers are handed out per branch so that parallel work never collides; a number may therefore land
        // before a smaller one (0004 before 0003). The migrator applies every script not yet recorded, so a late
        // smaller number still runs; what must never happen is one number used twice.
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"{provider} migration number {scripts[i].Version} is used twice.");
            }
        }

        return scripts;
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptName();
}
