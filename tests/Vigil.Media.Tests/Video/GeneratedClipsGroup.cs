namespace Vigil.Media.Tests.Video;

/// <summary>The test classes that share one set of <see cref="GeneratedClips"/> (made once per run, not per class).</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedClipsGroup : ICollectionFixture<GeneratedClips>
{
    public const string Name = "Generated clips";
}
