using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Vigil.Cli.Infrastructure;

namespace Vigil.Cli.Commands.Serve;

/// <summary>
/// `vigil serve [--urls URL] [server options]`: runs the Vigil server (API and UI, default http://127.0.0.1:5080,
/// SQLite in the data folder) as a child process. The Cli never references the server's code: the build copies the
/// server's output to <c>server/</c> beside vigil.dll, and this launcher runs <c>dotnet server/Vigil.Server.dll</c>
/// with the same data folder and environment, forwards Ctrl+C and SIGTERM, and exits with the server's exit code.
/// </summary>
public static class ServeCommand
{
    public const string ServerFolder = "server";
    public const string ServerAssembly = "Vigil.Server.dll";

    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080)" };
        var command = new Command("serve", "Run the Vigil server (API and UI); the first start prints a one-time administrator password") { urls };

        // Further options (e.g. --Vigil:Processing:Concurrency=4) are the server's own configuration: passed through.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, _) => RunAsync(parseResult, parseResult.GetValue(urls)));
        return command;
    }

    /// <summary>Where the launcher expects the server build.</summary>
    public static string ServerPath => Path.Combine(AppContext.BaseDirectory, ServerFolder, ServerAssembly);

    private static async Task<int> RunAsync(ParseResult parseResult, string? urls)
    {
        if (!File.Exists(ServerPath))
        {
            await Console.Error.WriteLineAsync($"vigil: the server build is missing: {ServerPath} does not exist.");
            await Console.Error.WriteLineAsync("vigil: build the command line with `dotnet build src/Vigil.Cli` (it builds the server and copies it there), or use scripts/start.");
            return ExitCodes.MissingComponent;
        }

        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        start.ArgumentList.Add(ServerPath);
        if (parseResult.GetValue(GlobalOptions.Data) is { } data)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(data.FullName);
        }

        if (urls is not null)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(urls);
        }

        foreach (var token in parseResult.UnmatchedTokens)
        {
            start.ArgumentList.Add(token);
        }

        using var server = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");

        // The server shuts down gracefully on SIGINT/SIGTERM; this process waits for that and returns its code.
        // (A terminal's Ctrl+C reaches both processes; a second SIGINT to the server is harmless.)
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Forward(context, server));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Forward(context, server));
        await server.WaitForExitAsync(CancellationToken.None);
        return server.ExitCode;
    }

    private static void Forward(PosixSignalContext context, Process server)
    {
        context.Cancel = true;
        if (!server.HasExited)
        {
            ProcessSignals.Send(server.Id, context.Signal);
        }
    }

    // `dotnet vigil.dll` runs under the dotnet host already; the apphost `vigil` finds dotnet on the PATH.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.Ordinal) ? path : "dotnet";
}
