using System;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Reads a member's verb written in Portuguese or Spanish as its English twin (<c>ObterPorId</c> as <c>GetById</c>,
/// <c>ListarTodos</c> as <c>ListAll</c>, <c>GetItemPorID</c> as <c>GetItemByID</c>), word by word from the tables of
/// <see cref="Conventions"/>, so the planners see one vocabulary and every English convention (and refusal) applies.
/// Only the verb, the words right after it and the connectives are read; entity and property names stay as written
/// (<c>ObterClientePorCpf</c> is <c>GetClienteByCpf</c>). A name with none of the words comes back unchanged.
/// </summary>
internal static class LocalizedNames
{
    /// <summary>The English reading of <paramref name="verb"/> (a member's name without <c>Async</c>).</summary>
    public static string ToEnglish(string verb)
    {
        var words = QueryNameParser.SplitWords(verb);
        if (words.Count == 0 || verb.IndexOf('_') >= 0)
        {
            return verb;
        }

        var changed = false;
        var english = Lookup(Conventions.LocalizedVerbs, words[0]);
        var localizedHead = english is not null;
        if (english is not null)
        {
            words[0] = english;
            changed = true;
        }

        // The word right after the verb: Todos/Todas after a Portuguese or Spanish verb, Lista after any Get.
        if (words.Count > 1)
        {
            if (localizedHead && Lookup(Conventions.LocalizedAllWords, words[1]) is { } all)
            {
                words[1] = all;
                changed = true;
            }
            else if (words[0] == "Get" && Lookup(Conventions.LocalizedListNouns, words[1]) is { } list)
            {
                words[1] = list;
                changed = true;
            }
        }

        // The first Por after a verb (of either language) is By; the joins are read only after it, between two words.
        var by = -1;
        for (var i = 1; i < words.Count && (localizedHead || IsEnglishVerb(words[0])); i++)
        {
            if (Lookup(Conventions.LocalizedByWords, words[i]) is { } byWord)
            {
                words[i] = byWord;
                by = i;
                changed = true;
                break;
            }
        }

        if (by > 0)
        {
            for (var i = by + 2; i < words.Count - 1; i++)
            {
                if (Lookup(Conventions.LocalizedJoinWords, words[i]) is { } join && IsWord(words[i - 1]) && IsWord(words[i + 1]))
                {
                    words[i] = join;
                    changed = true;
                }
            }
        }

        return changed ? string.Concat(words) : verb;
    }

    /// <summary>Whether a word is one of the English verbs the Portuguese and Spanish ones are read as.</summary>
    private static bool IsEnglishVerb(string word)
    {
        foreach (var (_, english) in Conventions.LocalizedVerbs)
        {
            if (string.Equals(english, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a split word is a word, not one letter of an acronym: an upper-case letter followed by lower case.</summary>
    private static bool IsWord(string word)
        => word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[word.Length - 1]);

    private static string? Lookup((string Word, string English)[] table, string word)
    {
        foreach (var (localized, english) in table)
        {
            if (string.Equals(localized, word, StringComparison.Ordinal))
            {
                return english;
            }
        }

        return null;
    }
}
