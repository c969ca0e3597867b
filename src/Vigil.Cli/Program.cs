using Vigil.Cli.Infrastructure;

// `vigil`: one registration line per capability; commands live in Commands/<Capability>/.
var root = VigilCommandLine.CreateRoot(
    Vigil.Cli.Commands.Hashing.HashCommand.Create(),
    Vigil.Cli.Commands.Bench.BenchCommand.Create(),
    Vigil.Cli.Commands.Provenance.InspectCommand.Create(),
    Vigil.Cli.Commands.Video.CompareCommand.Create(),
    Vigil.Cli.Commands.Import.ImportCommand.Create(Vigil.Cli.Commands.Reports.ImportAssessmentsCommand.Create()),
    Vigil.Cli.Commands.Reports.IntakeCommand.Create(),
    Vigil.Cli.Commands.Reports.ReportCommand.Create(),
    Vigil.Cli.Commands.Database.DbCommand.Create(),
    Vigil.Cli.Commands.Accounts.UsersCommand.Create(),
    Vigil.Cli.Commands.Accounts.ApiKeysCommand.Create(),
    Vigil.Cli.Commands.Audit.AuditCommand.Create(),
    Vigil.Cli.Commands.Serve.ServeCommand.Create(),
    Vigil.Cli.Commands.HashLists.ListsCommand.Create(),
    Vigil.Cli.Commands.Matching.MatchCommand.Create(),
    Vigil.Cli.Commands.Matching.ScanCommand.Create());

return await VigilCommandLine.RunAsync(root, args);
