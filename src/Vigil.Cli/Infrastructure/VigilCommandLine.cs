using System.CommandLine;

namespace Vigil.Cli.Infrastructure;

/// <summary>Builds the root command and runs it with Vigil's exit-code contract (2 on usage errors).</summary>
public static class VigilCommandLine
{
    public static RootCommand CreateRoot(params Command[] commands)
    {
        var root = new RootCommand("Vigil: hashing, matching, provenance and assessment for child-protection hotlines.");
        root.Options.Add(GlobalOptions.Data);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await Console.Error.WriteLineAsync($"vigil: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'vigil --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            // Vigil's own handler below maps usage errors to exit code 2; anything else is a bug and should crash loudly.
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"vigil: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
