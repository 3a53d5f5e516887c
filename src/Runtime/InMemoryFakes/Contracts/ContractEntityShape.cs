using System;
using System.Collections.Generic;

namespace InMemoryFakes.Contracts;

/// <summary>
/// The entity of a repository contract: how to build one from property values, read its properties and key, and who
/// assigns the key. Emitted by the generator from the same entity model the fake uses.
/// </summary>
public sealed class ContractEntityShape
{
    /// <summary>Describes an entity.</summary>
    /// <param name="type">The entity type.</param>
    /// <param name="typeName">Its C# name as a test would write it (<c>User</c>), for repro snippets.</param>
    /// <param name="properties">Its readable properties in declaration order; the key among them.</param>
    /// <param name="create">Builds an entity from one value per property, in <paramref name="properties"/> order.</param>
    /// <param name="getKey">Reads the key (a value tuple for composite keys).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="typeName"/> is empty, or no property is the key.</exception>
    public ContractEntityShape(Type type, string typeName, IReadOnlyList<ContractProperty> properties, Func<object?[], object> create, Func<object, object> getKey)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(getKey);
        var hasKey = false;
        foreach (var property in properties)
        {
            hasKey |= property.IsKey;
        }

        if (!hasKey)
        {
            throw new ArgumentException($"{typeName}: no property is marked IsKey.", nameof(properties));
        }

        Type = type;
        TypeName = typeName;
        Properties = properties;
        Create = create;
        GetKey = getKey;
    }

    /// <summary>The entity type.</summary>
    public Type Type { get; }

    /// <summary>The C# name used in snippets.</summary>
    public string TypeName { get; }

    /// <summary>The readable properties in declaration order.</summary>
    public IReadOnlyList<ContractProperty> Properties { get; }

    /// <summary>Builds an entity from one value per property.</summary>
    public Func<object?[], object> Create { get; }

    /// <summary>Reads the key.</summary>
    public Func<object, object> GetKey { get; }

    /// <summary>The key type (a value tuple for composite keys).</summary>
    public Type KeyType { get; init; } = typeof(object);

    /// <summary>Who assigns keys: <see cref="ContractKeyAssignment.Store"/> for generated <c>int</c>/<c>long</c>/<c>Guid</c> keys.</summary>
    public ContractKeyAssignment KeyAssignment { get; init; }

    /// <summary>How snippets write an entity.</summary>
    public ContractConstruction Construction { get; init; }
}

/// <summary>A readable property of an entity.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">The property type.</param>
/// <param name="Get">Reads it from an entity.</param>
public sealed record ContractProperty(string Name, Type Type, Func<object, object?> Get)
{
    /// <summary>Part of the key.</summary>
    public bool IsKey { get; init; }

    /// <summary>Accepts null.</summary>
    public bool IsNullable { get; init; }

    /// <summary>Under a <c>[Unique]</c> constraint (its group name, or the property name); <see langword="null"/> when not unique.</summary>
    public string? UniqueGroup { get; init; }

    /// <summary>The optimistic concurrency token: its value is the store's to choose, so it is not compared.</summary>
    public bool IsConcurrencyToken { get; init; }
}
