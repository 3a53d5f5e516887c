using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The <c>StringKeys</c> setting: how string keys compare, which no signature says. It applies to a key-value store's
/// string keys and an entity repository's string key; anywhere else, or with a value the enum does not have, it is IMF0010.
/// </summary>
internal static class StringKeysRule
{
    /// <summary>IMF0010 when the setting is stated and <paramref name="keyType"/> (null: no single key) is not <c>string</c>.</summary>
    public static void Validate(ParseContext context, ITypeSymbol? keyType, string keys)
    {
        var setting = context.Settings.StringKeys;
        if (setting == 0)
        {
            return;
        }

        if (setting != 1)
        {
            Report(context, "StringKeys = " + setting.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a StringKeyComparison (Ordinal or OrdinalIgnoreCase)");
            return;
        }

        if (keyType is null || !TypeFacts.IsString(TypeNames.Underlying(keyType)))
        {
            Report(context, "StringKeys: it says how string keys compare, and " + keys + (keyType is null ? " are no single string" : " are " + keyType.ToDisplayString()));
        }
    }

    /// <summary>
    /// For an interface with a table per entity type: the setting applies to every table keyed by <c>string</c> (the
    /// fake's string-key comparer is one), so it is IMF0010 when none is, and for each such table as
    /// <see cref="ValidateUnique(ParseContext, EntityInfo, EntitySpec?, IEnumerable{MemberSpec})"/> says.
    /// </summary>
    public static void ValidateTables(ParseContext context, IReadOnlyList<(EntityInfo Entity, EntitySpec Spec)> tables, IEnumerable<MemberSpec> members)
    {
        if (context.Settings.StringKeys != 1)
        {
            Validate(context, null, "the keys of " + context.InterfaceName + "'s tables");
            return;
        }

        var keyed = tables.Where(static t => IsStringKey(t.Entity)).ToList();
        if (keyed.Count == 0)
        {
            Report(context, "StringKeys: it says how string keys compare, and the keys of " + context.InterfaceName + "'s tables are "
                + string.Join(", ", tables.Select(static t => t.Entity.Type.Name + ": " + (t.Entity.Keys.Count == 1 ? t.Entity.KeyType.ToDisplayString() : "a composite key"))));
            return;
        }

        foreach (var (entity, spec) in keyed)
        {
            ValidateUnique(context, entity, spec);
        }

        ValidateKeyQueries(context, members);
    }

    /// <summary>
    /// IMF0010 when the setting is stated and a derived query compares part of a string key or orders it against a bound
    /// (<c>FindByIdStartingWith</c>, <c>CountByIdGreaterThan</c>) without <c>IgnoreCase</c> in its name: the setting says when
    /// two keys are equal, which says nothing of a part of one (a case-insensitive collation would match it ignoring case,
    /// a dictionary's comparer has no such operation).
    /// </summary>
    public static void ValidateKeyQueries(ParseContext context, IEnumerable<MemberSpec> members)
    {
        if (context.Settings.StringKeys != 1)
        {
            return;
        }

        foreach (var member in members)
        {
            if (member.Operation is not EntityQueryOp { Query: var query })
            {
                continue;
            }

            var partial = query.Groups.SelectMany(static g => g.Conditions)
                .FirstOrDefault(static c => c.OnStringKey && !c.IgnoreCase && c.Operator is QueryOperator.Containing or QueryOperator.StartingWith or QueryOperator.EndingWith
                    or QueryOperator.GreaterThan or QueryOperator.GreaterThanEqual or QueryOperator.LessThan or QueryOperator.LessThanEqual or QueryOperator.Between);
            if (partial is not null)
            {
                var key = string.Concat(partial.Path.Steps.Select(static s => s.Property.TrimStart('@')));
                Report(context, "StringKeys: it says when two keys are equal, and " + member.Name + " compares the key " + key + " by " + partial.Operator
                    + ", which it does not cover (it would compare by the characters); add IgnoreCase to its name to compare ignoring case, or drop the setting and pass InMemoryFakeOptions.StringKeyComparer per instance");
            }
        }
    }

    /// <summary>
    /// IMF0010 when the setting is stated on a repository whose string-keyed entity also has a unique <c>string</c>
    /// property (<c>[Unique]</c>, or an alternate key the interface proves): the setting covers the key, every lookup and
    /// query comparing it; such a property is a key of a kind too, and whether it compares ignoring case as well (a
    /// database's case-insensitive collation) or by its characters (a dictionary's comparer covers its keys only) is not
    /// said. The message names the property and both ways to say it.
    /// </summary>
    public static void ValidateUnique(ParseContext context, EntityInfo entity, EntitySpec? spec, IEnumerable<MemberSpec> members)
    {
        ValidateUnique(context, entity, spec);
        if (IsStringKey(entity))
        {
            ValidateKeyQueries(context, members);
        }
    }

    /// <summary>The unique-text check of <see cref="ValidateUnique(ParseContext, EntityInfo, EntitySpec?, IEnumerable{MemberSpec})"/> alone.</summary>
    private static void ValidateUnique(ParseContext context, EntityInfo entity, EntitySpec? spec)
    {
        if (context.Settings.StringKeys != 1 || spec is null || !IsStringKey(entity))
        {
            return;
        }

        var text = new List<string>();
        foreach (var unique in spec.Unique)
        {
            foreach (var name in unique.Properties)
            {
                var bare = name.TrimStart('@');
                if (entity.Properties.FirstOrDefault(p => p.Name == bare) is { } property && TypeFacts.IsString(TypeNames.Underlying(property.Type)) && !text.Contains(bare))
                {
                    text.Add(bare);
                }
            }
        }

        if (text.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", text.Select(n => entity.Type.Name + "." + n));
        Report(context, "StringKeys: it makes the key " + entity.Type.Name + "." + entity.Keys[0].Name + " compare ignoring case (its lookups and every query comparing it), and "
            + names + (text.Count == 1 ? " is" : " are") + " unique text that it does not cover: those compare by their characters (InMemoryFakeOptions.Semantics), where a case-insensitive collation would compare them ignoring case too. "
            + "Drop the setting and state both per instance: new InMemoryFakeOptions { StringKeyComparer = StringComparer.OrdinalIgnoreCase, Semantics = new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { [\"" + text[0] + "\"] = StringComparison.OrdinalIgnoreCase } } } (or Ordinal)");
    }

    private static bool IsStringKey(EntityInfo entity) => entity.Keys.Count == 1 && TypeFacts.IsString(TypeNames.Underlying(entity.KeyType));

    /// <summary>
    /// IMF0010 when the setting is stated on a key-value store with a removal by key prefix (<c>RemoveByPrefix(prefix)</c>):
    /// the setting says when two keys are equal, and the prefix compares by its characters, so "User:1" would stay after
    /// removing "user:" from keys that compare ignoring case. A removal by a <c>Regex</c> is not reported: its options say
    /// how it matches.
    /// </summary>
    public static void ValidateKeyValueMembers(ParseContext context, IEnumerable<MemberSpec> members)
    {
        if (context.Settings.StringKeys != 1)
        {
            return;
        }

        foreach (var member in members)
        {
            if (member.Operation is KvRemoveMatchingOp { Match: KvKeyMatch.Prefix })
            {
                Report(context, "StringKeys: it says when two keys are equal, and " + member.Name + " removes the keys that start with a prefix, which it does not cover (the prefix compares by its characters);"
                    + " drop the setting and pass InMemoryFakeOptions.StringKeyComparer per instance, or write the member");
            }
        }
    }

    /// <summary>IMF0010 when the setting is stated on a store it is not applied to.</summary>
    public static void RejectOutsideKeys(ParseContext context, string kind)
    {
        if (context.Settings.StringKeys != 0)
        {
            Report(context, "StringKeys: it says how a key-value store's or an entity repository's string keys compare, and " + context.InterfaceName + " is " + kind);
        }
    }

    private static void Report(ParseContext context, string message)
        => context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);
}
