using Vigil.Core.Items;

namespace Vigil.Core.Processing;

/// <summary>
/// One stage of the pipeline (hash now; list matching and provenance later). A step must not write anything
/// itself: it computes and returns a <see cref="StepResult"/>, which makes re-running it after a crash harmless.
/// </summary>
public interface IProcessingStep
{
    /// <summary>Stable name stored in the job rows, e.g. <c>hash</c>.</summary>
    string Name { get; }

    /// <summary>Runs on the item whose decrypted bytes are <paramref name="content"/>.</summary>
    Task<StepResult> RunAsync(Item item, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
