using Vigil.Cli.Infrastructure;

// `vigil`: one registration line per capability; commands live in Commands/<Capability>/.
var root = VigilCommandLine.CreateRoot(
    Vigil.Cli.Commands.Hashing.HashCommand.Create());

return await VigilCommandLine.RunAsync(root, args);
