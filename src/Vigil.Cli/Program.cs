using Vigil.Cli.Infrastructure;

// `vigil`: one registration line per capability; commands live in Commands/<Capability>/.
var root = VigilCommandLine.CreateRoot(
    Vigil.Cli.Commands.Hashing.HashCommand.Create(),
    Vigil.Cli.Commands.Bench.BenchCommand.Create(),
    Vigil.Cli.Commands.Provenance.InspectCommand.Create(),
    Vigil.Cli.Commands.Video.CompareCommand.Create());

return await VigilCommandLine.RunAsync(root, args);
