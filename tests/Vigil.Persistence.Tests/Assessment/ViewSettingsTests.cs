using Vigil.Core.Assessment;
using Vigil.TestSupport;

namespace Vigil.Persistence.Tests.Assessment;

/// <summary>Blur and greyscale: the organisation's defaults unless the user overrides a setting; back to the default by null.</summary>
public sealed class ViewSettingsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ViewSettingsAsync_NoOverride_OrganisationDefaults(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider, new WorkspaceOptions { DefaultBlur = 12, DefaultGreyscale = false });

        Assert.Equal((12, false), await harness.Service.ViewSettingsAsync("ana", default));
        Assert.Null(await harness.Service.OwnViewSettingsAsync("ana", default));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ViewSettingsAsync_Overrides_WinPerSettingAndNullRestoresDefault(DatabaseProvider provider)
    {
        await using var harness = await WorkspaceHarness.CreateAsync(provider, new WorkspaceOptions { DefaultBlur = 12, DefaultGreyscale = false });

        await harness.Service.SaveViewSettingsAsync("ana", 30, true, default);
        var both = await harness.Service.ViewSettingsAsync("ana", default);
        await harness.Service.SaveViewSettingsAsync("ana", null, true, default);
        var greyOnly = await harness.Service.ViewSettingsAsync("ana", default);
        await harness.Service.SaveViewSettingsAsync("ana", null, null, default);
        var neither = await harness.Service.ViewSettingsAsync("ana", default);

        Assert.Equal((30, true), both);
        Assert.Equal((12, true), greyOnly);
        Assert.Equal((12, false), neither);
        Assert.Equal((12, false), await harness.Service.ViewSettingsAsync("bob", default));
        await Assert.ThrowsAsync<WorkspaceException>(() => harness.Service.SaveViewSettingsAsync("ana", WorkspaceOptions.MaxBlur + 1, null, default));
    }
}
