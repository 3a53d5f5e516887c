using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A list (or count) of an entity that a member of the same interface revokes, where revoking keeps the row and marks it
/// (Avancira's <c>IUserSessionService</c>: <c>RevokeAsync(sessionId, reason)</c> sets <c>Status = Revoked</c> and
/// <c>RevokedAt</c> on the <c>UserSession</c> and keeps it). A read of several rows whose name and conditions say no
/// state does not say whether the revoked rows are among them: Avancira's <c>GetUserSessionsAsync(userId)</c> lists the
/// user's <c>Active</c> sessions only (<c>ActiveUserSessionsSpec</c>), its <c>GetExpiredSessionsAsync(beforeDate)</c>
/// lists revoked ones too. h-sample72's first try listed every session of the user, silently. Such reads (and whether
/// any such row exists, since h-review28) are refused;
/// a condition on the mark itself (<c>FindByUserIdAndStatus(userId, status)</c>), a predicate, a specification or a
/// single lookup say what they read and stay generated. docs/generator.md, "Refused guesses".
/// Since h-leftover3 (session 29) the same holds for the other verbs that retire a row by marking it, each with the mark
/// it leaves: <c>Invalidate</c> (tokens, sessions, codes), <c>Terminate</c> (sessions), <c>Expire</c> (tokens, sessions,
/// offers), <c>Deactivate</c> and <c>Disable</c> (accounts, API keys, products): an active-only read leaves the marked
/// rows out and a history or an admin list shows them, and the name of a list that names no state says neither.
/// <c>Cancel</c> stays out: an order, a booking or a subscription cancelled is still one of the customer's, and their
/// histories list it (the read that leaves it out names a state: <c>GetPendingOrders</c>).
/// </summary>
internal static class RevokedRowsRule
{
    /// <summary>
    /// A verb that retires a row by marking it, and the marks it leaves: properties whose name begins with one of
    /// <see cref="Prefixes"/> (<c>RevokedAt</c>, <c>InvalidatedOn</c>), <c>bool</c> flags it sets (<see cref="SetFlags"/>) or
    /// clears (<see cref="ClearedFlags"/>: <c>Deactivate</c> clears <c>IsActive</c>), or an enum property with a member whose
    /// name begins with one of <see cref="EnumMembers"/>.
    /// </summary>
    private sealed class RetiringVerb
    {
        public RetiringVerb(string word, string noun, string participle, string[] prefixes, string[] setFlags, string[] clearedFlags, string[] enumMembers)
        {
            Word = word;
            Noun = noun;
            Participle = participle;
            Prefixes = prefixes;
            SetFlags = setFlags;
            ClearedFlags = clearedFlags;
            EnumMembers = enumMembers;
        }

        public string Word { get; }

        public string Noun { get; }

        public string Participle { get; }

        public string[] Prefixes { get; }

        public string[] SetFlags { get; }

        public string[] ClearedFlags { get; }

        public string[] EnumMembers { get; }
    }

    private static readonly RetiringVerb[] Verbs =
    {
        new("Revoke", "a revocation", "revoked", new[] { "Revoked", "Revocation" }, new[] { "IsRevoked" }, Array.Empty<string>(), new[] { "Revoked" }),
        new("Invalidate", "an invalidation", "invalidated", new[] { "Invalidated", "Invalidation" }, new[] { "IsInvalidated", "IsInvalid" }, new[] { "IsValid", "Valid" }, new[] { "Invalidated", "Invalid" }),
        new("Terminate", "a termination", "terminated", new[] { "Terminated", "Termination" }, new[] { "IsTerminated" }, Array.Empty<string>(), new[] { "Terminated" }),
        new("Expire", "an expiry", "expired", new[] { "Expired", "Expires", "Expiration", "Expiry" }, new[] { "IsExpired" }, Array.Empty<string>(), new[] { "Expired" }),
        new("Deactivate", "a deactivation", "deactivated", new[] { "Deactivated", "Deactivation" }, new[] { "IsDeactivated", "IsInactive", "Inactive" }, new[] { "IsActive", "Active" }, new[] { "Deactivated", "Inactive" }),
        new("Disable", "a disabling", "disabled", new[] { "Disabled" }, new[] { "IsDisabled" }, new[] { "IsEnabled", "Enabled" }, new[] { "Disabled" }),
    };

    /// <summary>Why the planned <paramref name="operation"/> of <paramref name="candidate"/> is refused, or null.</summary>
    public static string? Reason(ParseContext context, EntityInfo entity, MemberCandidate candidate, OperationSpec operation)
    {
        if (!ReadsSeveral(operation, out var conditions))
        {
            return null;
        }

        var methods = context.InterfaceAndBases.SelectMany(static i => i.GetMembers()).OfType<IMethodSymbol>()
            .Where(static m => m.MethodKind == MethodKind.Ordinary).ToList();
        foreach (var verb in Verbs)
        {
            // A parameterless DisableTracking() or InvalidateCache() is about the repository, not its rows: the verbs after
            // Revoke (whose rule, since h-sample72, reads RevokeAll() too) count only with a parameter saying which rows.
            var retire = methods.FirstOrDefault(m => NameWords.StartsWithWord(m.Name, verb.Word) && (verb.Word == "Revoke" || m.Parameters.Length > 0));
            if (retire is null)
            {
                continue;
            }

            var marks = Marks(entity, verb);
            if (marks.Count == 0 || conditions.Any(c => c.Path.Steps.Count > 0 && marks.Contains(c.Path.Steps[0].Property))
                || StatedBySibling(entity, marks, methods, candidate.Symbol.Name))
            {
                continue;
            }

            var reads = operation is EntityCountOp || operation is EntityQueryOp { Query.Kind: QueryKind.Count } ? "counts"
                : operation is EntityAnyOp || operation is EntityQueryOp { Query.Kind: QueryKind.Exists } ? "tests for"
                : operation is EntityAggregateOp ? "aggregates a value of every one of the" : "lists";
            var example = verb.Word == "Revoke"
                ? "a session store may list only the active ones (Avancira's GetUserSessionsAsync) or every one (its GetExpiredSessionsAsync)"
                : "a store may leave them out (an active-only read, a query filter) or keep them in (a history, an admin list), and the name does not say which";
            return "it " + reads + " " + entity.Name + " rows, and beside '" + retire.Name + "' (" + verb.Noun + " that keeps the row and marks it: "
                + string.Join(", ", marks) + ") a read of several rows that names no state does not say whether the " + verb.Participle + " rows are in it: " + example
                + "; compare the mark in its name (FindBy{Property}And" + marks[0] + ") or write the member";
        }

        return null;
    }

    /// <summary>
    /// Whether another member reads the same rows with a word of the mark added (<c>GetActiveByPatientIdAsync</c> beside
    /// <c>GetByPatientIdAsync</c>, over <c>IsActive</c>): the sibling names the state, so the plain read is every row, as
    /// the two names say apart. The words are the marks' names without <c>Is</c> and, for an enum mark, its members' names.
    /// </summary>
    private static bool StatedBySibling(EntityInfo entity, List<string> marks, List<IMethodSymbol> methods, string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in entity.Properties.Where(p => marks.Contains(p.Name)))
        {
            words.Add(NameWords.StartsWithWordAndMore(property.Name, "Is") ? property.Name.Substring(2) : property.Name);
            if (TypeNames.Underlying(property.Type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                words.UnionWith(enumType.GetMembers().OfType<IFieldSymbol>().Select(static f => f.Name));
            }
        }

        foreach (var method in methods)
        {
            foreach (var word in words)
            {
                var at = method.Name.IndexOf(word, StringComparison.Ordinal);
                if (at > 0 && (at + word.Length == method.Name.Length || char.IsUpper(method.Name[at + word.Length]))
                    && string.Equals(method.Name.Remove(at, word.Length), name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the operation reads several rows by conditions the member's name and parameters give (not by a caller's
    /// predicate): a list, a page, a count, or whether any matches (<c>ExistsByUserId</c>, <c>AnyByUserId</c>: a count above
    /// zero, refused beside a revocation as the count is since h-review28; before, it answered true for a user whose
    /// sessions were all revoked, silently).
    /// </summary>
    private static bool ReadsSeveral(OperationSpec operation, out IReadOnlyList<ConditionSpec> conditions)
    {
        conditions = Array.Empty<ConditionSpec>();
        switch (operation)
        {
            case EntityGetAllOp:
            case EntityCountOp:
            case EntityAnyOp:
            case EntityAggregateOp { Predicate: null }:
                return true;
            case EntityQueryOp { Query: { Predicate: null } query } when query.Kind is QueryKind.List or QueryKind.Page or QueryKind.Count or QueryKind.Exists:
                conditions = query.Groups.SelectMany(static g => g.Conditions).ToList();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The properties <paramref name="verb"/> sets on a row it keeps: a property whose name begins with one of its prefixes
    /// (<c>RevokedAt</c>, <c>RevocationReason</c>, a <c>bool Revoked</c>), a <c>bool</c> flag it sets or clears
    /// (<c>IsRevoked</c>; <c>IsActive</c> for Deactivate), or an enum property with a member whose name begins with one of
    /// its members' words (<c>SessionStatus.Revoked</c>, <c>AccountStatus.Inactive</c>); an enum mark comes first.
    /// </summary>
    private static List<string> Marks(EntityInfo entity, RetiringVerb verb)
    {
        var marks = new List<string>();
        foreach (var property in entity.Properties)
        {
            var name = property.Name;
            if (verb.Prefixes.Any(p => NameWords.StartsWithWord(name, p))
                || (TypeFacts.IsBool(TypeNames.Underlying(property.Type)) && (verb.SetFlags.Contains(name, StringComparer.Ordinal) || verb.ClearedFlags.Contains(name, StringComparer.Ordinal))))
            {
                marks.Add(name);
                continue;
            }

            var type = TypeNames.Underlying(property.Type);
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                && enumType.GetMembers().OfType<IFieldSymbol>().Any(f => verb.EnumMembers.Any(w => NameWords.StartsWithWord(f.Name, w))))
            {
                marks.Insert(0, name);
            }
        }

        return marks;
    }
}
