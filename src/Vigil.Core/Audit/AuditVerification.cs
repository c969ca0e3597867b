namespace Vigil.Core.Audit;

/// <summary>The outcome of walking the chain: valid, or the first broken sequence number and why.</summary>
public sealed record AuditVerification(bool IsValid, long RecordsChecked, long? BrokenAtSequence, string? Problem)
{
    /// <summary>Walks <paramref name="records"/> (in sequence order) and recomputes every link.</summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var previous = AuditChain.Genesis;
        long expected = 1;
        long count = 0;
        foreach (var record in records)
        {
            if (record.Sequence != expected)
            {
                return new(false, count, expected, $"Record {expected} is missing (next present is {record.Sequence}).");
            }

            if (!record.PreviousHash.AsSpan().SequenceEqual(previous))
            {
                return new(false, count, record.Sequence, $"Record {record.Sequence} does not link to record {record.Sequence - 1}: a record was removed or replaced.");
            }

            var computed = AuditChain.ComputeHash(previous, record);
            if (!computed.AsSpan().SequenceEqual(record.Hash))
            {
                return new(false, count, record.Sequence, $"Record {record.Sequence} was edited: its hash does not match its fields.");
            }

            previous = record.Hash;
            expected++;
            count++;
        }

        return new(true, count, null, null);
    }
}
