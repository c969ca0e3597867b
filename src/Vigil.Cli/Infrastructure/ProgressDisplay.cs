using Spectre.Console;

namespace Vigil.Cli.Infrastructure;

/// <summary>
/// A progress bar on stderr, shown when stderr is a terminal and stdout is not (results go to a file or pipe,
/// so the bar never interleaves with them).
/// </summary>
public static class ProgressDisplay
{
    public static async Task RunAsync(string label, int total, Func<Action, Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (total < 2 || Console.IsErrorRedirected || !Console.IsOutputRedirected)
        {
            await body(static () => { });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: total);
                await body(() => task.Increment(1));
            });
    }
}
