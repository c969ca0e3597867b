using Vigil.Provenance.Results;
using Xunit.Abstractions;

namespace Vigil.Provenance.Tests;

public sealed class DumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump_AllSamples_Print()
    {
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(SampleFiles.Sample("expected.json"))!).Concat(Directory.GetFiles(Path.GetDirectoryName(SampleFiles.C2paRs("expected.json"))!)).Order(StringComparer.Ordinal))
        {
            if (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".pem", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            output.WriteLine(ProvenanceReportJson.Write(SampleFiles.Inspect(f, withAnchor: true), includePrompt: true, indented: false));
        }
    }
}
