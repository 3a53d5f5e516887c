using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample100 (session 33), notification services. All ten members of the three picks were refused on the first try and
/// none was silently wrong; two refusals gave a reason that was not the real one. The Dutch exposure-notification backend's
/// <c>IAuthCodeService.RevokeAuthCode(authCode)</c> was "not a known verb", where the reason to refuse is that a revoke
/// removes the key in some stores (its <c>AuthCodeService</c>: <c>IMemoryCache.Remove</c>) and adds it in others (a token
/// deny-list's <c>RevokeToken(token)</c>); BuildNotifications' <c>IConfigurationService.Current</c>, an
/// <c>IConfiguration</c> settings model loaded from the user's file, was called "the real store's own engine or service".
/// Both stay refused; the messages now say why.
/// </summary>
public class Sample100Tests
{
    private static GeneratorRun Run(string body) => GeneratorHarness.Run(Sources.Usings + """
        #nullable enable
        namespace V;

        """ + body);

    [Fact]
    public void A_revoke_in_a_key_value_store_is_refused_with_its_opposite_meanings()
    {
        var run = Run("""
            [InMemoryFake]
            public interface IAuthCodeStore
            {
                void Set(string authCode, List<string> claims);
                List<string>? Get(string authCode);
                void RevokeAuthCode(string authCode);
            }

            [InMemoryFake]
            public interface ITokenStore
            {
                void Set(string token, string userId);
                bool Exists(string token);
                Task RevokeAsync(string token);
            }
            """);

        Refusals.Exactly(
            run,
            ("RevokeAuthCode", "'RevokeAuthCode' means opposite things in different stores: the Dutch exposure-notification backend's AuthCodeService.RevokeAuthCode(code) removes the code from its memory cache,"
                + " while a token deny-list's RevokeToken(token) adds the token"),
            ("RevokeAsync", "'Revoke' means opposite things in different stores"));
        Assert.Contains("write it on the partial class (Store.Remove for a removal, Store.Set for a deny-list)", Refusals.Message(run, "RevokeAuthCode"), System.StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_settings_model_behind_an_interface_is_refused_as_one_not_as_an_engine()
    {
        var run = Run("""
            public interface IConfiguration
            {
                string Language { get; set; }
            }

            public interface ISerializer
            {
                bool Save(IConfiguration configuration, string fileName);
            }

            [InMemoryFake]
            public interface IConfigurationService
            {
                IConfiguration Current { get; }
                ISerializer Serializer { get; }
                void Set(string key, string value);
                string? Get(string key);
            }
            """);

        Refusals.Exactly(
            run,
            ("Current", "it returns V.IConfiguration, an interface named like a settings object: a fake can make no instance of an interface, and which settings the real store holds"
                + " (read from a file or the host's configuration, or defaults) is set where it is made, not by this interface; declare a class with a public parameterless constructor"),
            ("Serializer", "it returns V.ISerializer, an interface: the real store's own engine or service"));
        Assert.DoesNotContain("engine", Refusals.Message(run, "Current"), System.StringComparison.Ordinal);
        Assertions.NeverFailed(run);
    }
}
