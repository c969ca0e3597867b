using System.Security.Cryptography;
using Vigil.Core.Audit;

namespace Vigil.Core.Tests.Audit;

public sealed class AuditVerificationTests
{
    private static readonly AuditKey Key = AuditKey.DeriveFrom(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Verify_IntactChain_IsValid()
    {
        var chain = Chain(5);

        var result = AuditVerification.Verify(chain, HeadOf(chain), Key);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(5, result.RecordsChecked);
    }

    [Fact]
    public void Verify_EditedField_FailsAtThatRecord()
    {
        var chain = Chain(5);
        var head = HeadOf(chain);
        chain[2].Target = "report:999";

        var result = AuditVerification.Verify(chain, head, Key);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Equal(3, result.BrokenAtId);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EditedAndRehashedWithoutTheKey_FailsAtThatRecord()
    {
        // What a plain SHA-256 chain could not resist: recompute the edited record's hash and every later link.
        var chain = Chain(5);
        var head = HeadOf(chain);
        chain[2].Target = "report:999";
        var forger = AuditKey.DeriveFrom(RandomNumberGenerator.GetBytes(32));
        for (var i = 2; i < chain.Count; i++)
        {
            chain[i].PreviousHash = chain[i - 1].Hash;
            chain[i].Hash = AuditChain.ComputeHash(forger, chain[i].PreviousHash, chain[i]);
        }

        var result = AuditVerification.Verify(chain, head, Key);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_RemovedRecord_FailsNamingTheGap()
    {
        var chain = Chain(5);
        var head = HeadOf(chain);
        chain.RemoveAt(1);

        var result = AuditVerification.Verify(chain, head, Key);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_RemovedAndRenumbered_FailsOnTheLink()
    {
        var chain = Chain(5);
        var head = HeadOf(chain);
        chain.RemoveAt(1);
        for (var i = 1; i < chain.Count; i++)
        {
            chain[i].Sequence = i + 1;
        }

        var result = AuditVerification.Verify(chain, head, Key);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_LastTwoRecordsRemoved_FailsNamingTheFirstMissing()
    {
        var chain = Chain(5);
        var head = HeadOf(chain);
        chain.RemoveRange(3, 2);

        var result = AuditVerification.Verify(chain, head, Key);

        Assert.False(result.IsValid);
        Assert.Equal(4, result.BrokenAtSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_LastRecordRemovedAndHeadMovedBackWithoutTheKey_FailsOnTheSeal()
    {
        var chain = Chain(5);
        chain.RemoveAt(4);
        var forged = new AuditHead { Sequence = 4, Hash = chain[3].Hash, Seal = AuditChain.Seal(AuditKey.DeriveFrom(RandomNumberGenerator.GetBytes(32)), 4, chain[3].Hash) };

        var result = AuditVerification.Verify(chain, forged, Key);

        Assert.False(result.IsValid);
        Assert.Contains("head was edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EverythingRemovedAndHeadReset_Fails()
    {
        var result = AuditVerification.Verify([], new AuditHead(), Key);

        Assert.False(result.IsValid);
        Assert.Equal(1, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_RecordAppendedBehindTheHead_Fails()
    {
        var chain = Chain(5);
        var head = HeadOf(chain[..4]);

        var result = AuditVerification.Verify(chain, head, Key);

        Assert.False(result.IsValid);
        Assert.Equal(5, result.BrokenAtSequence);
    }

    private static AuditHead HeadOf(List<AuditRecord> chain) =>
        new() { Sequence = chain.Count, Hash = chain[^1].Hash, Seal = AuditChain.Seal(Key, chain.Count, chain[^1].Hash) };

    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord
            {
                Id = i,
                Sequence = i,
                At = new DateTimeOffset(2026, 1, 1, 0, 0, i, TimeSpan.Zero),
                Actor = "user:alice",
                Action = "report.viewed",
                Target = $"report:{i}",
                Address = "127.0.0.1",
                PreviousHash = previous,
            };
            record.Hash = AuditChain.ComputeHash(Key, previous, record);
            previous = record.Hash;
            records.Add(record);
        }

        return records;
    }
}
