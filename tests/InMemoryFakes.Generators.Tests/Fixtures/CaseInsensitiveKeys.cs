using System.Collections.Generic;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>A config store whose names are case-insensitive, as git config's are (GitExtensions' IConfigValueStore).</summary>
[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
public interface ICaseInsensitiveConfig
{
    /// <summary>The value, or null.</summary>
    string? GetValue(string name);

    /// <summary>Stores the value.</summary>
    void SetValue(string name, string value);

    /// <summary>Removes the name.</summary>
    bool Remove(string name);

    /// <summary>The names.</summary>
    IReadOnlyList<string> Keys { get; }
}

/// <summary>An entity repository with a case-insensitive string key.</summary>
[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
public interface ICaseInsensitiveAccounts
{
    /// <summary>The account, or null.</summary>
    Task<CaseAccount?> GetAsync(string id);

    /// <summary>Adds the account.</summary>
    Task AddAsync(CaseAccount account);

    /// <summary>Removes the account.</summary>
    Task<bool> DeleteAsync(string id);
}

/// <summary>An account keyed by a string <c>Id</c>.</summary>
public sealed class CaseAccount
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>A value.</summary>
    public string Owner { get; set; } = string.Empty;
}
