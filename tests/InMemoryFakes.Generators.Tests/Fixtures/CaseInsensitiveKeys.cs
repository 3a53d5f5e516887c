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

/// <summary>
/// A repository whose derived queries compare the case-insensitive key: each must find what the key lookup finds.
/// </summary>
[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
public interface ICaseInsensitiveAccountQueries
{
    /// <summary>The account, or null.</summary>
    CaseAccount? Get(string id);

    /// <summary>Adds the account.</summary>
    void Add(CaseAccount account);

    /// <summary>The account with the key and owner, or null.</summary>
    CaseAccount? FindByIdAndOwner(string id, string owner);

    /// <summary>How many accounts have one of the keys.</summary>
    int CountByIdIn(IEnumerable<string> ids);

    /// <summary>How many accounts have another key.</summary>
    int CountByIdNot(string id);

    /// <summary>Removes the accounts with one of the keys.</summary>
    int DeleteByIdIn(IEnumerable<string> ids);
}

/// <summary>An account keyed by a string <c>Id</c>.</summary>
public sealed class CaseAccount
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>A value.</summary>
    public string Owner { get; set; } = string.Empty;
}

/// <summary>A repository of two string-keyed entity types: the setting covers both tables.</summary>
[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
public interface ICaseInsensitiveDirectory
{
    /// <summary>The account, or null.</summary>
    CaseAccount? GetAccount(string id);

    /// <summary>Adds the account.</summary>
    void AddAccount(CaseAccount account);

    /// <summary>The team, or null.</summary>
    CaseTeam? GetTeam(string id);

    /// <summary>Adds the team.</summary>
    void AddTeam(CaseTeam team);
}

/// <summary>A team keyed by a string <c>Id</c>.</summary>
public sealed class CaseTeam
{
    /// <summary>The key.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>A value.</summary>
    public string Name { get; set; } = string.Empty;
}
