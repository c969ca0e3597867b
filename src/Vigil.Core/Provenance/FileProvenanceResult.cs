using Vigil.Provenance.Models;
using Vigil.Provenance.Results;

namespace Vigil.Core.Provenance;

/// <summary>The provenance of one file: a media report, a model-file report, or an error naming the cause.</summary>
public sealed class FileProvenanceResult
{
    public required string Path { get; init; }

    public ProvenanceReport? Media { get; init; }

    public ModelFileReport? Model { get; init; }

    /// <summary>Why the file could not be inspected at all (unreadable, too large); null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Why pixel readers did not run (the image did not decode); metadata was still read.</summary>
    public string? PixelError { get; init; }
}
