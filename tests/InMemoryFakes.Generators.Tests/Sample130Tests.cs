using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample130 (session 39), identity, OAuth and OpenID Connect servers. Two general defects came out of the picks:
/// <list type="bullet">
/// <item>A key-value write whose <b>value</b> parameter has the name the keyed members give their key (JWTSimpleServer's
/// first <c>IRefreshTokenStore</c>: <c>StoreTokenAsync(string accessToken, string refreshToken)</c> beside
/// <c>GetRefreshTokenAsync(string refreshToken)</c> and <c>InvalidateRefreshToken(string refreshToken)</c>) was read key
/// first, so the refresh token was kept under the access token and never found by it, silently. It is refused, naming
/// the cause and the one-line write.</item>
/// <item>An entity key given as a nullable reference (<c>T? Get(string? value)</c>, <c>void Remove(string? value)</c> of
/// linuxchata/oauth's grant repository) was passed on with <c>!</c>, so null threw where the declaration takes it. It now
/// follows the rule of <c>int? id</c>: a lookup of null finds nothing, a removal by it is refused.</item>
/// </list>
/// </summary>
public class Sample130Tests
{
    private const string RefreshTokens = Sources.Usings + """
        namespace V;

        [InMemoryFake]
        public interface IRefreshTokenStore
        {
            Task<string?> GetRefreshTokenAsync(string refreshToken);
            Task StoreTokenAsync(string accessToken, string refreshToken);
            Task InvalidateRefreshToken(string refreshToken);
        }
        """;

    [Fact]
    public void A_write_whose_value_is_named_as_the_reads_key_is_refused_and_the_reads_stay_keyed_by_that_name()
    {
        var run = GeneratorHarness.Run(RefreshTokens);

        Refusals.Exactly(run, ("StoreTokenAsync",
            "its value 'refreshToken' has the name GetRefreshTokenAsync and InvalidateRefreshToken give their key, and its key 'accessToken' is a name no member reads or removes by: "
            + "read key first, the fake would keep the refreshToken under the accessToken, and GetRefreshTokenAsync(refreshToken) would never find it. The names say the key is 'refreshToken'; "
            + "what the store keeps under it (the accessToken, both, or an object holding them) is the real store's, which the signature does not say. "
            + "Write the member: Store.Set(refreshToken, accessToken) keeps the accessToken under the refreshToken"));
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("StoreTokenAsync", Refusals.PointedAt(diagnostic));
        Assert.Contains("Implement it in the partial class InMemoryRefreshTokenStore", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hand_written_write_completes_the_fake_and_the_generated_read_and_removal_use_the_refresh_token()
    {
        var run = GeneratorHarness.Run(RefreshTokens + """

            public partial class InMemoryRefreshTokenStore
            {
                public Task StoreTokenAsync(string accessToken, string refreshToken)
                {
                    Store.Set(refreshToken, accessToken);
                    return Task.CompletedTask;
                }
            }
            """);

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRefreshTokenStore tokens = new InMemoryRefreshTokenStore();
                    tokens.StoreTokenAsync("access-1", "refresh-1").GetAwaiter().GetResult();
                    Is("access-1", tokens.GetRefreshTokenAsync("refresh-1").GetAwaiter().GetResult(), "the read finds what is kept under the refresh token");
                    Is(null, tokens.GetRefreshTokenAsync("access-1").GetAwaiter().GetResult(), "nothing is kept under the access token");
                    tokens.InvalidateRefreshToken("refresh-1").GetAwaiter().GetResult();
                    Is(null, tokens.GetRefreshTokenAsync("refresh-1").GetAwaiter().GetResult(), "InvalidateRefreshToken removes it by the refresh token");
                }
            }
            """);
    }

    [Fact]
    public void A_write_named_as_the_reads_keep_their_key_and_a_value_named_as_no_key_stays_generated()
    {
        // Set(key, value) beside Get(key): the names agree. Save(userId, token) beside Get(userId): the value is named as no key.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ITokenStore
            {
                string? Get(string userId);
                void Save(string userId, string token);
                void Remove(string userId);
            }

            [InMemoryFake]
            public interface ISettingStore
            {
                string? GetSetting(string key);
                void SetSetting(string key, string value);
            }
            """);

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ITokenStore tokens = new InMemoryTokenStore();
                    tokens.Save("ana", "t-1");
                    Is("t-1", tokens.Get("ana"), "Save(userId, token) keeps the token under the user");
                    ISettingStore settings = new InMemorySettingStore();
                    settings.SetSetting("theme", "dark");
                    Is("dark", settings.GetSetting("theme"), "SetSetting(key, value) keeps the value under the key");
                }
            }
            """);
    }

    [Fact]
    public void A_write_whose_key_is_also_a_name_the_members_key_by_is_not_refused_for_its_value()
    {
        // Some members key by 'name', others by 'value': the write's key is one of the names the store keys by, so nothing
        // says its value was meant as the key.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ILabelStore
            {
                string? Get(string name);
                void Set(string name, string value);
                bool Exists(string value);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("give their key", StringComparison.Ordinal)
            || d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("gives its key", StringComparison.Ordinal));
    }

    private const string Grants = Sources.Usings + """
        #nullable enable
        namespace V;

        public record Grant
        {
            public required string Value { get; set; }
            public required string ClientId { get; set; }
        }

        public interface IRepositoryGet<T>
        {
            T? Get(string? value);
        }

        public interface IRepositoryAdd<T>
        {
            void Add(T item);
        }

        public interface IRepositoryRemove<T>
        {
            void Remove(string? value);
        }

        [InMemoryFake]
        public interface IGrantRepository : IRepositoryGet<Grant>, IRepositoryAdd<Grant>, IRepositoryRemove<Grant>
        {
        }
        """;

    [Fact]
    public void A_removal_by_a_nullable_reference_key_is_refused_as_a_removal_by_a_nullable_value_key_is()
    {
        var run = GeneratorHarness.Run(Grants);

        Refusals.Exactly(run, ("Remove", "its key 'value' is nullable, and what a removal of null does (nothing, or an error) is the store's own; take the key type itself"));
        Assert.Contains("Implement it in the partial class InMemoryGrantRepository", Refusals.Message(run, "Remove"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_by_a_nullable_reference_key_finds_nothing_for_null_and_the_grant_for_its_value()
    {
        var run = GeneratorHarness.Run(Grants + """

            public partial class InMemoryGrantRepository
            {
                public void Remove(string? value)
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        Store.Remove(value);
                    }
                }
            }
            """);

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IGrantRepository grants = new InMemoryGrantRepository();
                    Is(null, grants.Get(null), "a lookup of null finds nothing: no grant has a null key");
                    grants.Add(new Grant { Value = "code-1", ClientId = "web" });
                    Is("web", grants.Get("code-1")?.ClientId, "the grant is found by its Value");
                    Is(null, grants.Get(null), "still nothing for null");
                    grants.Remove(null);
                    grants.Remove("code-1");
                    Is(null, grants.Get("code-1"), "the hand-written removal removes it");
                }
            }
            """);
    }

    [Fact]
    public void Without_nullable_annotations_a_string_key_keeps_its_reading()
    {
        // #nullable disable: string says nothing of null, so the removal stays generated, as before.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class Grant
            {
                public string Value { get; set; }
                public string ClientId { get; set; }
            }

            [InMemoryFake]
            public interface IGrantRepository
            {
                Grant Get(string value);
                void Add(Grant item);
                void Remove(string value);
            }
            """);

        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
