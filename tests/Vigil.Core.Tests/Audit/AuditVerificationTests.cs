using Vigil.Core.Audit;

namespace Vigil.Core.Tests.Audit;

public sealed class AuditVerificationTests
{
    [Fact]
    public void Verify_IntactChain_IsValid()
    {
        var result = AuditVerification.Verify(Chain(5));

        Assert.True(result.IsValid);
        Assert.Equal(5, result.RecordsChecked);
    }

    [Fact]
    public void Verify_EditedField_FailsAtThatRecord()
    {
        var chain = Chain(5);
        chain[2].Target = "report:999";

        var result = AuditVerification.Verify(chain);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RemovedRecord_FailsNamingTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditVerification.Verify(chain);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_RemovedAndRenumbered_FailsOnTheLink()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        for (var i = 1; i < chain.Count; i++)
        {
            chain[i].Sequence = i + 1;
        }

        var result = AuditVerification.Verify(chain);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
    }

    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord
            {
                Sequence = i,
                At = new DateTimeOffset(2026, 1, 1, 0, 0, i, TimeSpan.Zero),
                Actor = "user:alice",
                Action = "report.viewed",
                Target = $"report:{i}",
                Address = "127.0.0.1",
                PreviousHash = previous,
            };
            record.Hash = AuditChain.ComputeHash(previous, record);
            previous = record.Hash;
            records.Add(record);
        }

        return records;
    }
}
