using Vigil.Core.Items;

namespace Vigil.Core.Processing;

/// <summary>
/// What a step produced. The queue applies it in the same transaction that marks the job done and writes the
/// step's <see cref="ProcessingRecord"/>, so the effect is all-or-nothing and happens once.
/// </summary>
/// <param name="UpdateItem">Changes to the item (e.g. the hashes); applied to the freshly loaded row.</param>
/// <param name="NewEntities">Further rows the step adds (e.g. list matches in a later issue).</param>
public sealed record StepResult(Action<Item>? UpdateItem, IReadOnlyList<object> NewEntities)
{
    public static StepResult Of(Action<Item> updateItem) => new(updateItem, []);
}
