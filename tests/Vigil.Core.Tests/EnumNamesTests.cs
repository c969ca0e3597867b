using Vigil.Core.Accounts;
using Vigil.Core.Reports;

namespace Vigil.Core.Tests;

public sealed class EnumNamesTests
{
    [Theory]
    [InlineData("Proactive", ReportSource.Proactive)]
    [InlineData("partnerhotline", ReportSource.PartnerHotline)]
    [InlineData("PUBLIC", ReportSource.Public)]
    public void TryParse_MemberNameInAnyCase_Parses(string text, ReportSource expected)
    {
        Assert.True(EnumNames.TryParse<ReportSource>(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("Proactive1")]
    [InlineData("somewhere")]
    [InlineData("Public,Platform")] // Enum.TryParse would OR these into 3, which is Proactive
    [InlineData("Public, Platform")]
    public void TryParse_NumberUndefinedOrCommaList_Refused(string? text)
    {
        Assert.False(EnumNames.TryParse<ReportSource>(text, out var parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void List_EveryMemberNameInDeclarationOrder()
    {
        Assert.Equal("Analyst, SeniorAnalyst, Administrator, Auditor", EnumNames.List<Role>());
    }
}
