using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// <c>Task&lt;TEntity&gt; LoadOriginalCopyAsync(TEntity entity)</c> (nopCommerce), <c>GetOriginal(entity)</c>: a lookup verb whose
/// noun says <c>Original</c>, taking the entity and returning it. The real store re-reads the stored row of the entity's key
/// (<c>FirstOrDefaultAsync(e =&gt; e.Id == entity.Id)</c>), untouched by the caller's unsaved changes: the fake returns a
/// copy of its stored entity under that key, or null when none. Every other word of the noun must be neutral (<c>Copy</c>,
/// <c>Version</c>, <c>State</c>, the entity's name, <see cref="Conventions.NeutralNounWords"/>), or the member is left to
/// the other conventions.
/// </summary>
internal static class OriginalCopies
{
    private static readonly string[] CopyWords = { "Copy", "Version", "State" };

    /// <summary>The lookup, or null (with a reason when it is one but cannot be generated).</summary>
    public static OperationSpec? Plan(MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, out string? reason)
    {
        reason = null;
        var verb = Conventions.FindVerbs.Where(v => NameWords.StartsWithWord(candidate.Verb, v)).OrderByDescending(static v => v.Length).FirstOrDefault();
        if (verb is null || significant.Length != 1 || !TypeFacts.SameType(TypeNames.Underlying(significant[0].Type), entity.Type) || entity.Type is not INamedTypeSymbol)
        {
            return null;
        }

        var words = QueryNameParser.SplitWords(candidate.Verb.Substring(verb.Length));
        if (!words.Contains("Original"))
        {
            return null;
        }

        var entityWords = QueryNameParser.SplitWords(entity.Name);
        if (words.Any(w => w != "Original" && !Conventions.IsOneOf(w, CopyWords) && !Conventions.IsOneOf(w, Conventions.NeutralNounWords) && !entityWords.Any(e => Conventions.SameNounWord(w, e))))
        {
            return null;
        }

        if (candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.SameType(candidate.Result, entity.Type))
        {
            reason = "it reads the stored " + entity.Name + " of the entity's key, so it must return " + entity.Name;
            return null;
        }

        var result = candidate.Result!;
        var single = TypeNames.IsNullableValueType(result) ? SingleResult.NullableStruct
            : TypeNames.AllowsNull(result) ? SingleResult.Nullable : SingleResult.Required;
        return new EntityFindStoredOp(TypeNames.Escape(significant[0].Name), single);
    }
}
