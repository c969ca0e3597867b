using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Cli.Infrastructure;
using Vigil.Hashing.Vpdq;
using Vigil.Media.Images;
using Vigil.Media.Video;

namespace Vigil.Cli.Commands.Video;

/// <summary>
/// `vigil compare A B`: vPDQ-hashes two videos and compares them with the reference matcher: the percentage of A's
/// unique good frames found in B (<c>query_match_pct</c>), the reverse (<c>target_match_pct</c>) and the verdict.
/// Exit code 0 when compared (whatever the verdict), 1 when a video could not be hashed, 2 on usage errors.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The video looked for" };
        var target = new Argument<string>("target") { Description = "The video it is compared with" };
        var format = new Option<CompareOutputFormat>("--format") { Description = "text or json", DefaultValueFactory = _ => CompareOutputFormat.Text };
        var quality = RangeOption("--quality-tolerance", "Frames under this PDQ quality are ignored (0..100)", VpdqMatchOptions.Default.QualityTolerance, 0, 100);
        var distance = RangeOption("--distance-tolerance", "Frames match at this Hamming distance or less (0..256)", VpdqMatchOptions.Default.DistanceTolerance, 0, 256);
        var queryThreshold = RangeOption("--query-threshold", "query_match_pct needed for a match (0..100)", VpdqMatchOptions.Default.QueryMatchThresholdPercent, 0, 100);
        var targetThreshold = RangeOption("--target-threshold", "target_match_pct needed for a match (0..100)", VpdqMatchOptions.Default.TargetMatchThresholdPercent, 0, 100);
        var seconds = RangeOption("--seconds-per-hash", "Seconds of video between hashed frames (0.01..3600)", VpdqSampling.DefaultSecondsPerHash, 0.01, 3600);

        var command = new Command("compare", "Compare two videos by vPDQ (percentages of matching frames and the verdict)")
        {
            query, target, format, quality, distance, queryThreshold, targetThreshold, seconds,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(query),
            parseResult.GetRequiredValue(target),
            parseResult.GetValue(format),
            new VpdqMatchOptions
            {
                QualityTolerance = (int)parseResult.GetValue(quality),
                DistanceTolerance = (int)parseResult.GetValue(distance),
                QueryMatchThresholdPercent = parseResult.GetValue(queryThreshold),
                TargetMatchThresholdPercent = parseResult.GetValue(targetThreshold),
            },
            parseResult.GetValue(seconds),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string query, string target, CompareOutputFormat format, VpdqMatchOptions options, double secondsPerHash, CancellationToken cancellationToken)
    {
        foreach (var path in (string[])[query, target])
        {
            if (!File.Exists(path))
            {
                throw new UsageException($"No such file: {path}");
            }
        }

        var hasher = new VideoHasher(new VideoOptions { SecondsPerHash = secondsPerHash });
        VideoHash q, t;
        try
        {
            q = await hasher.HashAsync(query, cancellationToken);
            t = await hasher.HashAsync(target, cancellationToken);
        }
        catch (MediaDecodeException e)
        {
            await Console.Error.WriteLineAsync($"vigil: a video could not be hashed ({e.Code}): {e.Message}");
            return ExitCodes.PartialFailure;
        }

        var result = VpdqMatcher.Match(q.Features, t.Features, options);
        var text = format == CompareOutputFormat.Json ? ToJson(query, target, q, t, result) : ToText(result);
        await Console.Out.WriteLineAsync(text);
        return ExitCodes.Success;
    }

    private static string ToText(VpdqMatchResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"query_match_pct   {r.QueryMatchPercent:F2}\ntarget_match_pct  {r.TargetMatchPercent:F2}\nverdict           {(r.IsMatch ? "match" : "no match")}");

    private static string ToJson(string query, string target, VideoHash q, VideoHash t, VpdqMatchResult r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteString("target", target);
            json.WriteNumber("query_frames", q.Features.Count);
            json.WriteNumber("target_frames", t.Features.Count);

            // Two decimals, as the reference matcher prints them.
            json.WriteNumber("query_match_pct", Math.Round(r.QueryMatchPercent, 2));
            json.WriteNumber("target_match_pct", Math.Round(r.TargetMatchPercent, 2));
            json.WriteBoolean("match", r.IsMatch);
            json.WriteString("verdict", r.IsMatch ? "match" : "no_match");
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Option<double> RangeOption(string name, string description, double defaultValue, double min, double max)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<double>() is var v && v >= min && v <= max))
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be {min}..{max}."));
            }
        });
        return option;
    }
}
