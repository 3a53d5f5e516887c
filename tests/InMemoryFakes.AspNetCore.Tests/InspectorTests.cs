using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.AspNetCore.Tests;

public sealed partial class InspectorTests
{
    private static System.Threading.CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_lists_every_fake_with_its_tables_entries_expiry_size_version_quota_and_recent_calls()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        var product = app.Get<ICatalog>().Add(new Product { Name = "Lamp" });
        app.Get<ISessionCache>().Set("session-1", "alice", TimeSpan.FromMinutes(20));
        app.Get<IUploads>().Put("docs/readme.txt", Encoding.UTF8.GetBytes("hello"), "text/plain");

        var page = await app.Client().GetStringAsync("/_fakes", Ct);

        Assert.Contains("ICatalog", page, StringComparison.Ordinal);
        Assert.Contains("ISessionCache", page, StringComparison.Ordinal);
        Assert.Contains("IUploads", page, StringComparison.Ordinal);
        Assert.Contains("&quot;Name&quot;: &quot;Lamp&quot;", page, StringComparison.Ordinal);
        Assert.Contains("2030-01-01 09:20:00Z (in 20m 0s)", page, StringComparison.Ordinal);
        Assert.Contains("5 bytes", page, StringComparison.Ordinal);
        Assert.Contains("next generated key 2", page, StringComparison.Ordinal);
        Assert.Contains("quota none", page, StringComparison.Ordinal);
        Assert.Contains("Add(", page, StringComparison.Ordinal);
        Assert.Equal(1, product.Id);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_and_values_are_html_encoded()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        app.Get<ICatalog>().Add(new Product { Name = "<script>alert('x')</script>" });
        app.Get<ISessionCache>().Set("<img src=x onerror=alert(1)>", "\"><b>bold</b>");

        var page = await app.Client().GetStringAsync("/_fakes", Ct);

        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_endpoint_returns_the_same_data_with_values_as_json()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        app.Get<ICatalog>().Add(new Product { Name = "Lamp" });
        app.Get<ISessionCache>().Set("s", "v", TimeSpan.FromSeconds(30));

        using var response = await app.Client().GetAsync("/_fakes/json", Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var fakes = json.RootElement.GetProperty("fakes").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var catalog = fakes["ICatalog"].GetProperty("tables")[0];
        Assert.Equal("entity", catalog.GetProperty("kind").GetString());
        var entry = catalog.GetProperty("entries")[0];
        Assert.Equal(1, entry.GetProperty("key").GetInt32());
        Assert.Equal("Lamp", entry.GetProperty("value").GetProperty("Name").GetString());
        Assert.Equal(1, entry.GetProperty("version").GetInt64());
        var session = fakes["ISessionCache"].GetProperty("tables")[0].GetProperty("entries")[0];
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 9, 0, 30, TimeSpan.Zero), session.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("persistence").ValueKind);
    }

    [Fact]
    public async Task Reset_with_the_pages_antiforgery_token_resets_that_fake()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        app.Get<ICatalog>().Add(new Product { Name = "Lamp" });
        app.Get<ISessionCache>().Set("s", "v");
        using var client = app.Client();
        var (token, cookie) = await TokensAsync(client);

        using var response = await PostAsync(client, "/_fakes/reset", cookie, ("__RequestVerificationToken", token), ("fake", "0"), ("name", "ICatalog"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/_fakes", response.Headers.Location!.OriginalString);
        Assert.Null(app.Get<ICatalog>().Find(1));
        Assert.Equal(1, app.Get<ICatalog>().Add(new Product { Name = "again" }).Id); // the key sequence restarted
        Assert.Equal("v", app.Get<ISessionCache>().Get("s"));                        // other fakes untouched
    }

    [Fact]
    public async Task Clear_all_without_a_fake_field_clears_every_fake_but_keeps_key_sequences()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        app.Get<ICatalog>().Add(new Product { Name = "Lamp" });
        app.Get<ISessionCache>().Set("s", "v");
        using var client = app.Client();
        var (token, cookie) = await TokensAsync(client);

        using var response = await PostAsync(client, "/_fakes/clear", cookie, ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(app.Get<ICatalog>().Find(1));
        Assert.Null(app.Get<ISessionCache>().Get("s"));
        Assert.Equal(2, app.Get<ICatalog>().Add(new Product { Name = "next" }).Id);
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_is_rejected_and_changes_nothing()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        app.Get<ICatalog>().Add(new Product { Name = "Lamp" });
        using var client = app.Client();
        var (token, cookie) = await TokensAsync(client);

        using var noToken = await PostAsync(client, "/_fakes/reset", cookie, ("fake", "0"), ("name", "ICatalog"));
        using var noCookie = await PostAsync(client, "/_fakes/reset", null, ("__RequestVerificationToken", token));
        using var forged = await PostAsync(client, "/_fakes/reset", cookie, ("__RequestVerificationToken", "forged" + token));

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCookie.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("antiforgery", await noToken.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Lamp", app.Get<ICatalog>().Find(1)!.Name);
    }

    [Fact]
    public async Task A_post_naming_an_unknown_fake_is_404_and_changes_nothing()
    {
        await using var app = await InspectorApp.StartAsync("Development");
        app.Get<ICatalog>().Add(new Product { Name = "Lamp" });
        using var client = app.Client();
        var (token, cookie) = await TokensAsync(client);

        using var response = await PostAsync(client, "/_fakes/reset", cookie, ("__RequestVerificationToken", token), ("fake", "0"), ("name", "ISomethingElse"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(app.Get<ICatalog>().Find(1));
    }

    [Fact]
    public async Task In_production_the_inspector_is_not_mapped_by_default()
    {
        await using var app = await InspectorApp.StartAsync("Production");

        using var page = await app.Client().GetAsync("/_fakes", Ct);
        using var json = await app.Client().GetAsync("/_fakes/json", Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
    }

    [Fact]
    public async Task Enabling_the_inspector_in_production_without_allow_in_production_stops_the_app()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InspectorApp.StartAsync("Production", o => o.Enabled = true));

        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
        Assert.Contains("AllowInProduction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_enabled_and_allow_in_production_serves_the_page()
    {
        await using var app = await InspectorApp.StartAsync("Production", o =>
        {
            o.Enabled = true;
            o.AllowInProduction = true;
        });

        using var page = await app.Client().GetAsync("/_fakes", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("Staging", null, HttpStatusCode.NotFound)]
    [InlineData("Staging", true, HttpStatusCode.OK)]
    [InlineData("Development", false, HttpStatusCode.NotFound)]
    public async Task Outside_development_the_page_needs_enabled(string environment, bool? enabled, HttpStatusCode expected)
    {
        await using var app = await InspectorApp.StartAsync(environment, o => o.Enabled = enabled);

        using var page = await app.Client().GetAsync("/_fakes", Ct);

        Assert.Equal(expected, page.StatusCode);
    }

    [Fact]
    public async Task Mapping_without_antiforgery_services_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InspectorApp.StartAsync("Development", antiforgery: false));

        Assert.Contains("AddAntiforgery", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(string Token, string Cookie)> TokensAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/_fakes", Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);
        var token = TokenField().Match(page).Groups[1].Value;
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        Assert.NotEmpty(token);
        return (WebUtility.HtmlDecode(token), cookie);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? cookie, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return client.SendAsync(request, Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
