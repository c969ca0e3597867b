using System.Security.Cryptography;

namespace Vigil.Core.Audit;

/// <summary>
/// The outcome of walking the chain: valid, or the first broken sequence number (and that record's row id when the
/// row exists) and why.
/// </summary>
public sealed record AuditVerification(bool IsValid, long RecordsChecked, long? BrokenAtSequence, string? Problem, long? BrokenAtId = null)
{
    /// <summary>
    /// Walks <paramref name="records"/> (in sequence order), recomputes every keyed link, then checks the sealed
    /// <paramref name="head"/>: its seal, and that it names the last record, so removing the newest records shows.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditRecord> records, AuditHead? head, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(key);
        var previous = AuditChain.Genesis;
        long expected = 1;
        long count = 0;
        foreach (var record in records)
        {
            if (record.Sequence != expected)
            {
                return new(false, count, expected, $"Record {expected} is missing (next present is {record.Sequence}, id {record.Id}).");
            }

            if (!record.PreviousHash.AsSpan().SequenceEqual(previous))
            {
                return new(false, count, record.Sequence, $"Record {record.Sequence} (id {record.Id}) does not link to record {record.Sequence - 1}: a record was removed or replaced.", record.Id);
            }

            var computed = AuditChain.ComputeHash(key, previous, record);
            if (!CryptographicOperations.FixedTimeEquals(computed, record.Hash))
            {
                return new(false, count, record.Sequence, $"Record {record.Sequence} (id {record.Id}) was edited: its hash does not match its fields.", record.Id);
            }

            previous = record.Hash;
            expected++;
            count++;
        }

        return CheckHead(head, key, count, previous);
    }

    private static AuditVerification CheckHead(AuditHead? head, AuditKey key, long count, byte[] lastHash)
    {
        if (head is null)
        {
            return new(false, count, count + 1, "The audit head row is missing: removed records could not be detected.");
        }

        if (head.Seal is null)
        {
            // Only a database that has never recorded anything has an unsealed head; every append seals it. An
            // unsealed head with no records is also what removing every record and resetting the head looks like.
            return new(false, count, count + 1, count == 0
                ? "The audit log is empty and its head was never sealed: nothing was recorded yet, or every record was removed."
                : "The audit head is not sealed: it was reset outside the log.");
        }

        if (!CryptographicOperations.FixedTimeEquals(AuditChain.Seal(key, head.Sequence, head.Hash), head.Seal))
        {
            return new(false, count, head.Sequence, "The audit head was edited: its seal does not match (or the audit key changed).");
        }

        if (head.Sequence > count)
        {
            return new(false, count, count + 1, $"Records {count + 1}..{head.Sequence} are missing: the sealed head names record {head.Sequence} as the last.");
        }

        if (head.Sequence < count)
        {
            return new(false, count, head.Sequence + 1, $"Record {head.Sequence + 1} was added outside the log: the sealed head names record {head.Sequence} as the last.");
        }

        return head.Hash.AsSpan().SequenceEqual(lastHash)
            ? new(true, count, null, null)
            : new(false, count, count, $"Record {count} is not the record the sealed head names: it was replaced.");
    }
}
