using System;

namespace InMemoryFakes.Generators;

/// <summary>Whether a PascalCase name starts with a word: the word, then a new word (an upper-case letter) or the end.</summary>
internal static class NameWords
{
    /// <summary>Whether <paramref name="name"/> is <paramref name="word"/>, or starts with it followed by a new word: <c>Update</c> and <c>UpdateFields</c> start with Update, <c>Updated</c> does not.</summary>
    public static bool StartsWithWord(string name, string word)
        => name.StartsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || char.IsUpper(name[word.Length]));

    /// <summary>Whether <paramref name="name"/> starts with <paramref name="word"/> followed by another word: <c>IsActive</c> starts with Is, <c>Is</c> and <c>Issue</c> do not.</summary>
    public static bool StartsWithWordAndMore(string name, string word)
        => name.Length > word.Length && name.StartsWith(word, StringComparison.Ordinal) && char.IsUpper(name[word.Length]);

    /// <summary>
    /// The indefinite article of a PascalCase noun in a message: "an" before A, E, I, O (an Order, an Item) and before a U
    /// read as a vowel (an Update, an Upload), "a" otherwise, and before a U read as "you" (a User, a Unit, a Url, a Uri).
    /// Written once for every rule that names a type in prose (four rules each had their own, two of them saying "an User").
    /// </summary>
    public static string Article(string noun)
    {
        if (noun.Length == 0)
        {
            return "a";
        }

        var first = char.ToUpperInvariant(noun[0]);
        if (first != 'U')
        {
            return "AEIO".IndexOf(first) >= 0 ? "an" : "a";
        }

        var rest = noun.Length > 1 ? char.ToLowerInvariant(noun[1]) : ' ';
        var third = noun.Length > 2 ? char.ToLowerInvariant(noun[2]) : ' ';
        var soundsLikeYou = rest is 's' or 'r' || (rest == 'n' && third == 'i') || char.IsUpper(noun.Length > 1 ? noun[1] : 'x');
        return soundsLikeYou ? "a" : "an";
    }
}
