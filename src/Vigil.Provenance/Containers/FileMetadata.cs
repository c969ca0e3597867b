using Vigil.Provenance.Results;

namespace Vigil.Provenance.Containers;

/// <summary>What the container readers pulled out of a file, before any interpretation.</summary>
internal sealed class FileMetadata
{
    public FileMetadata(ProvenanceReport report)
    {
        Report = report;
    }

    public ProvenanceReport Report { get; }

    public string Format { get; set; } = "unknown";

    public List<TextEntry> Texts { get; } = [];

    public List<BlobEntry> Exif { get; } = [];

    public List<BlobEntry> Xmp { get; } = [];

    public BlobEntry? ManifestStore { get; set; }

    public void Fail(ProvenanceFailureKind kind, string detail) => Report.Failure ??= new ProvenanceFailure(kind, detail);

    public void AddText(string key, string value, string location)
    {
        if (Texts.Count < ProvenanceLimits.MaxChunks)
        {
            Texts.Add(new TextEntry(key, value, location));
        }
    }

    public void SetManifestStore(ReadOnlyMemory<byte> data, string location)
    {
        if (ManifestStore is null)
        {
            ManifestStore = new BlobEntry(data, location);
        }
        else
        {
            Report.Warn($"c2pa: a second manifest store ({location}) was ignored");
        }
    }
}
