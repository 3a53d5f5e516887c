using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// A known verb followed by <c>By{Name}</c> (<c>TryGetByDeviceCode(string deviceCode)</c>, <c>RemoveByDeviceCode</c>):
    /// the plain verb when <c>{Name}</c> is its first parameter and that parameter is the store's key, which the store's
    /// plain writes prove by naming their key the same (Abblix's <c>StoreAsync(string deviceCode, request, expiresIn)</c>),
    /// and no plain member names its key otherwise. Otherwise the member is refused with what the name leaves open: a
    /// second key, or a property of the values (<see cref="ByNameProblem"/>). Returns <see cref="KeyValueVerb.None"/> and
    /// null when the name is no such verb (the plain "not a known verb" refusal stays).
    /// </summary>
    private static (KeyValueVerb Verb, bool Plural, string? Problem) ByKey(KeyValueShape shape, MemberCandidate candidate)
    {
        if (ByParts(shape, candidate) is not { } parts)
        {
            return (KeyValueVerb.None, false, null);
        }

        var parameter = candidate.Parameters.FirstOrDefault();
        if (shape.IsSingle || parameter is null || !string.Equals(parameter.Name, parts.Name, StringComparison.OrdinalIgnoreCase))
        {
            return (KeyValueVerb.None, false, ByNameProblem(shape, candidate, parts, parameter));
        }

        var keyNames = PlainKeyNames(shape, out var writers);
        if (keyNames.Count == 1 && string.Equals(keyNames[0], parameter.Name, StringComparison.Ordinal) && writers.Count > 0
            && TypeFacts.SameType(TypeNames.Underlying(parameter.Type), TypeNames.Underlying(shape.KeyType)))
        {
            return (parts.Verb, parts.Plural, null);
        }

        return (KeyValueVerb.None, false, ByNameProblem(shape, candidate, parts, parameter));
    }

    private readonly record struct ByNameParts(string Word, KeyValueVerb Verb, bool Plural, string Name);

    /// <summary>The verb and the name after <c>By</c> of a member named <c>{Verb}By{Name}</c>, or null.</summary>
    private static ByNameParts? ByParts(KeyValueShape shape, MemberCandidate candidate)
    {
        var name = candidate.Verb;
        for (var at = name.IndexOf("By", 1, StringComparison.Ordinal); at > 0 && at + 2 < name.Length; at = name.IndexOf("By", at + 1, StringComparison.Ordinal))
        {
            if (!char.IsUpper(name[at + 2]))
            {
                continue;
            }

            var stripped = VerbNouns.Strip(name.Substring(0, at), shape.Nouns, static v => Conventions.KeyValueVerbOf(v) != KeyValueVerb.None);
            var verb = Conventions.KeyValueVerbOf(stripped.Verb);
            var by = name.Substring(at + 2);
            if (verb == KeyValueVerb.None || Conventions.IsOneOf(by, Conventions.KeyValueByMatchNouns))
            {
                continue;
            }

            return new ByNameParts(name.Substring(0, at), verb, stripped.Plural, by);
        }

        return null;
    }

    /// <summary>
    /// The names the store's members without <c>By</c> give their key (the first parameter, of the key type, of every
    /// keyed verb), in the order met, and the writes among them.
    /// </summary>
    private static List<string> PlainKeyNames(KeyValueShape shape, out List<string> writers)
    {
        var names = new List<string>();
        writers = new List<string>();
        foreach (var other in shape.Candidates)
        {
            if (other.Method is null || other.Parameters.Length == 0 || ByParts(shape, other) is not null
                || !TypeFacts.SameType(TypeNames.Underlying(other.Parameters[0].Type), TypeNames.Underlying(shape.KeyType)))
            {
                continue;
            }

            var verb = shape.VerbOf(other).Verb;
            if (verb is KeyValueVerb.None or KeyValueVerb.Clear or KeyValueVerb.Count or KeyValueVerb.Keys or KeyValueVerb.GetAll or KeyValueVerb.Any or KeyValueVerb.IsEmpty
                or KeyValueVerb.CopyTo or KeyValueVerb.EvictByTag or KeyValueVerb.RemoveByPrefix or KeyValueVerb.RemoveByPattern or KeyValueVerb.ClearRegion)
            {
                continue;
            }

            var first = other.Parameters[0].Name;
            if (!names.Contains(first))
            {
                names.Add(first);
            }

            if (verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace && other.Parameters.Length >= 2)
            {
                writers.Add(other.Symbol.Name);
            }
        }

        return names;
    }

    /// <summary>Why a <c>{Verb}By{Name}</c> member is not the plain verb: what its name leaves open.</summary>
    private static string ByNameProblem(KeyValueShape shape, MemberCandidate candidate, ByNameParts parts, IParameterSymbol? parameter)
    {
        var by = parameter is not null && string.Equals(parameter.Name, parts.Name, StringComparison.OrdinalIgnoreCase) ? parameter.Name : parts.Name;
        var others = shape.Candidates
            .Where(c => !ReferenceEquals(c, candidate) && ByParts(shape, c) is { } o && !string.Equals(o.Name, parts.Name, StringComparison.Ordinal))
            .Select(c => ByParts(shape, c)!.Value.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var keyNames = PlainKeyNames(shape, out var writers);
        var property = ValueProperty(shape.ValueType, parts.Name);
        var head = "'" + candidate.Verb + "' reads as " + parts.Word + " by '" + by + "'";
        string cause;
        if (parameter is null || !string.Equals(parameter.Name, parts.Name, StringComparison.OrdinalIgnoreCase))
        {
            cause = "a name none of its parameters has" + (parameter is null ? "" : " (it takes '" + parameter.Name + "')")
                + (property is null ? "" : ": " + parts.Name + " is " + property + ", so it may look the values up by a property of theirs, which a key-value store does not index")
                + (keyNames.Count == 1 ? ", while the store's key is '" + keyNames[0] + "'" : "");
        }
        else if (keyNames.Count == 1 && !string.Equals(keyNames[0], parameter.Name, StringComparison.Ordinal))
        {
            cause = "while the store's key is '" + keyNames[0] + "' (as its other members name it): '" + parameter.Name + "' is a second key or "
                + (property ?? "a property of the values") + ", which no signature says (Abblix's DeviceAuthorizationStorage keeps the device code under the user code as a second entry,"
                + " whose expiry an update does not renew)";
        }
        else if (others.Count > 0)
        {
            cause = "and another member by '" + string.Join("', '", others) + "': one value under two names (IdentityServer4's InMemoryDeviceFlowStore finds an authorization by its device code"
                + " and by its user code, both stored with it), and which of them is the key, and whether the other is a second key or a property of the values, is the real store's"
                + (keyNames.Count == 1 ? " (the members without By name the key '" + keyNames[0] + "')" : "")
                + "; one add that takes both names and the value (StoreDeviceAuthorization(deviceCode, userCode, data)) would prove a store of one value under two keys, each unique, which is generated";
        }
        else
        {
            cause = writers.Count == 0
                ? "and no write names its key '" + parameter.Name + "', so nothing proves that '" + parameter.Name + "' is the key rather than " + (property ?? "a property of the values")
                : "and the store's other members name their key '" + string.Join("', '", keyNames) + "', so nothing proves which is the key";
        }

        return head + ", " + cause + "; a Get/Set/Remove by the key's own parameter name (TryGetByDeviceCode(deviceCode) beside StoreAsync(deviceCode, …)) is generated";
    }

    /// <summary>"the values' {Property} ({Type}.{Property})" when the store's value type has a public property of that name, else null.</summary>
    private static string? ValueProperty(ITypeSymbol valueType, string name)
    {
        for (var type = valueType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && property.DeclaredAccessibility == Accessibility.Public
                    && (string.Equals(property.Name, name, StringComparison.Ordinal) || property.Name.EndsWith(name, StringComparison.Ordinal)))
                {
                    return "a property of the values (" + valueType.Name + "." + property.Name + ")";
                }
            }
        }

        foreach (var contract in valueType.AllInterfaces)
        {
            foreach (var property in contract.GetMembers().OfType<IPropertySymbol>())
            {
                if (string.Equals(property.Name, name, StringComparison.Ordinal) || property.Name.EndsWith(name, StringComparison.Ordinal))
                {
                    return "a property of the values (" + valueType.Name + "." + property.Name + ")";
                }
            }
        }

        return null;
    }
}
