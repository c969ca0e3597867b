using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Audit;

namespace Vigil.Cli.Commands.Audit;

/// <summary>
/// `vigil audit verify`: recomputes every keyed link and checks the sealed head. Exit 0 with a summary when the log
/// is intact; exit 3 naming the first bad record when a record was edited, removed (also the newest) or added.
/// </summary>
public static class AuditVerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Check that no audit record was edited, removed or inserted");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var services = await StorageAccess.OpenAsync(parseResult, cancellationToken);
        var result = await services.GetRequiredService<IAuditLog>().VerifyAsync(cancellationToken);
        if (result.IsValid)
        {
            Console.WriteLine($"Audit log intact: {result.RecordsChecked} records, every link and the sealed head verified.");
            return ExitCodes.Success;
        }

        var where = result.BrokenAtId is { } id ? $"record {result.BrokenAtSequence} (id {id})" : $"record {result.BrokenAtSequence}";
        await Console.Error.WriteLineAsync($"vigil: audit log BROKEN at {where}: {result.Problem}");
        await Console.Error.WriteLineAsync($"vigil: {result.RecordsChecked} records before it verified.");
        return ExitCodes.CheckFailed;
    }
}
