using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A key-value store whose members take an options object the interface cannot explain; <c>IgnoredParameters</c> says it
/// takes no part in what they do, as it does on an entity repository (before, a key-value store left the setting unused
/// and refused the members).
/// </summary>
[InMemoryFake(IgnoredParameters = new[] { "options" })]
public interface IOptionedSettingsCache
{
    /// <summary>The value, or null.</summary>
    Task<string?> GetAsync(string key, ReadOptions? options, CancellationToken cancellationToken = default);

    /// <summary>Stores the value.</summary>
    Task SetAsync(string key, string value, ReadOptions options, CancellationToken cancellationToken = default);

    /// <summary>Removes the key.</summary>
    bool Remove(string key, ReadOptions? options = null);
}
