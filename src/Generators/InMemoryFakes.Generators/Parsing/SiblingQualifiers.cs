using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Two lookups of one interface whose nouns share a head but each keep a different word of the entity's name
/// (cloudscribe's <c>GetBlockedIpAddressesAsync(siteId)</c> and <c>GetPermittedIpAddressesAsync(siteId)</c> over
/// <c>BlockedPermittedIpAddressesModel</c>): every word is proven by the entity's name, so each was read as "the site's
/// rows", and the fake gave both the same rows, where the real store filters on <c>IsPermitted</c> (h-sample16's round).
/// The words are qualifiers that select different rows by a condition no property or parameter names.
/// </summary>
internal static class SiblingQualifiers
{
    /// <summary>The word of <paramref name="noun"/> a sibling member replaces, that sibling's name and its word; or null.</summary>
    public static (string Word, string Sibling, string SiblingWord)? Find(ParseContext context, string entityName, string verbWord, string noun)
    {
        if (verbWord.Length == 0 || noun.Length == 0 || noun.StartsWith("By", StringComparison.Ordinal))
        {
            return null;
        }

        var entityWords = QueryNameParser.SplitWords(entityName);
        var words = QueryNameParser.SplitWords(noun);
        if (words.Count < 2)
        {
            return null;
        }

        var mine = Qualifiers(words, entityWords);
        if (mine.Count == 0)
        {
            return null;
        }

        foreach (var method in context.InterfaceAndBases.SelectMany(static i => i.GetMembers()).OfType<IMethodSymbol>())
        {
            var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
            if (!NameWords.StartsWithWordAndMore(name, verbWord))
            {
                continue;
            }

            var other = name.Substring(verbWord.Length);
            if (string.Equals(other, noun, StringComparison.Ordinal) || other.StartsWith("By", StringComparison.Ordinal))
            {
                continue;
            }

            var otherWords = QueryNameParser.SplitWords(other);
            if (otherWords.Count < 2 || !Conventions.SameNounWord(otherWords[otherWords.Count - 1], words[words.Count - 1]) && !Conventions.SameNounWord(words[words.Count - 1], otherWords[otherWords.Count - 1]))
            {
                continue;
            }

            var theirs = Qualifiers(otherWords, entityWords);
            var onlyMine = mine.FirstOrDefault(w => !otherWords.Any(o => Conventions.SameNounWord(o, w) || Conventions.SameNounWord(w, o)));
            var onlyTheirs = theirs.FirstOrDefault(w => !words.Any(o => Conventions.SameNounWord(o, w) || Conventions.SameNounWord(w, o)));
            if (onlyMine is not null && onlyTheirs is not null)
            {
                return (onlyMine, method.Name, onlyTheirs);
            }
        }

        return null;
    }

    /// <summary>The words before the head of a noun that are words of the entity's name.</summary>
    private static List<string> Qualifiers(List<string> words, List<string> entityWords)
        => words.Take(words.Count - 1).Where(w => entityWords.Any(e => Conventions.SameNounWord(w, e) || Conventions.SameNounWord(e, w))).ToList();
}
