using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A delete named hard: <c>HardDelete(entity)</c>, <c>HardDeleteAsync(id)</c>, <c>HardRemove…</c> (the deletable-entity
/// repositories of the ASP.NET MVC and ASP.NET Core starter templates and their many copies: School.Me's
/// <c>IDeletableEntityRepository&lt;T&gt;</c>, h-sample123; ABP's <c>HardDeleteAsync</c>). Its name says the row goes for good,
/// whatever the plain delete beside it does (those templates' <c>Delete</c> only sets <c>IsDeleted</c>), so it is planned
/// as the delete verb after <c>Hard</c> (<see cref="Strip"/>) and the deletion-flag rule (<see cref="SoftDeleteRule"/>) does
/// not refuse it. What a missing row gives is the plain delete's rule (<c>MissingDelete</c> for a removal by entity that
/// answers nothing). Before, the verb <c>HardDelete</c> was no known verb, and beside <c>AllWithDeleted</c> it was refused
/// as a read that may leave deleted rows out.
/// </summary>
internal static class HardDeletes
{
    private const string Word = "Hard";

    /// <summary>The delete verbs a hard delete may name after <c>Hard</c>.</summary>
    private static readonly string[] Verbs = { "Delete", "Remove", "Purge", "Erase" };

    /// <summary>The delete a hard delete's verb stands for (<c>HardDelete</c> is <c>Delete</c>); any other verb as it is.</summary>
    public static string Strip(string verb)
        => NameWords.StartsWithWordAndMore(verb, Word) && Conventions.StartsWithAny(verb.Substring(Word.Length), Verbs) ? verb.Substring(Word.Length) : verb;

    /// <summary>Whether the member's name is a hard delete (<c>HardDelete</c>, <c>HardRemoveAsync</c>).</summary>
    public static bool IsHard(ISymbol member)
    {
        var verb = Conventions.VerbOf(member.Name);
        return Strip(verb).Length != verb.Length;
    }
}
