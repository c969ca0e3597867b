using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Accounts;
using Vigil.Core.Items;
using Vigil.Core.Processing;
using Vigil.Persistence;
using Vigil.TestSupport;

namespace Vigil.Benchmarks.Intake;

/// <summary>
/// Intake and processing rates of the real server process (bench/intake/run.sh): N reports of one ~200 KB benign
/// generated PNG each. (1) intake alone (processing disabled): reports/s accepted (vaulted, recorded, queued);
/// (2) the queue drained by a restarted server: items/s hashed; (3) end to end on a fresh database, intake and
/// processing together: items/s from the first request to the last item hashed. The in-process hash step on the
/// same images (one thread) is the baseline the processing rate is read against.
/// </summary>
internal static class IntakeBenchmark
{
    public static async Task RunAsync(string serverDll, DatabaseProvider provider, int reports, int concurrency)
    {
        var images = Images(reports);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {reports} reports, one {images.Average(i => i.Length) / 1024:F0} KB PNG each, {concurrency} concurrent clients"));
        var baseline = await HashStepBaseline.ItemsPerSecondAsync(images);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline: in-process hash step, one thread: {baseline:F1} items/s"));
        var stepsWork = await HashStepBaseline.ItemsPerSecondAsync(images, withProvenance: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  in-process hash step + provenance inspection, one thread: {stepsWork:F1} items/s"));

        await using (var database = await TestDatabase.CreateAsync(provider))
        {
            var key = await ApiKeyAsync(database);
            double intake;
            await using (var server = await StartAsync(serverDll, database, processing: false))
            {
                intake = reports / await SubmitAllAsync(server.Address, key, images, concurrency);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  intake (processing off): {intake:F1} reports/s"));
            await using (var server = await StartAsync(serverDll, database, processing: true))
            {
                var clock = Stopwatch.StartNew();
                await WaitHashedAsync(database, reports);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  processing (queue drain): {reports / clock.Elapsed.TotalSeconds:F1} items/s ({reports / clock.Elapsed.TotalSeconds / baseline:F2}x baseline)"));
            }
        }

        await using (var database = await TestDatabase.CreateAsync(provider))
        {
            var key = await ApiKeyAsync(database);
            await using var server = await StartAsync(serverDll, database, processing: true);
            var clock = Stopwatch.StartNew();
            var submitted = await SubmitAllAsync(server.Address, key, images, concurrency);
            await WaitHashedAsync(database, reports);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  end to end (intake and processing together): {reports / clock.Elapsed.TotalSeconds:F1} items/s hashed; intake meanwhile {reports / submitted:F1} reports/s"));
        }
    }

    private static List<byte[]> Images(int count)
    {
        // Noise-like rows deflate poorly, so the encoded size follows the pixel count: scale a probe to ~200 KB.
        const int Target = 200 * 1024;
        var probe = TestPng.PatternPng(256, 256, 1).Length;
        var side = (int)Math.Round(256 * Math.Sqrt((double)Target / probe));
        return [.. Enumerable.Range(0, count).Select(i => TestPng.PatternPng(side, side, i + 1))];
    }

    private static async Task<string> ApiKeyAsync(TestDatabase database)
    {
        await using var services = new ServiceCollection().AddLogging().AddVigilPersistence(database.Options).BuildServiceProvider();
        return (await services.GetRequiredService<ApiKeyService>().CreateAsync("bench", ApiScopes.SubmitReports, default)).Secret;
    }

    private static async Task<Server> StartAsync(string serverDll, TestDatabase database, bool processing)
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.Free()}"));
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Vigil__Database__Provider"] = database.Options.Provider.ToString(),
            ["Vigil__Processing__Enabled"] = processing ? "true" : "false",
            ["Vigil__Processing__PollInterval"] = "00:00:00.050",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (database.Options.ConnectionString is { } connectionString)
        {
            environment["Vigil__Database__ConnectionString"] = connectionString;
        }

        var process = ChildProcess.StartDotnet(serverDll, ["--data", database.DataFolder, "--urls", address.ToString()], environment);
        await process.WaitForOkAsync(new Uri(address, "/health/ready"), TimeSpan.FromMinutes(3));
        return new Server(process, address);
    }

    /// <summary>Posts every image as its own report; returns the seconds taken.</summary>
    private static async Task<double> SubmitAllAsync(Uri address, string key, List<byte[]> images, int concurrency)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < images.Count)
            {
                using var content = new MultipartFormDataContent();
                content.Add(new StringContent("""{"source":"platform","urls":["https://example.org/page"]}""", System.Text.Encoding.UTF8, "application/json"), "report");
                var file = new ByteArrayContent(images[i]);
                file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
                content.Add(file, "files", "image.png");
                using var response = await client.PostAsync(new Uri("/api/reports", UriKind.Relative), content);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        return clock.Elapsed.TotalSeconds;
    }

    // A failed job or a stalled queue ends the run with what it saw, instead of waiting for ever.
    private static async Task WaitHashedAsync(TestDatabase database, int items)
    {
        var timeout = TimeSpan.FromSeconds(Math.Max(120, items));
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var context = database.CreateContext();
            var processed = await context.Items.CountAsync(i => i.Status == ItemStatus.Processed);
            if (processed >= items)
            {
                return;
            }

            var failed = await context.Jobs.Where(j => j.State == JobState.Failed).Select(j => new { j.Id, j.LastError }).FirstOrDefaultAsync();
            if (failed is not null)
            {
                throw new InvalidOperationException($"Job {failed.Id} failed: {failed.LastError}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Only {processed} of {items} items were processed within {timeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(50);
        }
    }

    private sealed record Server(ChildProcess Process, Uri Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Process.DisposeAsync();
    }
}
