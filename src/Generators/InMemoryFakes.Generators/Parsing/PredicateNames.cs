using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The words of a predicate method's name after its verb (session 42, h-count42; the lead's decision on h-count41's Left):
/// a member that takes a predicate, an expression or a specification is the verb's operation over the matches, and its name
/// may add only words that select nothing more. Before, only the first word was read, so <c>CountActive(predicate)</c>
/// counted every match whatever <c>Active</c> says, and <c>CountItems(predicate)</c> of a ticket with an <c>Items</c>
/// property counted tickets, while <c>GetActiveCount(predicate)</c> was refused by the count rule. After the verb the name
/// may hold, in any order: a qualifier for every match (<c>All</c>, <c>Total</c>, <c>Many</c>, the count rule's words), a noun
/// of the entity (<see cref="EntityParameters.CountNouns"/>, the count rule's), a word that stands for any row
/// (<c>Items</c>, <c>Entities</c>, <c>Records</c>…) when no property of the entity has that name, or the words the predicate
/// forms read or name the selector by (<see cref="Conventions.PredicateNameWords"/>: <c>By</c>, <c>Where</c>,
/// <c>Condition</c>, <c>First</c>, <c>OrDefault</c>, <c>List</c>, <c>Paged</c>…). Any other word is a refusal naming it.
/// </summary>
internal static class PredicateNames
{
    /// <summary>
    /// Words read together, before one by one: <c>FirstOrDefault</c>'s <c>OrDefault</c>, <c>AsEnumerable</c>, and the words
    /// that name the rows a soft delete marked as read too (<c>GetWithDeleted(filter)</c>, <c>ListIncludingSoftDeleted</c>:
    /// every row of the fake's table, which keeps them; the plain reads beside such a member are refused by its own rule).
    /// </summary>
    private static readonly string[][] Units =
        new[] { new[] { "Or", "Default" }, new[] { "As", "Async", "Enumerable" }, new[] { "As", "Enumerable" }, new[] { "As", "Queryable" } }
            .Concat(Conventions.DeletedRowsSwitchPrefixes.SelectMany(static p => Conventions.DeletedRowsSwitchNouns.Select(n => new[] { char.ToUpperInvariant(p[0]) + p.Substring(1) }.Concat(QueryNameParser.SplitWords(n)).ToArray())))
            .OrderByDescending(static u => u.Length)
            .ToArray();

    /// <summary>
    /// Why the words after <paramref name="verbWord"/> in <paramref name="name"/> (the member's name without <c>Async</c>) say
    /// more than the <paramref name="selector"/> does ("predicate", "specification"), or null when every word is read.
    /// <paramref name="does"/> is what the verb does with the matches ("counts"), for the fix. <paramref name="lastWords"/>:
    /// words the reading itself reads at the end of the name (a specification's list of keys, <c>FindManyIds</c>).
    /// </summary>
    public static string? Problem(ParseContext context, EntityInfo entity, string name, string verbWord, string selector, string does, string[]? lastWords = null)
    {
        var words = QueryNameParser.SplitWords(name);
        var start = QueryNameParser.SplitWords(verbWord).Count;
        if (start >= words.Count)
        {
            return null;
        }

        var nouns = EntityParameters.CountNouns(context, entity);
        var plural = entity.Name.Length == 0 ? "" : TypeNames.Plural(entity.Name);
        var unread = new List<int>();
        for (var i = start; i < words.Count;)
        {
            if (Units.FirstOrDefault(u => QueryNameParser.StartsWithWords(words, i, u)) is { } unit)
            {
                i += unit.Length;
                continue;
            }

            var noun = NounLength(words, i, nouns, entity.Name, plural);
            if (noun > 0)
            {
                i += noun;
                continue;
            }

            var word = words[i];
            if (Conventions.IsOneOf(word, Conventions.NeutralPluralNouns) || Conventions.IsOneOf(word, Conventions.EntityStandInNouns))
            {
                if (context.PropertiesOf(entity.Type).FirstOrDefault(p => p.Name == word) is { } property)
                {
                    // CountItems(predicate) of a Ticket with Items: it may count each match's items, not the matches.
                    return "'" + word + "' after " + verbWord + " stands for any row, but " + EntityParameters.EntityDisplay(entity) + " has the property '" + property.Name
                        + "', which the name may mean instead of the rows: it may " + (does == "counts" ? "count or add up" : "read") + " that property of each match; "
                        + Fix(words, start, new List<int> { i }, verbWord, selector, does);
                }

                i++;
                continue;
            }

            if (!Conventions.IsOneOf(word, Conventions.PredicateNameWords) && !(i == words.Count - 1 && lastWords is not null && Conventions.IsOneOf(word, lastWords)))
            {
                unread.Add(i);
            }

            i++;
        }

        if (unread.Count == 0)
        {
            return null;
        }

        var runs = new List<string>();
        for (var k = 0; k < unread.Count; k++)
        {
            if (k > 0 && unread[k] == unread[k - 1] + 1)
            {
                runs[runs.Count - 1] += words[unread[k]];
            }
            else
            {
                runs.Add(words[unread[k]]);
            }
        }

        return string.Join(", ", runs.Select(static r => "'" + r + "'")) + " after " + verbWord + (runs.Count == 1 ? " is" : " are") + " not " + EntityParameters.EntityDisplay(entity)
            + "'s name nor a word for every row: " + (runs.Count == 1 ? "it" : "they") + " may be a condition the " + selector + " does not show, or say that something else is "
            + Done(does) + ", which is the store's own; " + Fix(words, start, unread, verbWord, selector, does);
    }

    /// <summary>What a predicate method of <paramref name="verb"/> does with its matches, as a fix says it ("when it counts …").</summary>
    public static string Does(QueryVerb verb) => verb switch
    {
        QueryVerb.Count => "counts",
        QueryVerb.Exists => "looks for",
        QueryVerb.Delete => "removes",
        _ => "reads",
    };

    /// <summary>How many words from <paramref name="at"/> name the entity (the count rule's nouns), longest first; 0 when none do.</summary>
    private static int NounLength(List<string> words, int at, HashSet<string> nouns, string entityName, string plural)
    {
        for (var length = words.Count - at; length >= 1; length--)
        {
            var run = words.Skip(at).Take(length).ToList();
            if (nouns.Contains(string.Concat(run)) || QueryNameParser.NamesEntityAlone(run, entityName, plural))
            {
                return length;
            }
        }

        return 0;
    }

    private static string Done(string does) => does switch
    {
        "counts" => "counted",
        "removes" => "removed",
        "looks for" => "looked for",
        _ => "read",
    };

    /// <summary>
    /// The one-line fix: the name without the words it says more by (<c>CountActive</c> → <c>Count</c>; a <c>By</c> left
    /// before nothing goes too, <c>GetByStatus</c> → <c>Get</c>).
    /// </summary>
    private static string Fix(List<string> words, int start, List<int> dropped, string verbWord, string selector, string does)
    {
        var kept = Enumerable.Range(start, words.Count - start).Where(i => !dropped.Contains(i)).Select(i => words[i]).ToList();
        while (kept.Count > 0 && kept[kept.Count - 1] is "By" or "For" && dropped.Contains(words.Count - 1))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return "name it " + verbWord + string.Concat(kept) + " when it " + does + " the " + selector + "'s matches alone";
    }
}
