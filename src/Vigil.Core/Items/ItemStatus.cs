namespace Vigil.Core.Items;

/// <summary>Processing state of an item.</summary>
public enum ItemStatus
{
    /// <summary>Stored in the vault; hashing is queued.</summary>
    Pending = 1,

    /// <summary>All configured steps have completed.</summary>
    Processed = 2,

    /// <summary>A step failed for good (a poisoned file); the job keeps the error.</summary>
    Failed = 3,
}
