using System;
using System.Collections.Generic;
using System.Linq;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The verbs an IMF0001 "not a known verb" refusal lists, built from the tables the planners read, so a convention added
/// to a table is in the message without anyone editing it (it was hand-written, and lacked SetFields, bulk writes, Purge…).
/// Short: a group of synonyms shows its first words (<c>Upsert/Save</c>); the others are in docs/generator.md.
/// </summary>
internal static class KnownVerbLists
{
    /// <summary>One item of the entity list: the tables it stands for (by field name of <see cref="Conventions"/>) and its text.</summary>
    internal readonly struct Item
    {
        public Item(string[] tables, string text)
        {
            Tables = tables;
            Text = text;
        }

        /// <summary>The <see cref="Conventions"/> fields whose words the item stands for.</summary>
        public string[] Tables { get; }

        /// <summary>The item as the message shows it.</summary>
        public string Text { get; }
    }

    /// <summary>
    /// The entity repository verbs, in the order the message lists them; every verb table of <see cref="Conventions"/> the
    /// entity planners read is one of these or named, with its reason, in the test that keeps the two together.
    /// </summary>
    internal static readonly Item[] EntityItems =
    {
        Words(nameof(Conventions.AddVerbs), Conventions.AddVerbs),
        Words(nameof(Conventions.UpdateVerbs), Conventions.UpdateVerbs),
        Words(nameof(Conventions.UpsertVerbs), Conventions.UpsertVerbs),
        Words(nameof(Conventions.FindVerbs), Conventions.FindVerbs),
        Words(nameof(Conventions.DeleteVerbs), Conventions.DeleteVerbs),
        Words(nameof(Conventions.ExistsVerbs), Conventions.ExistsVerbs),
        Words(nameof(Conventions.CountVerbs), Conventions.CountVerbs),
        Words(nameof(Conventions.GetAllVerbs), Conventions.GetAllVerbs),
        Words(nameof(Conventions.PagedListVerbPrefixes), Conventions.PagedListVerbPrefixes),
        Heads((nameof(Conventions.ClearVerbs), Conventions.ClearVerbs), (nameof(Conventions.PurgeVerbs), Conventions.PurgeVerbs)),
        Heads(
            (nameof(Conventions.AddRangeVerbs), Conventions.AddRangeVerbs), (nameof(Conventions.UpdateRangeVerbs), Conventions.UpdateRangeVerbs),
            (nameof(Conventions.UpsertRangeVerbs), Conventions.UpsertRangeVerbs), (nameof(Conventions.DeleteRangeVerbs), Conventions.DeleteRangeVerbs)),
        Words(nameof(Conventions.BulkVerbs), Conventions.BulkVerbs.Select(static v => v.Verb)),
        Words(nameof(Conventions.SetFieldVerbs), Conventions.SetFieldVerbs, "{Property}(key, value)"),
        Words(nameof(Conventions.RenameVerbs), Conventions.RenameVerbs, "(key, name)"),
        Words(nameof(Conventions.IncrementFieldVerbs), Conventions.IncrementFieldVerbs, "{Property}(key)"),
        Words(nameof(Conventions.MarkAsVerbs), Conventions.MarkAsVerbs, "…As{Value}(key)"),
        Words(nameof(Conventions.ToggleVerbs), Conventions.ToggleVerbs, "{Flag}(key)"),
        Words(nameof(Conventions.AccessorVerbs), Conventions.AccessorVerbs.Select(static v => v.Word), "{Property}(entity)"),
        new(new[] { nameof(Conventions.QueryVerbs) }, "derived queries such as FindByName"),
        new(new[] { nameof(Conventions.PredicateVerbs) }, "a Func<T, bool> predicate"),
    };

    /// <summary>The entity repository list: <c>Add/Insert, Update/Replace, …</c>.</summary>
    public static string Entity { get; } = string.Join(", ", EntityItems.Take(EntityItems.Length - 1).Select(static i => i.Text))
        + ", or " + EntityItems[EntityItems.Length - 1].Text + "; more synonyms in docs/generator.md#entity-repository";

    /// <summary>
    /// Synonyms a key-value list shows beside a verb's own name, the ones users know from real stores; the test that keeps
    /// the list whole checks each is that verb.
    /// </summary>
    internal static readonly (KeyValueVerb Verb, string Also)[] KeyValueSynonyms =
    {
        (KeyValueVerb.Set, "Put"), (KeyValueVerb.Delete, "Remove"), (KeyValueVerb.Refresh, "Touch"), (KeyValueVerb.TimeToLive, "GetTimeToLive"),
        (KeyValueVerb.CompareAndSet, "TryUpdate"), (KeyValueVerb.Any, "HasItems"),
    };

    /// <summary>The key-value list: every <see cref="KeyValueVerb"/> by its name (each is a verb the parser reads), with <see cref="KeyValueSynonyms"/>.</summary>
    public static string KeyValue { get; } = OfEnum(KeyValueVerb.None, KeyValueSynonyms) + "; more synonyms in docs/generator.md#key-value-store";

    /// <summary>Synonyms a blob list shows beside a verb's own name (checked as <see cref="KeyValueSynonyms"/> are).</summary>
    internal static readonly (BlobVerb Verb, string Also)[] BlobSynonyms =
    {
        (BlobVerb.Put, "Upload"), (BlobVerb.Put, "Save"), (BlobVerb.Put, "Write"), (BlobVerb.Get, "GetBytes"), (BlobVerb.Get, "Download"), (BlobVerb.Get, "Read"),
        (BlobVerb.Get, "Open"), (BlobVerb.Get, "OpenRead"), (BlobVerb.Info, "GetInfo"), (BlobVerb.Info, "Stat"), (BlobVerb.Info, "GetProperties"),
        (BlobVerb.Metadata, "GetMetadata"), (BlobVerb.Metadata, "ReadMetadata"), (BlobVerb.Url, "GetUrl"),
    };

    /// <summary>The blob list: every <see cref="BlobVerb"/> by its name, with <see cref="BlobSynonyms"/>.</summary>
    public static string Blob { get; } = OfEnum(BlobVerb.None, BlobSynonyms) + "; more synonyms in docs/generator.md#blob-store";

    /// <summary>
    /// What follows a known verb, said against the nouns the store reads there: "is its noun Setting and then 'FromStorage',
    /// which no convention reads (…)" when the words start with one of <paramref name="nouns"/>, else "is no noun of …"
    /// <paramref name="nounsShown"/>.
    /// </summary>
    public static string AfterVerb(string rest, IEnumerable<string> nouns, string nounsShown, string consequence)
    {
        var noun = nouns.Where(n => n.Length > 0 && n.Length < rest.Length && rest.StartsWith(n, StringComparison.Ordinal) && char.IsUpper(rest[n.Length]))
            .OrderByDescending(static n => n.Length).FirstOrDefault();
        return noun is null
            ? "is no noun of " + nounsShown + ", so " + consequence
            : "is its noun " + noun + " and then '" + rest.Substring(noun.Length) + "', which no convention reads (a place, a source or a condition a name gives is the store's own), so " + consequence;
    }

    /// <summary>Whether <paramref name="verb"/> is one of the entity repository's single-word verb tables (Get, Add, Update…).</summary>
    public static bool IsEntityVerb(string verb)
        => Conventions.IsOneOf(verb, Conventions.AddVerbs) || Conventions.IsOneOf(verb, Conventions.UpdateVerbs) || Conventions.IsOneOf(verb, Conventions.UpsertVerbs)
            || Conventions.IsOneOf(verb, Conventions.FindVerbs) || Conventions.IsOneOf(verb, Conventions.DeleteVerbs) || Conventions.IsOneOf(verb, Conventions.ExistsVerbs)
            || Conventions.IsOneOf(verb, Conventions.CountVerbs) || Conventions.IsOneOf(verb, Conventions.GetAllVerbs) || Conventions.IsOneOf(verb, Conventions.ClearVerbs);

    /// <summary>
    /// The patterns of the entity list (<see cref="EntityItems"/> whose text has a <c>{…}</c> or <c>(…)</c> part:
    /// <c>Update/Set{Property}(key, value)</c>) whose tables hold <paramref name="head"/> as a word: a head the conventions
    /// read only followed by a property or a value (<c>Set</c>, <c>Mark</c>, <c>Increment</c>, <c>Toggle</c>, <c>Rename</c>),
    /// which a "not a known verb" refusal names as known but only so (session 36: <c>SetLogo</c>'s refusal said Set was no verb).
    /// </summary>
    public static List<string> EntityPatternsOf(string head)
    {
        var found = new List<string>();
        foreach (var item in EntityItems)
        {
            if (item.Text.IndexOf('{') < 0 && item.Text.IndexOf('(') < 0)
            {
                continue;
            }

            foreach (var table in item.Tables)
            {
                if (PatternWords(table).Contains(head))
                {
                    // The item's pattern after its words, behind this head: Set{Property}(key, value) of Update/Set{Property}(key, value).
                    var at = item.Text.IndexOfAny(new[] { '{', '(', '…' });
                    var pattern = head + item.Text.Substring(at);
                    if (!found.Contains(pattern))
                    {
                        found.Add(pattern);
                    }

                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The words of a pattern table of <see cref="Conventions"/> by its field name.</summary>
    private static IEnumerable<string> PatternWords(string table) => table switch
    {
        nameof(Conventions.SetFieldVerbs) => Conventions.SetFieldVerbs,
        nameof(Conventions.RenameVerbs) => Conventions.RenameVerbs,
        nameof(Conventions.IncrementFieldVerbs) => Conventions.IncrementFieldVerbs,
        nameof(Conventions.MarkAsVerbs) => Conventions.MarkAsVerbs,
        nameof(Conventions.ToggleVerbs) => Conventions.ToggleVerbs,
        nameof(Conventions.AccessorVerbs) => Conventions.AccessorVerbs.Select(static v => v.Word),
        _ => Array.Empty<string>(),
    };

    /// <summary>
    /// The "not a known verb" refusal. When the name starts with a verb the store knows (<c>GetUsers</c>, <c>UpdateSplit</c>,
    /// <c>GetCodeFileFromStorage</c>: nearly half of such refusals in the real-world corpus), it says so and names what
    /// follows the verb, <paramref name="after"/> saying (given those words) what may follow there: "'GetUsers' is not a known verb" alone read
    /// as if Get were unknown. <paramref name="isKnown"/> tells a known verb of the store's kind.
    /// </summary>
    public static string NotKnown(string verb, Func<string, bool> isKnown, string list, Func<string, string> after)
    {
        var words = VerbNouns.Words(verb);
        if (!isKnown(verb) && words.Count > 0 && words[0] == ExecuteWord)
        {
            return ExecutesInEngine(verb);
        }

        if (!isKnown(verb))
        {
            for (var count = words.Count - 1; count >= 1; count--)
            {
                var head = string.Concat(words.Take(count));
                if (isKnown(head))
                {
                    return "'" + verb + "' is not a known verb: it starts with " + head + ", which is one, but '" + string.Concat(words.Skip(count)) + "' after it " + after(string.Concat(words.Skip(count)))
                        + " (the known verbs: " + list + ")";
                }
            }
        }

        return "'" + verb + "' is not a known verb (" + list + ")";
    }

    /// <summary>The first word of a member that has the real store's engine run something (<see cref="ExecutesInEngine"/>).</summary>
    private const string ExecuteWord = "Execute";

    /// <summary>
    /// The refusal of a member whose name starts with the word <c>Execute</c> (since h-sample126): it hands the real store's
    /// own engine something to run (docker-tools' <c>IRepoHost.ExecuteAsync(IEnumerable&lt;IOperation&gt;)</c>, a batch of
    /// pushes and pull-request changes; Dapper's <c>ExecuteAsync(sql, parameters)</c>; a stored procedure, a script, a
    /// delegate over the store's collection or context, a query object), so the cause is that engine, not a verb missing
    /// from the list: before, "'Execute' is not a known verb (Get, TryGet, Set/Put, …)" suggested a renaming that could
    /// not give it a meaning.
    /// </summary>
    private static string ExecutesInEngine(string verb)
        => "'" + verb + "' has the real store's own engine run what it is given or holds (SQL text, a stored procedure, a script or code, a query or command object, "
            + "a delegate over its collection or context, a batch of operations), and what running it changes and answers is that engine's: no signature says it, "
            + "and a fake has no such engine";

    /// <summary>An item of one table: its first two words (<c>Upsert/Save</c>), then <paramref name="pattern"/>.</summary>
    private static Item Words(string table, IEnumerable<string> words, string pattern = "")
        => new(new[] { table }, string.Join("/", words.Take(2)) + pattern);

    /// <summary>An item of several tables (the range verbs): the first word of each.</summary>
    private static Item Heads(params (string Table, string[] Words)[] tables)
        => new(tables.Select(static t => t.Table).ToArray(), string.Join("/", tables.Select(static t => t.Words[0])));

    /// <summary>Every value of an enum but <paramref name="none"/>, by name, each followed by its synonyms: <c>Set/Put</c>.</summary>
    private static string OfEnum<TVerb>(TVerb none, (TVerb Verb, string Also)[] synonyms)
        where TVerb : struct, Enum
        => string.Join(", ", ((TVerb[])Enum.GetValues(typeof(TVerb)))
            .Where(v => !EqualityComparer<TVerb>.Default.Equals(v, none))
            .Select(v => string.Join("/", new[] { v.ToString() }.Concat(synonyms.Where(s => EqualityComparer<TVerb>.Default.Equals(s.Verb, v)).Select(static s => s.Also)))));
}
