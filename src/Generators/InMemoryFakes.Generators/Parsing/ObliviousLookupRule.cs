using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A lookup of one entity whose result is declared WITHOUT nullable annotations (<c>Customer GetById(int id)</c>,
/// <c>Task&lt;Order&gt; GetAsync(Guid id)</c> in a <c>#nullable disable</c> file) and whose name does not say null (no
/// <c>Find…</c>, <c>…OrDefault</c>, <c>…OrNull</c>, <c>Try…</c>, <c>…Optional</c>). Under nullable annotations the result decides (<c>T</c>:
/// the not-found error, <c>T?</c>: null); an oblivious one says neither, and real stores of that very signature disagree:
/// FreeSql's and the EF Core <c>FirstOrDefault</c> repositories of the corpus answer null, ABP's application services
/// (<c>CrudAppService.GetAsync</c>) and MS Learn Tailspin's <c>GetItemAsync</c> throw. Before session 29 every such lookup
/// answered null, silently wrong for the second kind (h-oblivious). What proves the answer is generated with it:
/// <list type="bullet">
/// <item>the interface's Find/FirstOrDefault lookup by key beside it (ABP's pair; <see cref="EntityPlanner"/>'s
/// <c>ThrowingGetters</c>, applied before this rule: the lookup is then already the not-found error);</item>
/// <item><c>MissingKeyReads</c> stated on the attribute: <c>Default</c> null, <c>NotFound</c> the not-found error;</item>
/// <item>an annotation of the pre-C# 8 spellings: <c>[return: MaybeNull]</c> or JetBrains' <c>[CanBeNull]</c> (on a
/// <c>Task</c>, <c>[ItemCanBeNull]</c>) say null; <c>[return: NotNull]</c>, JetBrains' <c>[NotNull]</c> (<c>[ItemNotNull]</c>)
/// say never null, which is the not-found error as for a <c>T</c> declared not null.</item>
/// </list>
/// Anything else keeps null, the answer of 116 of the corpus's 124 such lookups, and is reported (IMF0026, Info, as IMF0025
/// reports an audit stamp stored as given) with the one line that states the other answer: the fake is complete and the
/// guess is not silent.
/// </summary>
internal static class ObliviousLookupRule
{
    /// <summary>Applies a stated setting or a proving annotation to each oblivious lookup, and reports the others (IMF0026).</summary>
    public static void Apply(ParseContext context, EntityInfo entity, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned)
    {
        for (var i = 0; i < planned.Count; i++)
        {
            var (candidate, member) = planned[i];
            if (!IsObliviousLookup(candidate, member.Operation) || store.Members.IndexOf(member) is var at && at < 0)
            {
                continue;
            }

            switch (Proven(context, candidate))
            {
                case Answer.Null:
                    continue;
                case Answer.NotFound:
                    var changed = member with { Operation = Required(member.Operation) };
                    store.Members[at] = changed;
                    planned[i] = (candidate, changed);
                    continue;
                default:
                    // Unproven: the answer of most stores of this signature (116 of 124 in the corpus), reported (IMF0026,
                    // Info, as IMF0025 for audit stamps) with the one line that states the other answer.
                    if (member.Operation is EntityFieldReadOp)
                    {
                        // A property's read by key (session 30, h-oblivious2): Skoruba's GetApiScopeNameAsync answers null
                        // (Where(…).Select(s => s.Name).SingleOrDefaultAsync()); a store that loads the row first throws.
                        Report(context, candidate, "null", "a missing key", candidate.Result!.ToDisplayString(),
                            "EF Core's Where(…).Select(…).FirstOrDefault(), as Skoruba's GetApiScopeNameAsync", "a store that loads the row first, Find(id).Name or First()");
                        continue;
                    }

                    Report(context, candidate, "null", member.Operation is EntityFindOp or EntityFindStoredOp ? "a missing key" : "no match", EntityParameters.EntityDisplay(entity),
                        "EF Core's Find and FirstOrDefault, FreeSql, Dapper's QueryFirstOrDefault", "ABP's application services, MS Learn Tailspin's GetItemAsync");
                    continue;
            }
        }
    }

    /// <summary>What a lookup's result says about a missing entity.</summary>
    internal enum Answer
    {
        Null,
        NotFound,
    }

    /// <summary>
    /// What proves an oblivious read's answer for a missing key, or null: an annotation of the pre-C# 8 spellings, else
    /// <c>MissingKeyReads</c> stated as <c>Default</c> (null) or <c>NotFound</c> (the not-found error), which then counts as
    /// used (no IMF0010). Shared by the entity lookups, a property's read by key and the key-value reads (session 30).
    /// </summary>
    internal static Answer? Proven(ParseContext context, MemberCandidate candidate)
    {
        var answer = Annotated(candidate);
        if (answer is null && context.Settings.MissingKeyReadsStated && context.Settings.MissingKeyReads is 0 or MissingKeyReads.Default)
        {
            answer = context.Settings.MissingKeyReads == MissingKeyReads.Default ? Answer.Null : Answer.NotFound;
            context.MissingKeyReadsUsed = true;
        }

        return answer;
    }

    /// <summary>
    /// Whether a read's result is a reference (or type parameter) declared without nullable annotations (<c>#nullable
    /// disable</c>) and its name does not say null (<see cref="NameSaysNull"/>): a read whose answer for a missing key only
    /// <see cref="Proven"/> can decide. Shared by the key-value, two-key and owned keyed-value reads (session 30).
    /// </summary>
    internal static bool IsObliviousRead(MemberCandidate candidate, ITypeSymbol result)
        => !result.IsValueType && result.NullableAnnotation == NullableAnnotation.None && !NameSaysNull(candidate.Verb);

    /// <summary>
    /// IMF0026 (Info) on an oblivious read whose answer nothing proves: it answers <paramref name="answer"/> for
    /// <paramref name="missing"/>, as <paramref name="usual"/> do, where <paramref name="others"/> throw.
    /// </summary>
    internal static void Report(ParseContext context, MemberCandidate candidate, string answer, string missing, string result, string usual, string others)
        => context.Report(DiagnosticDescriptors.ObliviousLookupAnswersNull, candidate.Location, context.InterfaceName, candidate.Symbol.Name, answer, missing, result, usual, others);

    /// <summary>
    /// Whether the member is a lookup of one entity that answers null for nothing found only because its result is
    /// oblivious, and whose name does not say null itself.
    /// </summary>
    private static bool IsObliviousLookup(MemberCandidate candidate, OperationSpec operation)
        => operation is EntityFindOp { Result: SingleResult.Nullable }
               or EntityQueryOp { Query: { Kind: QueryKind.First, Single: SingleResult.Nullable } }
               or EntitySpecificationOp { Verb: SpecificationVerb.First or SpecificationVerb.Single, Single: SingleResult.Nullable }
               or EntityFindStoredOp { Result: SingleResult.Nullable }
               or EntityFieldReadOp { Result: SingleResult.Nullable }
           && candidate.Result is { } result && IsObliviousRead(candidate, result);

    /// <summary>
    /// Names that say null when nothing is found: <c>Find…</c>, <c>Try…</c>, <c>…OrDefault</c>, <c>…OrNull</c>, and a trailing
    /// <c>Optional</c> (ModularMonolith's <c>GetByIdOptionalAsync</c>, a <c>FirstOrDefaultAsync</c>).
    /// </summary>
    internal static bool NameSaysNull(string verb)
        => StartsWithWord(verb, "Find") || StartsWithWord(verb, "Try")
           || verb.IndexOf("OrDefault", StringComparison.Ordinal) > 0 || verb.IndexOf("OrNull", StringComparison.Ordinal) > 0
           || (verb.Length > "Optional".Length && verb.EndsWith("Optional", StringComparison.Ordinal));

    private static bool StartsWithWord(string name, string word)
        => name.StartsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || !char.IsLower(name[word.Length]));

    /// <summary>
    /// What an annotation of the member says, or null: <c>[return: MaybeNull]</c>/<c>[return: NotNull]</c>
    /// (System.Diagnostics.CodeAnalysis) of a synchronous result; JetBrains' <c>[CanBeNull]</c>/<c>[NotNull]</c> on the
    /// method of a synchronous result and <c>[ItemCanBeNull]</c>/<c>[ItemNotNull]</c> on the method of a <c>Task</c> result
    /// (matched by name: projects copy JetBrains' annotations into a namespace of their own, as Hangfire does). On a
    /// <c>Task</c>, <c>[CanBeNull]</c> and <c>[return: MaybeNull]</c> speak of the task, not of the entity, and prove nothing.
    /// </summary>
    private static Answer? Annotated(MemberCandidate candidate)
    {
        if (candidate.Method is not { } method)
        {
            return null;
        }

        var sync = candidate.Shape == ReturnShape.Sync;
        if (sync && TypeFacts.ReturnHas(method, TypeFacts.MaybeNullAttribute))
        {
            return Answer.Null;
        }

        if (sync && TypeFacts.ReturnHas(method, TypeFacts.NotNullAttribute))
        {
            return Answer.NotFound;
        }

        var names = method.GetAttributes().Select(static a => a.AttributeClass?.Name).ToArray();
        return (sync ? "CanBeNullAttribute" : "ItemCanBeNullAttribute") is var maybe && names.Contains(maybe) ? Answer.Null
            : (sync ? "NotNullAttribute" : "ItemNotNullAttribute") is var never && names.Contains(never) ? Answer.NotFound
            : null;
    }

    /// <summary>The operation with the not-found error for a missing entity (no match).</summary>
    private static OperationSpec Required(OperationSpec operation) => operation switch
    {
        EntityFindOp find => find with { Result = SingleResult.Required },
        EntityQueryOp query => query with { Query = query.Query with { Single = SingleResult.Required } },
        EntitySpecificationOp specification => specification with { Single = SingleResult.Required },
        EntityFindStoredOp stored => stored with { Result = SingleResult.Required },
        EntityFieldReadOp field => field with { Result = SingleResult.Required },
        _ => operation,
    };
}
