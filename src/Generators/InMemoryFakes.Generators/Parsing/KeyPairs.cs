using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Keys of two parts in a key-value store: a container and a name (NuGet's settings store
/// <c>GetString(collectionPath, propertyName)</c>, Git Credential Manager's <c>Get(service, account)</c>). A generalisation
/// of regions: the container is the table key's region, the name its key.
/// </summary>
internal static class KeyPairs
{
    /// <summary>
    /// The leading pair of a store whose keyed members all take it, or null. Proven when: no member takes a region; every
    /// member whose verb takes a key starts with a string parameter of the same name (the container); a read (Get,
    /// TryGet) and a write (Set…) take a second string parameter of the same name (the name), the write with its value
    /// after the pair (so <c>Set(key, string value)</c> is no pair); every member that takes the container alone is a
    /// removal or an existence check, never a read or a write.
    /// </summary>
    /// <param name="problem">Why a pair that is there cannot be given a meaning, or null.</param>
    public static (string First, string Second)? Of(KeyValueShape probe, List<MemberCandidate> pending, out string? problem)
    {
        problem = null;
        string? first = null;
        string? second = null;
        var read = false;
        var write = false;
        var nullable = (string?)null;
        foreach (var candidate in pending)
        {
            var (verb, _) = probe.VerbOf(candidate);
            var parameters = candidate.Parameters;
            if (!Conventions.TakesKeyFirst(verb) || parameters.Length == 0)
            {
                continue;
            }

            if (KeyValueShape.Region(parameters) is not null || !TypeFacts.IsString(parameters[0].Type))
            {
                return null;
            }

            first ??= parameters[0].Name;
            if (!string.Equals(first, parameters[0].Name, StringComparison.Ordinal))
            {
                return null;
            }

            var paired = parameters.Length >= 2 && TypeFacts.IsString(parameters[1].Type) && TypeFacts.ReadsAsValue(parameters[1])
                && (second is null || string.Equals(second, parameters[1].Name, StringComparison.Ordinal));
            if (verb is KeyValueVerb.Get or KeyValueVerb.TryGet)
            {
                if (!paired && parameters.Length == 1 && ReadsContents(probe, candidate))
                {
                    // GetSection(section) of an IConfigSectionStore: a read of the container's contents, not of a value by the
                    // container as a key; it proves nothing against the pair and is refused on its own (ContainerOnly).
                    continue;
                }

                if (!paired)
                {
                    return null;
                }

                read = true;
            }
            else if (verb is KeyValueVerb.Set or KeyValueVerb.SetIfAbsent)
            {
                if (!paired || parameters.Length < 3)
                {
                    return null;
                }

                write = true;
            }
            else if (parameters.Length >= 2 && !paired)
            {
                return null;
            }

            if (!paired)
            {
                continue;
            }

            second ??= parameters[1].Name;
            foreach (var part in new[] { parameters[0], parameters[1] })
            {
                if (part.NullableAnnotation != NullableAnnotation.NotAnnotated)
                {
                    nullable ??= part.Name;
                }
            }
        }

        if (!read || !write || first is null || second is null || string.Equals(first, second, StringComparison.Ordinal))
        {
            return null;
        }

        if (nullable is not null)
        {
            problem = "its key has two parts ('" + first + "', '" + second + "'), but '" + nullable
                + "' may be null (declared string? or in a context without nullable annotations), and stores differ on what a null part means "
                + "(Git Credential Manager's Get(service, null) returns the service's first credential): declare both parts as non-nullable string";
        }

        return (first, second);
    }

    /// <summary>Whether a read answers a collection (a dictionary, a list) that is not the store's value type: the contents of a container.</summary>
    private static bool ReadsContents(KeyValueShape probe, MemberCandidate candidate)
        => candidate.Result is { } result && !TypeFacts.SameType(TypeNames.Underlying(result), TypeNames.Underlying(probe.ValueType))
           && result.SpecialType != SpecialType.System_String && TypeFacts.EnumerableElement(result) is not null;

    /// <summary>Whether a member's first parameter is the container of the pair.</summary>
    public static bool TakesContainer(KeyValueShape shape, IParameterSymbol[] parameters)
        => shape.PairFirst is { } first && parameters.Length >= 1 && TypeFacts.IsString(parameters[0].Type)
            && string.Equals(parameters[0].Name, first, StringComparison.Ordinal);
}
