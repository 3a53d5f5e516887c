// Source: https://github.com/bitwarden/server
// Commit: ac309aa19ed3
// Licence: AGPL-3.0 (bitwarden_license/ is under the Bitwarden License; an interface signature transcribed for a test)
// Path: bitwarden_license/src/Sso/Utilities/IExtendedOptionsMonitorCache.cs (base: IOptionsMonitorCache<TOptions> of
//   Microsoft.Extensions.Options)
// Adapted: closed over a minimal options class (Bitwarden closes it over OpenIdConnectOptions and Saml2Options, which
//   are not in the shared framework).
// Real store: bitwarden_license/src/Sso/Utilities/ExtendedOptionsMonitorCache.cs: a ConcurrentDictionary<string,
//   Lazy<TOptions>> (ordinal); AddOrUpdate(name, options) sets; GetOrAdd(name, createOptions) returns the stored options
//   or stores and returns createOptions(); TryAdd is false when the name is taken; TryRemove says whether it removed;
//   Clear empties it. A null name means Options.DefaultName (""). It hands back the very instance it stored (the
//   Lazy's value). Both are IOptionsMonitorCache's contract, which the generator now reads for every fake of it
//   (Conventions.FrameworkStoreContracts, lead, session 10): the null name and the same instance are in the smoke script.
// Shapes: *=10,19
// First try (bb0aa1c): incomplete: IMF0001 TryRemove | WRONG: none (a null name throws
//   ArgumentNullException where the real store uses Options.DefaultName)
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.Options;

namespace Corpus.Bitwarden.IExtendedOptionsMonitorCacheCase;

public class SchemeOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
}

public interface IExtendedOptionsMonitorCache<TOptions> : IOptionsMonitorCache<TOptions> where TOptions : class
{
    void AddOrUpdate(string name, TOptions options);
}

[InMemoryFake(typeof(IExtendedOptionsMonitorCache<SchemeOptions>))]
public partial class ExtendedOptionsMonitorCacheFake;

public static class Smoke
{
    public static Task RunAsync(IExtendedOptionsMonitorCache<SchemeOptions> cache)
    {
        cache.AddOrUpdate("oidc-1", new SchemeOptions { Authority = "https://a", ClientId = "one" });
        var calls = 0;
        var found = cache.GetOrAdd("oidc-1", () => { calls++; return new SchemeOptions { ClientId = "made" }; });
        Check.Equal("one", found.ClientId, "GetOrAdd returns the options AddOrUpdate stored");
        Check.Equal(0, calls, "GetOrAdd does not call the factory for a stored name");
        cache.AddOrUpdate("oidc-1", new SchemeOptions { ClientId = "two" });
        Check.Equal("two", cache.GetOrAdd("oidc-1", () => new SchemeOptions { ClientId = "made" }).ClientId, "AddOrUpdate replaces the options");
        Check.False(cache.TryAdd("oidc-1", new SchemeOptions { ClientId = "three" }), "TryAdd is false for a taken name");
        Check.True(cache.TryAdd("oidc-2", new SchemeOptions { ClientId = "three" }), "TryAdd adds a new name");
        Check.Equal("made", cache.GetOrAdd("oidc-3", () => new SchemeOptions { ClientId = "made" }).ClientId, "GetOrAdd stores what the factory makes for a new name");
        Check.True(cache.TryRemove("oidc-2"), "TryRemove removes a stored name");
        Check.False(cache.TryRemove("oidc-2"), "TryRemove is false the second time");
        var stored = new SchemeOptions { ClientId = "default" };
        Check.True(cache.TryAdd(null, stored), "TryAdd(null) adds under the default name");
        Check.True(ReferenceEquals(stored, cache.GetOrAdd("", () => new SchemeOptions())), "GetOrAdd(\"\") hands back the very instance TryAdd(null) stored");
        cache.Clear();
        Check.False(cache.TryRemove("oidc-1"), "Clear removed every name");
        return Task.CompletedTask;
    }
}
