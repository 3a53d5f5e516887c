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
}
