using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>An entity type and its key, found while parsing. Lives only while parsing.</summary>
internal sealed class EntityInfo
{
    private EntityInfo(ITypeSymbol type, IReadOnlyList<IPropertySymbol> keys, ITypeSymbol keyType, IReadOnlyList<IPropertySymbol> properties)
    {
        Type = type;
        Keys = keys;
        KeyType = keyType;
        Properties = properties;
    }

    public ITypeSymbol Type { get; }

    /// <summary>The key properties, in key order.</summary>
    public IReadOnlyList<IPropertySymbol> Keys { get; }

    /// <summary>The key's type: the property's, or a tuple for a composite key.</summary>
    public ITypeSymbol KeyType { get; }

    public IReadOnlyList<IPropertySymbol> Properties { get; }

    /// <summary>The entity's name ("" for a type parameter).</summary>
    public string Name => Type is ITypeParameterSymbol ? "" : Type.Name;

    /// <summary>
    /// The entity view of a type, or null when it has no key: the properties marked with a key attribute (several make a
    /// composite key, ordered by <c>FakeKey.Order</c>, then declaration order); else an Azure table entity's pair; else the
    /// key a class-level <c>[PrimaryKey]</c> names (<see cref="ClassDeclaredKeys"/>); else <c>Id</c>; else <c>{Name}Id</c>
    /// (of a type parameter, the name of a type it is constrained to: <see cref="ConstraintNamedKey"/>).
    /// </summary>
    public static EntityInfo? TryGet(ParseContext context, ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        if (!TypeFacts.IsEntityCandidateType(type))
        {
            return null;
        }

        var properties = context.PropertiesOf(type);
        var marked = new List<(IPropertySymbol Property, int Order, int Index)>();
        for (var i = 0; i < properties.Count; i++)
        {
            foreach (var attribute in properties[i].GetAttributes())
            {
                if (attribute.AttributeClass is { } attributeClass && Conventions.IsOneOf(attributeClass.Name, Conventions.KeyAttributeNames))
                {
                    marked.Add((properties[i], KeyOrder(attribute), i));
                    break;
                }
            }
        }

        List<IPropertySymbol> keys;
        if (marked.Count > 0)
        {
            keys = marked.OrderBy(static m => m.Order).ThenBy(static m => m.Index).Select(static m => m.Property).ToList();
        }
        else if (TableEntityKeys(type, properties) is { } tableKeys)
        {
            keys = tableKeys;
        }
        else if (ClassDeclaredKeys(type, properties) is { } declaredKeys)
        {
            keys = declaredKeys;
        }
        else
        {
            var byName = properties.FirstOrDefault(static p => p.Name == Conventions.KeyPropertyName)
                ?? properties.FirstOrDefault(static p => p.Name.Equals(Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase))
                ?? (type is ITypeParameterSymbol parameter
                    ? ConstraintNamedKey(parameter, properties)
                    : properties.FirstOrDefault(p => p.Name.Equals(type.Name + Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase))
                        // Id{Name}: the Portuguese and Spanish order of the same words (IdProduto, idProducto: "the id of the product").
                        ?? properties.FirstOrDefault(p => p.Name.Equals(Conventions.KeyPropertyName + type.Name, StringComparison.OrdinalIgnoreCase)));
            if (byName is null)
            {
                return null;
            }

            keys = new List<IPropertySymbol> { byName };
        }

        return WithKeys(context, type, keys);
    }

    /// <summary>
    /// The <c>{Name}Id</c> key of a type parameter: <c>{Name}</c> is the name of a type it is constrained to, an
    /// interface's without its <c>I</c> (<c>IStoreLeases&lt;T&gt; where T : ILease</c> keys T by ILease's
    /// <c>LeaseId</c>, as a class <c>Lease</c> is keyed by its <c>LeaseId</c>). The type parameter's own name (<c>T</c>)
    /// names no entity, so <c>TId</c> is never read. Null when no constraint names such a property, or two constraints
    /// name two different ones.
    /// </summary>
    private static IPropertySymbol? ConstraintNamedKey(ITypeParameterSymbol parameter, IReadOnlyList<IPropertySymbol> properties)
    {
        IPropertySymbol? found = null;
        foreach (var constraint in parameter.ConstraintTypes)
        {
            var name = constraint.Name;
            if (constraint.TypeKind == TypeKind.Interface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
            {
                name = name.Substring(1);
            }

            if (name.Length == 0 || properties.FirstOrDefault(p => p.Name.Equals(name + Conventions.KeyPropertyName, StringComparison.OrdinalIgnoreCase)) is not { } key)
            {
                continue;
            }

            if (found is not null && !SymbolEqualityComparer.Default.Equals(found, key))
            {
                return null;
            }

            found = key;
        }

        return found;
    }

    /// <summary>
    /// The key of an Azure Table Storage entity: a type implementing <c>ITableEntity</c> (Azure.Data.Tables, or the older
    /// Microsoft.Azure.Cosmos.Table and Microsoft.WindowsAzure.Storage.Table) is identified by its <c>PartitionKey</c> and
    /// <c>RowKey</c> together, by the service's definition, whatever other properties (an <c>Id</c>) it has. Null for any
    /// other type.
    /// </summary>
    internal static List<IPropertySymbol>? TableEntityKeys(ITypeSymbol type, IReadOnlyList<IPropertySymbol> properties)
    {
        if (!type.AllInterfaces.Any(static i => i.Name == "ITableEntity" && i.ContainingNamespace?.ToDisplayString() is "Azure.Data.Tables" or "Microsoft.Azure.Cosmos.Table" or "Microsoft.WindowsAzure.Storage.Table"))
        {
            return null;
        }

        var partition = properties.FirstOrDefault(static p => p.Name == "PartitionKey");
        var row = properties.FirstOrDefault(static p => p.Name == "RowKey");
        return partition is null || row is null ? null : new List<IPropertySymbol> { partition, row };
    }

    /// <summary>
    /// The key a class-level <c>[PrimaryKey(…)]</c> on the type (or the nearest base type that has one) names: PetaPoco's and
    /// NPoco's <c>[PrimaryKey("account")]</c> name the key column (several comma-separated, <c>"a,b"</c>), EF Core's
    /// <c>[PrimaryKey(nameof(A), nameof(B))]</c> the key properties, in that order. Each name is the property whose
    /// <c>[Column("…")]</c> maps that column, else the property of that name that maps no other column (ignoring case, as
    /// the database's column names do). Null when no such attribute is there, or a name matches no property or two.
    /// </summary>
    internal static List<IPropertySymbol>? ClassDeclaredKeys(ITypeSymbol type, IReadOnlyList<IPropertySymbol> properties)
    {
        var names = ClassDeclaredKeyNames(type);
        if (names is null || names.Count == 0)
        {
            return null;
        }

        var keys = new List<IPropertySymbol>();
        foreach (var name in names)
        {
            var byColumn = properties.Where(p => string.Equals(ColumnName(p), name, StringComparison.OrdinalIgnoreCase)).ToList();
            var matches = byColumn.Count > 0
                ? byColumn
                : properties.Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && ColumnName(p) is null).ToList();
            if (matches.Count != 1 || keys.Contains(matches[0], SymbolEqualityComparer.Default))
            {
                return null;
            }

            keys.Add(matches[0]);
        }

        return keys;
    }

    /// <summary>The class-level <c>[PrimaryKey]</c> attribute of the type or its nearest base type that has one, or null.</summary>
    internal static AttributeData? ClassDeclaredKeyAttribute(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.GetAttributes().FirstOrDefault(static a => a.AttributeClass?.Name == "PrimaryKeyAttribute") is { } attribute)
            {
                return attribute;
            }
        }

        return null;
    }

    private static List<string>? ClassDeclaredKeyNames(ITypeSymbol type)
    {
        if (ClassDeclaredKeyAttribute(type) is not { } attribute)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Array)
            {
                names.AddRange(argument.Values.Select(static v => v.Value).OfType<string>());
            }
            else if (argument.Value is string value)
            {
                names.AddRange(value.Split(','));
            }
        }

        return names.Select(static n => n.Trim()).Where(static n => n.Length > 0).ToList();
    }

    /// <summary>The column a <c>[Column("…")]</c> (data annotations', PetaPoco's, NPoco's, linq2db's) maps the property to, or null.</summary>
    private static string? ColumnName(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name != "ColumnAttribute")
            {
                continue;
            }

            if (attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Name" && named.Value.Value is string named0)
                {
                    return named0;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The entity view of a type whose key is known some other way: the properties the interface's own members prove
    /// identify one entity (<see cref="ProvenKeys"/>), in the order those members take them.
    /// </summary>
    public static EntityInfo WithKeys(ParseContext context, ITypeSymbol type, IReadOnlyList<IPropertySymbol> keys)
    {
        type = TypeNames.Underlying(type);
        var keyType = keys.Count == 1
            ? TypeNames.Underlying(keys[0].Type)
            : context.Compilation.CreateTupleTypeSymbol(
                keys.Select(static k => TypeNames.Underlying(k.Type)).ToImmutableArray(),
                keys.Select(static k => (string?)k.Name).ToImmutableArray());
        return new EntityInfo(type, keys, keyType, context.PropertiesOf(type));
    }

    /// <summary>Whether the parameters are the key: one parameter convertible to it, or one per part of a composite key.</summary>
    public bool KeyParametersMatch(ParseContext context, IParameterSymbol[] parameters)
    {
        if (parameters.Length == 1 && TypeFacts.KeyConvertible(context, parameters[0].Type, KeyType))
        {
            return true;
        }

        if (Keys.Count > 1 && parameters.Length == Keys.Count)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                if (!TypeFacts.KeyConvertible(context, parameters[i].Type, Keys[i].Type))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static int KeyOrder(AttributeData attribute)
    {
        if (attribute.AttributeClass?.Name == "FakeKeyAttribute")
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Order" && argument.Value.Value is int order)
                {
                    return order;
                }
            }
        }

        return 0;
    }
}
