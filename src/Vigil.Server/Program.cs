using Vigil.Server.Hosting;

// `vigil serve` starts this program; configuration: appsettings, VIGIL_ environment variables, --data, --urls.
var app = VigilServer.Build(args);
await VigilServer.PrepareAsync(app, Console.Out, CancellationToken.None);
await app.RunAsync();
