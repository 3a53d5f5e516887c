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
/// </summary>
internal static class RevokedRowsRule
{
    /// <summary>Why the planned <paramref name="operation"/> of <paramref name="candidate"/> is refused, or null.</summary>
    public static string? Reason(ParseContext context, EntityInfo entity, MemberCandidate candidate, OperationSpec operation)
    {
        if (!ReadsSeveral(operation, out var conditions))
        {
            return null;
        }

        var marks = Marks(entity);
        if (marks.Count == 0 || conditions.Any(c => c.Path.Steps.Count > 0 && marks.Contains(c.Path.Steps[0].Property)))
        {
            return null;
        }

        var revoke = context.InterfaceAndBases.SelectMany(static i => i.GetMembers()).OfType<IMethodSymbol>()
            .FirstOrDefault(static m => m.MethodKind == MethodKind.Ordinary && NameWords.StartsWithWord(m.Name, "Revoke"));
        if (revoke is null)
        {
            return null;
        }

        var reads = operation is EntityCountOp || operation is EntityQueryOp { Query.Kind: QueryKind.Count } ? "counts"
            : operation is EntityAnyOp || operation is EntityQueryOp { Query.Kind: QueryKind.Exists } ? "tests for" : "lists";
        return "it " + reads + " " + entity.Name + " rows, and beside '" + revoke.Name + "' (a revocation that keeps the row and marks it: "
            + string.Join(", ", marks) + ") a read of several rows that names no state does not say whether the revoked rows are in it: a session store may list only the active ones "
            + "(Avancira's GetUserSessionsAsync) or every one (its GetExpiredSessionsAsync); compare the mark in its name (FindBy{Property}And" + marks[0] + ") or write the member";
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
                return true;
            case EntityQueryOp { Query: { Predicate: null } query } when query.Kind is QueryKind.List or QueryKind.Page or QueryKind.Count or QueryKind.Exists:
                conditions = query.Groups.SelectMany(static g => g.Conditions).ToList();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The properties a revocation sets on a row it keeps: a <c>bool</c> <c>IsRevoked</c>/<c>Revoked</c>, a property whose
    /// name begins with the word <c>Revoked</c> or <c>Revocation</c> (<c>RevokedAt</c>, <c>RevocationReason</c>), or an enum
    /// property with a member whose name begins with the word <c>Revoked</c> (<c>SessionStatus.Revoked</c>).
    /// </summary>
    private static List<string> Marks(EntityInfo entity)
    {
        var marks = new List<string>();
        foreach (var property in entity.Properties)
        {
            var name = property.Name;
            if (NameWords.StartsWithWord(name, "Revoked") || NameWords.StartsWithWord(name, "Revocation")
                || string.Equals(name, "IsRevoked", StringComparison.Ordinal))
            {
                marks.Add(name);
                continue;
            }

            var type = TypeNames.Underlying(property.Type);
            if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                && enumType.GetMembers().OfType<IFieldSymbol>().Any(static f => NameWords.StartsWithWord(f.Name, "Revoked")))
            {
                marks.Insert(0, name);
            }
        }

        return marks;
    }
}
