using System;
using System.Collections.Generic;
using System.Text;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Verbs followed (or interrupted) by a noun that names what the store holds: <c>StoreAuthorizationCode</c> in an
/// <c>IAuthorizationCodeStore</c>, <c>GetAllElements</c> of <c>XElement</c> values, <c>GetMediaUrl</c> in a blob store.
/// The noun must be one the store proves (<see cref="Conventions.StoreNameSuffixes"/>): its subject (the interface name
/// without <c>I</c> and a suffix such as Store), its value type's name, or a trailing run of words of either
/// (<c>Element</c> of <c>XElement</c>); a blob store also accepts <see cref="Conventions.BlobNouns"/>. Pure string work:
/// no Roslyn.
/// </summary>
internal static class VerbNouns
{
    /// <summary>A verb without its noun, and whether the noun was plural.</summary>
    internal readonly struct Stripped
    {
        public Stripped(string verb, bool plural, string? noun)
        {
            Verb = verb;
            Plural = plural;
            Noun = noun;
        }

        /// <summary>The verb without the noun (the whole verb when there is no noun).</summary>
        public string Verb { get; }

        /// <summary>Whether the noun was plural (<c>RemoveRefreshTokens</c>): the member is about several entries.</summary>
        public bool Plural { get; }

        /// <summary>The noun removed, or null.</summary>
        public string? Noun { get; }
    }

    /// <summary>The words of a PascalCase name: <c>XElement</c> → X, Element; <c>GetURL</c> → Get, URL.</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i < name.Length; i++)
        {
            var upper = char.IsUpper(name[i]);
            var boundary = (upper && !char.IsUpper(name[i - 1]))
                || (upper && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))
                || (char.IsDigit(name[i]) != char.IsDigit(name[i - 1]));
            if (boundary)
            {
                words.Add(name.Substring(start, i - start));
                start = i;
            }
        }

        if (name.Length > 0)
        {
            words.Add(name.Substring(start));
        }

        return words;
    }

    /// <summary>The subject of a store from its interface name: <c>IAuthorizationCodeStore</c> → AuthorizationCode; null when nothing is left.</summary>
    public static string? Subject(string interfaceName)
    {
        var name = interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]) ? interfaceName.Substring(1) : interfaceName;
        foreach (var suffix in Conventions.StoreNameSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The nouns a store's subject proves (<see cref="AddNouns"/>), and when the subject ends in a plural word
    /// (<c>ISettingsStore</c>, <c>IUserPreferencesStore</c>) the singular first, so <c>GetSetting(name)</c> reads one entry
    /// and <c>GetAllSettings()</c> / <c>GetSettings()</c> several.
    /// </summary>
    public static void AddSubjectNouns(HashSet<string> nouns, string? subject)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return;
        }

        var words = Words(subject!);
        var last = words[words.Count - 1];
        // Not Status, Address, Analysis: a word ending in us, ss or is is no plural of the word without its s.
        if (last.Length >= 4 && !last.EndsWith("us", StringComparison.Ordinal) && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("is", StringComparison.Ordinal)
            && TypeNames.Singular(last) is { } one && one.Length > 1)
        {
            AddNouns(nouns, subject!.Substring(0, subject.Length - last.Length) + one);
        }

        AddNouns(nouns, subject);
    }

    /// <summary>
    /// The subject inside a subject that itself ends in a word naming the store (<see cref="StorePlaceWords"/>), else null:
    /// <c>ICredentialStorageService</c>'s subject <c>CredentialStorage</c> is a storage of credentials, so <c>Credential</c>
    /// is a noun of the store as well (<c>SaveCredential(key, secret)</c>, <c>LoadCredential(key)</c>; h-sample78, where the
    /// three members were refused as naming no noun of the store). The outer subject keeps its own nouns
    /// (<c>IRedisCacheService</c>'s Cache).
    /// </summary>
    public static string? InnerSubject(string? subject)
    {
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        foreach (var place in StorePlaceWords)
        {
            if (subject!.Length > place.Length && subject.EndsWith(place, StringComparison.Ordinal))
            {
                return subject.Substring(0, subject.Length - place.Length);
            }
        }

        return null;
    }

    /// <summary>Words that put a noun in a place (<c>GetFromCache</c>): dropped with the noun when it is the store's.</summary>
    private static readonly string[] PlacePrepositions = { "From", "To", "In", "Into" };

    /// <summary>
    /// Last words of a noun that name the store itself, so a place word before it (<c>AddToCache</c>) puts the entry in
    /// the store. Another noun after a place word names a collection the key belongs to: <c>AddToFavorites(userId,
    /// productId)</c> of an <c>IFavoritesStore</c> adds one more favourite (a set per user), <c>AddToGroup(connectionId,
    /// groupName)</c> a member to a group; read as Add(key, value) the second favourite replaced or refused the first.
    /// </summary>
    private static readonly string[] StorePlaceWords = { "Cache", "Store", "Storage" };

    /// <summary>The nouns a name proves: the name itself and every trailing run of its words (<c>ReferenceToken</c> → ReferenceToken, Token).</summary>
    public static void AddNouns(HashSet<string> nouns, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var words = Words(name!);
        for (var i = 0; i < words.Count; i++)
        {
            var noun = string.Concat(words.GetRange(i, words.Count - i));
            if (noun.Length > 1)
            {
                nouns.Add(noun);
            }
        }
    }

    /// <summary>
    /// The verb as it is when <paramref name="isVerb"/> knows it; else the verb with one run of words removed (after its
    /// first word, or in front when what follows is the verb: <c>MediaExists</c>), when that run is a noun of <paramref name="nouns"/> (or its plural) and what is left is a known verb. The
    /// longest noun wins, then the earliest.
    /// </summary>
    public static Stripped Strip(string verb, ICollection<string> nouns, Func<string, bool> isVerb) => Strip(verb, nouns, isVerb, runs: 2);

    /// <summary>
    /// <see cref="Strip(string, ICollection{string}, Func{string, bool})"/> removing up to <paramref name="runs"/> noun runs
    /// (<c>RemoveCacheValue</c>: the subject's Cache and the value noun Value), each with a preposition right in front of it
    /// (<c>GetFromCache</c>, <c>AddToCache</c>: the place is the store itself).
    /// </summary>
    private static Stripped Strip(string verb, ICollection<string> nouns, Func<string, bool> isVerb, int runs)
    {
        if (isVerb(verb) || nouns.Count == 0 || runs == 0)
        {
            return new Stripped(verb, false, null);
        }

        var words = Words(verb);
        for (var length = words.Count - 1; length >= 1; length--)
        {
            // After the first word (StoreAuthorizationCode, GetMediaUrl), or in front of a verb that ends the name (FileExists).
            for (var start = 0; start + length <= words.Count; start++)
            {
                var run = string.Concat(words.GetRange(start, length));
                var plural = false;
                string? noun = null;
                foreach (var candidate in nouns)
                {
                    if (string.Equals(run, candidate, StringComparison.Ordinal))
                    {
                        noun = candidate;
                        break;
                    }

                    if (string.Equals(run, TypeNames.Plural(candidate), StringComparison.Ordinal) || string.Equals(run, candidate + "s", StringComparison.Ordinal))
                    {
                        noun = candidate;
                        plural = true;
                        break;
                    }
                }

                if (noun is null)
                {
                    continue;
                }

                // A preposition in front of the noun goes with it, after the first word: GetFromCache, AddToCache.
                // Only when the noun names the store itself (see StorePlaceWords); another place stays in the name.
                var from = start > 1 && Array.IndexOf(PlacePrepositions, words[start - 1]) >= 0 && Array.IndexOf(StorePlaceWords, words[start + length - 1]) >= 0 ? start - 1 : start;
                var rest = new StringBuilder();
                for (var i = 0; i < words.Count; i++)
                {
                    if (i < from || i >= start + length)
                    {
                        rest.Append(words[i]);
                    }
                }

                var bare = rest.ToString();
                if (isVerb(bare))
                {
                    return new Stripped(bare, plural, noun);
                }

                if (runs > 1 && Strip(bare, nouns, isVerb, runs - 1) is { Noun: not null } inner)
                {
                    return new Stripped(inner.Verb, plural || inner.Plural, noun);
                }
            }
        }

        return new Stripped(verb, false, null);
    }
}
