using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Get-or-add with a factory that is handed a cache entry (<c>Func&lt;ICacheEntry, V&gt;</c>, as LazyCache's
/// <c>IAppCache.GetOrAdd</c> and <c>IMemoryCache.GetOrCreate</c> take): the fake makes the entry, copies a policy
/// argument's expiry onto it (as <c>entry.SetOptions(policy)</c> does before the factory runs), runs the factory once
/// for the key under the key's lock, and stores the value with the expiry the entry holds afterwards. An entry the fake
/// cannot make, or a policy whose expiry the entry cannot hold, is a reason naming it.
/// </summary>
internal static partial class KeyValuePlanner
{
    private static FactoryEntrySpec? FactoryEntry(ParseContext context, KeyValueShape shape, MemberParts member, ITypeSymbol entryType, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = member.Args;
        var type = TypeNames.Underlying(entryType);
        string creation;
        EntryClassSpec? implementation = null;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } named && named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && context.IsAccessible(c))
            && !context.PropertiesOf(named).Any(static p => p.IsRequired))
        {
            creation = "new " + context.RenderNotNull(type) + "()";
        }
        else if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface } contract)
        {
            if (EntryImplementation(context, shape, contract, out reason) is not { } made)
            {
                return null;
            }

            implementation = made;
            creation = made.Name;
        }
        else
        {
            return Refuse<FactoryEntrySpec>("its factory takes a " + type.ToDisplayString() + ", which the fake cannot make (an entry is a class with a public parameterless constructor, or an interface of properties)", out reason);
        }

        // The policy: an options object whose expiry goes onto the entry before the factory runs; nothing else.
        string? policy = null;
        var copies = new List<string>();
        var lists = new List<string>();
        var entryProperties = TtlPlanner.EntryExpiryProperties(context, type);
        foreach (var parameter in args.Skip(2))
        {
            var optionProperties = TtlPlanner.OptionExpiryProperties(context, parameter.Type);
            if (optionProperties.Count == 0 || !TypeFacts.ReadsAsValue(parameter))
            {
                return Refuse<FactoryEntrySpec>(TtlPlanner.IsTtl(context, parameter)
                    ? ("its factory sets the expiry on its entry and its parameter '" + parameter.Name + "' gives one too, so which one wins is unknown (a policy object whose expiry properties the entry also has is copied onto it first)")
                    : "its parameter '" + parameter.Name + "' is neither a policy of expiry properties nor anything else a get-or-add takes", out reason);
            }

            if (policy is not null)
            {
                return Refuse<FactoryEntrySpec>("it takes more than one policy ('" + policy + "' and '" + parameter.Name + "')", out reason);
            }

            if (!parameter.Type.IsReferenceType)
            {
                return Refuse<FactoryEntrySpec>("its policy '" + parameter.Name + "' is a struct; only a policy class is copied onto the entry", out reason);
            }

            foreach (var option in optionProperties)
            {
                var target = entryProperties.FirstOrDefault(p => p.Name == option.Name);
                if (target is null || target.SetMethod is null || !(SymbolEqualityComparer.Default.Equals(option.Type, target.Type)
                    || (TypeNames.IsNullableValueType(target.Type) && TypeFacts.SameType(option.Type, target.Type))))
                {
                    return Refuse<FactoryEntrySpec>("its policy's " + option.Name + " has no settable property of the same name and type on the entry " + type.ToDisplayString() + ", so the policy's expiry would be lost", out reason);
                }

                copies.Add(option.Name);
            }

            for (var current = parameter.Type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var list in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!list.IsStatic && list.DeclaredAccessibility == Accessibility.Public && list.GetMethod is not null && StartsEmpty(context, list.Type) is not null && !lists.Contains(list.Name))
                    {
                        lists.Add(list.Name);
                    }
                }
            }

            policy = TypeNames.Escape(parameter.Name);
        }

        return new FactoryEntrySpec(
            context.RenderNotNull(type),
            creation,
            TtlPlanner.EntryHelper(context, type, store),
            policy,
            copies.ToArray(),
            lists.ToArray(),
            context.Names.New("__entry"),
            context.Names.New("__made"),
            implementation);
    }

    /// <summary>
    /// <c>CreateEntry(key)</c> returning an entry interface (IMemoryCache's <c>ICacheEntry</c>): the entry the fake hands
    /// out is stored when it is disposed, as MemoryCache's <c>CacheEntry.Dispose</c> does (only when its value was set,
    /// once). The entry must be an interface the fake can implement (<see cref="EntryImplementation"/>) with a
    /// <c>Dispose</c> (the moment it is stored) and a settable <c>Value</c> of the store's value type.
    /// </summary>
    private static KvCreateEntryOp? CreateEntry(ParseContext context, KeyValueShape shape, MemberParts member, StoreBuilder store, out string? reason)
    {
        reason = null;
        var candidate = member.Candidate;
        if (member.Args.Length != 1 || !IsKey(context, shape, member.Args[0]) || member.Region is not null)
        {
            return Refuse<KvCreateEntryOp>("it must take only the key", out reason);
        }

        if (candidate.Shape != ReturnShape.Sync || candidate.Result is not INamedTypeSymbol { TypeKind: TypeKind.Interface } contract)
        {
            return Refuse<KvCreateEntryOp>("it must return an entry interface (such as ICacheEntry) synchronously, which the caller fills and disposes", out reason);
        }

        if (EntryImplementation(context, shape, contract, out reason) is not { } implementation)
        {
            return null;
        }

        if (!implementation.Dispose)
        {
            return Refuse<KvCreateEntryOp>("its entry " + contract.ToDisplayString() + " has no Dispose, so nothing says when the entry is stored", out reason);
        }

        var value = context.PropertiesOf(contract).Concat(contract.AllInterfaces.SelectMany(context.PropertiesOf))
            .FirstOrDefault(static p => p.Name == "Value" && p.SetMethod is not null && p.GetMethod is not null);
        if (value is null || !(TypeFacts.SameType(TypeNames.Underlying(value.Type), shape.ValueType) || (shape.IsObjectStore && value.Type.SpecialType == SpecialType.System_Object)))
        {
            return Refuse<KvCreateEntryOp>("its entry " + contract.ToDisplayString() + " has no settable Value of the store's value type " + shape.ValueType.ToDisplayString() + ", so what it stores is unknown", out reason);
        }

        var name = "__StoredOnDisposeEntryOf" + TypeNames.Sanitize(contract.Name);
        context.Names.Reserve(name);
        return new KvCreateEntryOp(KeyOf(shape, member), implementation with { Name = name, CommitValue = "Value" }, TtlPlanner.EntryHelper(context, contract, store),
            !shape.KeyType.IsValueType);
    }

    /// <summary>
    /// A plain implementation of an entry interface: every member a property (settable, the key, or a collection that
    /// starts empty) or <c>void Dispose()</c>; otherwise a reason naming the member the fake could not give a meaning.
    /// </summary>
    private static EntryClassSpec? EntryImplementation(ParseContext context, KeyValueShape shape, INamedTypeSymbol contract, out string? reason)
    {
        reason = null;
        EntryPropertySpec? key = null;
        var properties = new List<EntryPropertySpec>();
        var dispose = false;
        var seen = new HashSet<string>();
        foreach (var declaring in new[] { contract }.Concat(contract.AllInterfaces))
        {
            foreach (var symbol in declaring.GetMembers())
            {
                if (symbol.IsStatic || !symbol.IsAbstract)
                {
                    continue;
                }

                switch (symbol)
                {
                    case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet }:
                        continue;
                    case IMethodSymbol { Name: "Dispose", Parameters.Length: 0, ReturnsVoid: true, IsGenericMethod: false }:
                        dispose = true;
                        continue;
                    case IPropertySymbol { IsIndexer: false } property when seen.Add(property.Name):
                        var rendered = context.Render(property.Type);
                        if (property.SetMethod is not null && property.GetMethod is not null)
                        {
                            properties.Add(new EntryPropertySpec(property.Name, rendered, null, property.Type.IsReferenceType && !TypeNames.AllowsNull(property.Type)));
                        }
                        else if (property.GetMethod is not null && property.Name == "Key"
                            && (property.Type.SpecialType == SpecialType.System_Object || TypeFacts.SameType(property.Type, shape.KeyType)))
                        {
                            key = new EntryPropertySpec(property.Name, rendered, null, false);
                        }
                        else if (property.GetMethod is not null && StartsEmpty(context, property.Type) is { } list)
                        {
                            properties.Add(new EntryPropertySpec(property.Name, rendered, list, false));
                        }
                        else
                        {
                            return Refuse<EntryClassSpec>("its factory's entry " + contract.ToDisplayString() + " has a read-only property '" + property.Name + "' that is neither the key nor a collection, so the fake cannot give it a value", out reason);
                        }

                        continue;
                    case IPropertySymbol:
                        continue;
                    default:
                        return Refuse<EntryClassSpec>("its factory's entry " + contract.ToDisplayString() + " has a member '" + symbol.Name + "' that is not a property, so the fake cannot implement it", out reason);
                }
            }
        }

        var name = "__FakeEntryOf" + TypeNames.Sanitize(contract.Name);
        context.Names.Reserve(name);
        return new EntryClassSpec(name, context.RenderNotNull(contract), key, properties.ToArray(), dispose);
    }

    /// <summary>A list that makes a collection property's type (<c>IList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>), or null.</summary>
    private static string? StartsEmpty(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named)
        {
            return null;
        }

        var definition = named.OriginalDefinition.ToDisplayString();
        return definition is "System.Collections.Generic.IList<T>" or "System.Collections.Generic.ICollection<T>"
            ? "global::System.Collections.Generic.List<" + context.Render(named.TypeArguments[0]) + ">"
            : null;
    }

    private static T? Refuse<T>(string reason, out string? reasonOut)
        where T : class
    {
        reasonOut = reason;
        return null;
    }
}
