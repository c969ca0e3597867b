using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Cli.Infrastructure;
using Vigil.Core.Accounts;
using Vigil.Core.Audit;

namespace Vigil.Cli.Commands.Accounts;

/// <summary>`vigil apikeys create NAME --scopes submit,lookup`: prints the key once; only its SHA-256 is stored.</summary>
public static class ApiKeysCreateCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Who the key is for (e.g. the platform's name)" };
        var scopes = new Option<string>("--scopes") { Description = "Comma-separated: submit (reports), lookup (hashes)", Required = true };
        var command = new Command("create", "Create an API key; prints it once") { name, scopes };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, parseResult.GetValue(name)!, parseResult.GetValue(scopes)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string name, string scopeList, CancellationToken cancellationToken)
    {
        ApiScopes scopes;
        try
        {
            scopes = ApiKeyService.ParseScopes(scopeList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        catch (AccountException e)
        {
            throw new UsageException(e.Message, e);
        }

        await using var services = await StorageAccess.OpenAsync(parseResult, cancellationToken);
        NewApiKey created;
        try
        {
            created = await services.GetRequiredService<ApiKeyService>().CreateAsync(name, scopes, cancellationToken);
        }
        catch (AccountException e)
        {
            throw new UsageException(e.Message, e);
        }

        await CliAudit.AppendAsync(services.GetRequiredService<IAuditLog>(), "apikey.created", $"apikey:{created.Key.Id}", cancellationToken);
        Console.WriteLine($"Created API key {created.Key.Id} ({created.Key.Prefix}...) with scopes: {created.Key.Scopes}.");
        Console.WriteLine($"  key: {created.Secret}");
        Console.WriteLine("  Shown once: only its hash is stored. Send it as the X-Api-Key header.");
        return ExitCodes.Success;
    }
}
