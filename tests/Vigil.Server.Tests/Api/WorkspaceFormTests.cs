using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Core.Accounts;
using Vigil.Persistence;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Api;

/// <summary>Workspace pages and forms refuse out-of-range values with a 400 ProblemDetails naming the field.</summary>
public sealed partial class WorkspaceFormTests
{
    [Fact]
    public async Task WorkspaceForms_OutOfRangeValues_ProblemNamesTheField()
    {
        await using var server = await ServerHost.StartAsync(DatabaseProvider.Sqlite);
        using var analyst = await server.SignedInAsync(Role.Analyst);
        var page = await analyst.GetStringAsync("/workspace/settings");
        var token = TokenField().Match(page);
        Assert.True(token.Success);

        Task<HttpResponseMessage> PostAsync(string url, params (string Key, string Value)[] fields) =>
            analyst.PostAsync(url, new FormUrlEncodedContent([new(token.Groups[1].Value, token.Groups[2].Value), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]));

        await AssertFieldAsync(await analyst.GetAsync("/workspace/queue?page=0"), "page");
        await AssertFieldAsync(await analyst.GetAsync("/workspace/queue?page=10001"), "page");
        await AssertFieldAsync(await PostAsync("/workspace/settings", ("blurMode", "mine"), ("greyscale", "default")), "blurMode");
        await AssertFieldAsync(await PostAsync("/workspace/settings", ("blurMode", "own"), ("blur", "41"), ("greyscale", "default")), "blur");
        await AssertFieldAsync(await PostAsync("/workspace/settings", ("blurMode", "default"), ("greyscale", "sepia")), "greyscale");
        await AssertFieldAsync(await PostAsync("/workspace/items/1/left", ("view", "-3")), "view");
        var saved = await PostAsync("/workspace/settings", ("blurMode", "own"), ("blur", "40"), ("greyscale", "off"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
