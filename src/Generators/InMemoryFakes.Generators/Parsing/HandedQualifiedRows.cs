using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A read of every entity (<c>GetSyncJobsAsync()</c>) beside members that are HANDED entities and call them by a qualifier
/// (<c>BackupInactiveJobsAsync(List&lt;SyncJob&gt; syncJobs)</c>, <c>RemoveInactiveJobsAsync(IEnumerable&lt;SyncJob&gt; jobs)</c>,
/// h-sample113: group-membership-management's <c>IAzureMaintenanceService</c>). The caller gets the rows it hands them from
/// somewhere, and the one read of the interface is the list: its rows are likely the qualified ones. The real service's
/// <c>GetSyncJobsAsync()</c> keeps the jobs of seven statuses last run more than 30 days ago, a condition no property or
/// parameter names; read as every row, the fake handed back active jobs the maintenance then backed up and removed.
/// </summary>
internal static class HandedQualifiedRows
{
    /// <summary>Words before the entity's noun that say how many or which were given, not a condition on the rows.</summary>
    private static readonly string[] CountingWords = { "All", "Many", "Multiple", "Several", "Some", "Each", "Every", "Range", "Bulk", "Batch", "New", "Existing", "Given", "Selected", "These", "Those", "Other", "More" };

    /// <summary>First words that modify the verb after them (BulkInsertOrders, TryAddItems): the second word is then the verb, no qualifier.</summary>
    private static readonly string[] VerbModifiers = { "Bulk", "Batch", "Try", "Re", "Safe", "Force", "Soft", "Hard" };

    /// <summary>
    /// Verbs besides the entity repository's tables (<see cref="KnownVerbLists.IsEntityVerb"/>), which may stand second after
    /// another verb or a modifier: never a qualifier of the rows.
    /// </summary>
    private static readonly string[] OtherVerbWords = { "Merge", "Set", "Write", "Copy", "Move", "Import", "Export", "Sync", "Attach", "Detach" };

    /// <summary>The qualifier and the members handed the rows it qualifies; or null when no member calls the entities by a word.</summary>
    public static (string Qualifier, IReadOnlyList<string> Members)? Find(ParseContext context, EntityInfo entity, IMethodSymbol read)
    {
        if (entity.Name.Length == 0)
        {
            return null;
        }

        var entityWords = QueryNameParser.SplitWords(entity.Name);
        var methods = context.InterfaceAndBases.SelectMany(static i => i.GetMembers()).OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && !SymbolEqualityComparer.Default.Equals(m, read)).ToList();
        var handed = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var method in methods)
        {
            if (!method.Parameters.Any(p => IsEntityOrRows(p.Type, entity.Type)) || Qualifier(Conventions.VerbOf(method.Name), entityWords) is not { } qualifier)
            {
                continue;
            }

            if (entity.Properties.Any(p => string.Equals(p.Name, qualifier, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Name, "Is" + qualifier, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, "Has" + qualifier, StringComparison.OrdinalIgnoreCase)))
            {
                // RemoveActiveJobs(jobs) of a Job with IsActive: the condition is a property, which the flag rules read.
                continue;
            }

            if (!handed.TryGetValue(qualifier, out var members))
            {
                handed[qualifier] = members = new List<string>();
            }

            members.Add(method.Name);
        }

        foreach (var pair in handed.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            // A member that reads the qualified rows by name (GetInactiveJobs()) is where the caller gets them: then the
            // unqualified read is every row.
            var readsThem = methods.Any(m => !pair.Value.Contains(m.Name) && QueryNameParser.SplitWords(Conventions.VerbOf(m.Name)).Any(w => string.Equals(w, pair.Key, StringComparison.OrdinalIgnoreCase)));
            if (!readsThem)
            {
                return (pair.Key, pair.Value.OrderBy(static n => n, StringComparer.Ordinal).ToList());
            }
        }

        return null;
    }

    /// <summary>The one word between a verb and the entity's noun (Remove·Inactive·Jobs), when it is no word of the entity's name.</summary>
    private static string? Qualifier(string name, List<string> entityWords)
    {
        var words = QueryNameParser.SplitWords(name);
        if (words.Count < 3)
        {
            return null;
        }

        // The words after the qualifier end the entity's name (Jobs of SyncJob, SyncJobs of SyncJob), the last one singular or plural.
        var tail = words.Skip(2).ToList();
        if (tail.Count > entityWords.Count)
        {
            return null;
        }

        var entityTail = entityWords.Skip(entityWords.Count - tail.Count).ToList();
        for (var i = 0; i < tail.Count; i++)
        {
            var same = i == tail.Count - 1 ? Conventions.SameNounWord(tail[i], entityTail[i]) : string.Equals(tail[i], entityTail[i], StringComparison.OrdinalIgnoreCase);
            if (!same)
            {
                return null;
            }
        }

        var qualifier = words[1];
        if (qualifier.Length < 3 || !char.IsUpper(qualifier[0]) || Conventions.IsOneOf(qualifier, CountingWords)
            || Conventions.IsOneOf(words[0], VerbModifiers) || KnownVerbLists.IsEntityVerb(qualifier) || Conventions.IsOneOf(qualifier, OtherVerbWords)
            || entityWords.Any(e => Conventions.SameNounWord(e, qualifier)))
        {
            return null;
        }

        return qualifier;
    }

    private static bool IsEntityOrRows(ITypeSymbol type, ITypeSymbol entity)
        => SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(type), entity)
        || (TypeFacts.EnumerableElement(type) is { } element && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(element), entity));
}
