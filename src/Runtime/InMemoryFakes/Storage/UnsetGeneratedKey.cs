using System;

namespace InMemoryFakes.Support;

/// <summary>
/// The refusal of an update whose entity carries the unset value (0, <see cref="Guid.Empty"/>, null) of a key the store
/// generates. No stored entity can have that key, and real stores disagree on what such an update means: EF Core's
/// <c>DbSet.Update</c> (and a repository's <c>Update</c> over it, such as Microsoft's InventorySample) inserts the entity
/// with a new key, a SQL <c>UPDATE … WHERE Id = 0</c> changes nothing. The signature cannot tell which, so the fake says so
/// instead of answering "not found" (or 0 rows) for a store that would have inserted.
/// </summary>
internal static class UnsetGeneratedKey
{
    /// <summary>The exception for an update of an entity whose generated key is unset; the store is unchanged.</summary>
    /// <param name="table">The table's name (the entity type).</param>
    /// <param name="keyName">The key property's name.</param>
    /// <param name="key">The unset key value.</param>
    /// <param name="entityParam">The caller's parameter name.</param>
    /// <returns>An <see cref="ArgumentException"/> naming <paramref name="entityParam"/>, its <see cref="Exception.Data"/>
    /// marked with <see cref="RefusalDataKey"/> so a test harness can tell a refusal from a failure.</returns>
    internal static ArgumentException OnUpdate(string table, string? keyName, object? key, string? entityParam)
    {
        var refusal = new ArgumentException(
            $"The {table} to update has its generated key {keyName ?? "key"} unset ({(key is null ? "null" : key.ToString())}), so no stored "
            + $"{table} can match it. An EF Core Update inserts such an entity with a new key, a SQL UPDATE changes nothing: the fake cannot "
            + "tell which your store does, so it changes nothing and says so. Add the entity with the interface's Add/Insert/Save member "
            + "(or seed it), or implement this member in the fake's partial class if your store inserts. (docs/generator.md#entity-repository)",
            entityParam);
        refusal.Data[RefusalDataKey] = "an update of an unset generated key";
        return refusal;
    }

    /// <summary>The exception for an add-or-get (<c>GetOrCreate</c>, <c>AddOrGet</c>) of an entity whose generated key is unset; the store is unchanged.</summary>
    /// <param name="table">The table's name (the entity type).</param>
    /// <param name="keyName">The key property's name.</param>
    /// <param name="key">The unset key value.</param>
    /// <param name="entityParam">The caller's parameter name.</param>
    /// <returns>An <see cref="ArgumentException"/> naming <paramref name="entityParam"/>, marked as <see cref="OnUpdate"/>'s is.</returns>
    internal static ArgumentException OnAddOrGet(string table, string? keyName, object? key, string? entityParam)
    {
        var refusal = new ArgumentException(
            $"The {table} to get or add has its generated key {keyName ?? "key"} unset ({(key is null ? "null" : key.ToString())}), so no stored "
            + $"{table} can have it and an add-or-get by key would always add. A real store given such an entity finds the stored one by "
            + "another value (a natural key such as an e-mail or a name), which the signature does not say: the fake changes nothing and "
            + "says so. Set the key before the call, or implement this member in the fake's partial class with the lookup your store "
            + "makes. (docs/generator.md#entity-repository)",
            entityParam);
        refusal.Data[RefusalDataKey] = "an add-or-get of an unset generated key";
        return refusal;
    }

    /// <summary>The <see cref="Exception.Data"/> key that marks an exception as a run-time refusal of a shape the fake cannot
    /// prove (its value says which), not a store failure.</summary>
    internal const string RefusalDataKey = "InMemoryFakes.Refusal";
}
