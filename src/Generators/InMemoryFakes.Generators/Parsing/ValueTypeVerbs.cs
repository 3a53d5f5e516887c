using System;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Key-value verbs followed by the name of the value's own type: <c>GetString</c>/<c>SetString</c> (ServiceStack's
/// ILocalStorage, the names of IDistributedCache's and ISession's extensions), <c>GetInt32</c>, <c>GetBoolean</c>,
/// <c>GetBytes</c>, Unity-style <c>GetInt</c>/<c>SetFloat</c>. Such a name is the plain verb (Get, TryGet, Set, SetIfAbsent,
/// Replace, GetOrAdd) only when the member's value, where that verb has it (Get's and GetOrAdd's result, TryGet's out
/// parameter, the second parameter of a write), is that very type; otherwise the member is refused with
/// <see cref="Mismatch"/>, because the name then says a conversion (UTF-8, parsing, JSON) that only the real store knows.
/// Pure name work plus one type comparison: no other Roslyn.
/// </summary>
internal static class ValueTypeVerbs
{
    /// <summary>The type words a verb may end in, with the special type each names (<c>Bytes</c> names <c>byte[]</c>).</summary>
    private static readonly (string Word, SpecialType Type)[] Words =
    {
        ("String", SpecialType.System_String),
        ("Int32", SpecialType.System_Int32), ("Int", SpecialType.System_Int32), ("Integer", SpecialType.System_Int32),
        ("Int64", SpecialType.System_Int64), ("Long", SpecialType.System_Int64),
        ("Int16", SpecialType.System_Int16), ("Short", SpecialType.System_Int16),
        ("Boolean", SpecialType.System_Boolean), ("Bool", SpecialType.System_Boolean),
        ("Double", SpecialType.System_Double), ("Float", SpecialType.System_Single),
        ("Decimal", SpecialType.System_Decimal), ("DateTime", SpecialType.System_DateTime),
        ("Bytes", SpecialType.System_Byte),
    };

    /// <summary>Type words naming a type that is no special type, compared by the type's full name.</summary>
    private static readonly (string Word, string MetadataName)[] NamedWords =
    {
        ("Guid", "System.Guid"), ("DateTimeOffset", "System.DateTimeOffset"), ("TimeSpan", "System.TimeSpan"),
    };

    /// <summary>A verb split into a known key-value verb and the type word after it.</summary>
    internal readonly struct Split
    {
        public Split(string bare, KeyValueVerb verb, string word)
        {
            Bare = bare;
            Verb = verb;
            Word = word;
        }

        /// <summary>The verb without the type word (<c>GetString</c> → Get).</summary>
        public string Bare { get; }

        public KeyValueVerb Verb { get; }

        /// <summary>The type word (<c>String</c>).</summary>
        public string Word { get; }
    }

    /// <summary>
    /// <paramref name="verb"/> as a verb that has a value position followed by a type word (<c>GetString</c>), or null. The
    /// longest word wins (<c>GetDateTimeOffset</c> is DateTimeOffset, not DateTime).
    /// </summary>
    public static Split? Of(string verb)
    {
        Split? best = null;
        foreach (var word in AllWords())
        {
            if (verb.Length > word.Length && verb.EndsWith(word, StringComparison.Ordinal) && (best is null || word.Length > best.Value.Word.Length))
            {
                var bare = verb.Substring(0, verb.Length - word.Length);
                var known = Conventions.KeyValueVerbOf(bare);
                if (HasValue(known))
                {
                    best = new Split(bare, known, word);
                }
            }
        }

        return best;
    }

    /// <summary>The verb of a member whose name ends in a type word naming its value's type, or <see cref="KeyValueVerb.None"/>.</summary>
    public static KeyValueVerb VerbOf(MemberCandidate candidate)
        => Of(candidate.Verb) is { } split && ValueOf(split.Verb, candidate) is { } value && Names(split.Word, value) ? split.Verb : KeyValueVerb.None;

    /// <summary>
    /// Why a member whose name ends in a type word is refused (its value is another type), or null when its name has no
    /// type word or the word names its value.
    /// </summary>
    public static string? Mismatch(MemberCandidate candidate)
    {
        if (Of(candidate.Verb) is not { } split)
        {
            return null;
        }

        var found = ValueOf(split.Verb, candidate);
        if (found is not null && Names(split.Word, found))
        {
            return null;
        }

        return "'" + candidate.Verb + "' names its value's type (" + split.Word + "), but "
            + (found is null
                ? "it has no value where '" + split.Bare + "' has one"
                : "its value is " + found.ToDisplayString() + ": a " + split.Word + " read or written as " + found.ToDisplayString() + " means a conversion " + Conversion + " that only the real store chooses");
    }

    /// <summary>The conversions a type word may stand for, for the reasons.</summary>
    private const string Conversion = "(an encoding such as UTF-8 for IDistributedCache's GetString, parsing, JSON)";

    /// <summary>
    /// Why a member whose name names its value's type is refused although the name matches: the store holds values of
    /// another type (<c>GetString</c> beside <c>byte[] Get</c>), or null.
    /// </summary>
    public static string? StoreMismatch(MemberCandidate candidate, ITypeSymbol storeValue)
    {
        if (Of(candidate.Verb) is not { } split || ValueOf(split.Verb, candidate) is not { } value || !Names(split.Word, value)
            || storeValue.SpecialType == SpecialType.System_Object || TypeFacts.SameType(TypeNames.Underlying(value), storeValue))
        {
            return null;
        }

        return "'" + candidate.Verb + "' names its value's type (" + split.Word + "), but the store's values are " + storeValue.ToDisplayString()
            + ": converting between them " + Conversion + " is the real store's own choice";
    }

    /// <summary>Whether a verb has a value position a type word can name.</summary>
    private static bool HasValue(KeyValueVerb verb)
        => verb is KeyValueVerb.Get or KeyValueVerb.TryGet or KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace or KeyValueVerb.GetOrAdd;

    /// <summary>The type where <paramref name="verb"/> has its value: Get's and GetOrAdd's result, TryGet's out parameter, a write's second parameter.</summary>
    public static ITypeSymbol? ValueOf(KeyValueVerb verb, MemberCandidate candidate)
    {
        var args = candidate.Parameters;
        return verb switch
        {
            KeyValueVerb.Get or KeyValueVerb.GetOrAdd => candidate.Shape == ReturnShape.AsyncEnumerable ? null : candidate.Result,
            KeyValueVerb.TryGet => args.Length >= 2 && args[args.Length - 1].RefKind == RefKind.Out ? args[args.Length - 1].Type : null,
            KeyValueVerb.Set or KeyValueVerb.SetIfAbsent or KeyValueVerb.Replace => args.Length >= 2 && args[1].RefKind == RefKind.None ? args[1].Type : null,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="word"/> names <paramref name="type"/> (nullable or not).</summary>
    private static bool Names(string word, ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        foreach (var (name, special) in Words)
        {
            if (string.Equals(name, word, StringComparison.Ordinal))
            {
                return special == SpecialType.System_Byte ? TypeFacts.IsByteArray(type) : type.SpecialType == special;
            }
        }

        foreach (var (name, metadata) in NamedWords)
        {
            if (string.Equals(name, word, StringComparison.Ordinal))
            {
                return type is INamedTypeSymbol named && string.Equals(named.ToDisplayString(), metadata, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static System.Collections.Generic.IEnumerable<string> AllWords()
    {
        foreach (var (word, _) in Words)
        {
            yield return word;
        }

        foreach (var (word, _) in NamedWords)
        {
            yield return word;
        }
    }
}
