using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using InMemoryFakes.Generators.Parsing;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The verb lists of the "not a known verb" refusals (IMF0001) come from the parser's own tables, so they cannot drift
/// from what the parser reads again: the hand-written entity list lacked the per-property writes, bulk writes and Purge,
/// the key-value list Append, Any, Renew, the many-key verbs.
/// </summary>
public class KnownVerbListTests
{
    /// <summary>
    /// The verb tables of <see cref="Conventions"/> the entity list does not show, each with why; every other one must be an
    /// item of <see cref="KnownVerbLists.EntityItems"/>, so a new table fails this test until it is placed.
    /// </summary>
    private static readonly Dictionary<string, string> NotInTheEntityList = new(StringComparer.Ordinal)
    {
        [nameof(Conventions.EntityWriteVerbPrefixes)] = "classification only: which kind of store the members make",
        [nameof(Conventions.BlobVerbPrefixes)] = "classification only (the blob list is BlobVerb's)",
        [nameof(Conventions.KeyValueVerbPrefixes)] = "classification only (the key-value list is KeyValueVerb's)",
        [nameof(Conventions.NewKeyWriteVerbPrefixes)] = "a write that returns the key it made: the same verbs as Add and Upsert",
        [nameof(Conventions.FilterQueryVerbs)] = "the Get/Find/List/Count/Exists/Delete verbs given a filter object: listed as those",
        [nameof(Conventions.FlagQueryVerbs)] = "the Get/Find/List/Count/Exists/Clear verbs on a bool flag: listed as those",
        [nameof(Conventions.SpecificationVerbs)] = "the list, first, count and delete verbs given a specification: listed as those",
        [nameof(Conventions.BareListVerbs)] = "a subset of FindVerbs (a parameterless Get returning a list)",
        [nameof(Conventions.ThrowingFindVerbs)] = "a subset of FindVerbs (which lookups throw)",
        [nameof(Conventions.RequiredFindVerbs)] = "a subset of FindVerbs (which lookups throw)",
        [nameof(Conventions.SingleMatchVerbs)] = "a subset of PredicateVerbs (at most one match)",
        [nameof(Conventions.SearchVerbs)] = "refused with a reason of its own, never 'not a known verb'",
        [nameof(Conventions.AggregateVerbs)] = "read only over a selector of the entity; an aggregate verb it cannot read is refused with a reason of its own, never 'not a known verb'",
        [nameof(Conventions.NewEntityVerbs)] = "refused with a reason of its own, never 'not a known verb'",
        [nameof(Conventions.KeyValueForeverVerbs)] = "key-value get-or-add verbs (KeyValueVerb.GetOrAdd)",
        [nameof(Conventions.KeyValueClearAllVerbs)] = "key-value clear verbs (KeyValueVerb.Clear)",
        [nameof(Conventions.PatternRemovalVerbs)] = "key-value removals by pattern (KeyValueVerb.RemoveByPattern), read so only with a pattern parameter",
        [nameof(Conventions.TwoBranchUpsertVerbs)] = "key-value set verbs (KeyValueVerb.Set) whose bool result is refused",
        [nameof(Conventions.AssociationCodeRedeemVerbs)] = "an association's verb, read only beside the collection a member declares (docs/generator.md, associations)",
        [nameof(Conventions.AssociationItemUpsertVerbs)] = "an association's verb, read only beside the collection a member declares (docs/generator.md, associations)",
        [nameof(Conventions.SetVerbs)] = "an upsert only given the entity alone (SetCartAsync(cart)); with a key and a value it is a field setter, whose verbs the list shows",
        [nameof(Conventions.AdjectiveFlagVerbs)] = "flag verbs read only beside the flag they set (Activate beside IsActive), as the participle verbs are; not a verb of their own anywhere else",
        [nameof(Conventions.LocalizedVerbs)] = "Portuguese and Spanish words read as the English verbs the list shows (docs/generator.md#member-names-in-portuguese-and-spanish)",
    };

    [Fact]
    public void Every_verb_table_of_the_conventions_is_in_the_entity_list_or_said_why_not()
    {
        var tables = typeof(Conventions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(static f => f.Name)
            .Where(static n => n.EndsWith("Verbs", StringComparison.Ordinal) || n.EndsWith("VerbPrefixes", StringComparison.Ordinal))
            .ToArray();
        var listed = KnownVerbLists.EntityItems.SelectMany(static i => i.Tables).ToArray();

        Assert.Contains(nameof(Conventions.UpsertVerbs), tables);
        var unplaced = tables.Where(t => !listed.Contains(t) && !NotInTheEntityList.ContainsKey(t)).ToArray();
        Assert.True(unplaced.Length == 0, "Verb tables neither in KnownVerbLists.EntityItems nor said why not: " + string.Join(", ", unplaced));
        var unknown = listed.Concat(NotInTheEntityList.Keys).Where(t => !tables.Contains(t)).ToArray();
        Assert.True(unknown.Length == 0, "No such verb table: " + string.Join(", ", unknown));
        var both = NotInTheEntityList.Keys.Where(t => listed.Contains(t)).ToArray();
        Assert.True(both.Length == 0, "Listed and said not to be: " + string.Join(", ", both));
    }

    [Fact]
    public void Every_key_value_verb_is_listed_by_a_name_the_parser_reads_as_that_verb()
    {
        foreach (var verb in Enum.GetValues<KeyValueVerb>().Where(static v => v != KeyValueVerb.None))
        {
            Assert.Equal(verb, Conventions.KeyValueVerbOf(verb.ToString()));
            Assert.Contains(verb.ToString(), KnownVerbLists.KeyValue.Split(new[] { ", ", "/", "; " }, StringSplitOptions.None), StringComparer.Ordinal);
        }

        foreach (var (verb, also) in KnownVerbLists.KeyValueSynonyms)
        {
            Assert.Equal(verb, Conventions.KeyValueVerbOf(also));
        }
    }

    [Fact]
    public void Every_blob_verb_is_listed_by_a_name_the_parser_reads_as_that_verb()
    {
        foreach (var verb in Enum.GetValues<BlobVerb>().Where(static v => v != BlobVerb.None))
        {
            Assert.Equal(verb, Conventions.BlobVerbOf(verb.ToString()));
            Assert.Contains(verb.ToString(), KnownVerbLists.Blob.Split(new[] { ", ", "/", "; " }, StringSplitOptions.None), StringComparer.Ordinal);
        }

        foreach (var (verb, also) in KnownVerbLists.BlobSynonyms)
        {
            Assert.Equal(verb, Conventions.BlobVerbOf(also));
        }
    }

    [Fact]
    public void An_unknown_verb_of_an_entity_repository_lists_the_per_property_bulk_and_purge_verbs()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Verbs;
            public class User { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IUsers
            {
                void Add(User user);
                void Promote(User user);
            }
            """);

        var message = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'Promote' is not a known verb (Add/Insert, Update/Replace, Upsert/Save, ", message, StringComparison.Ordinal);
        Assert.Contains(", Clear/Purge, AddRange/UpdateRange/UpsertRange/DeleteRange, BulkInsertOrUpdate/BulkUpsert, Update/Set{Property}(key, value), ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verb_of_a_blob_store_lists_every_blob_verb()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Verbs;
            [InMemoryFake]
            public interface IFiles
            {
                Task UploadAsync(string name, Stream content);
                Task<Stream?> DownloadAsync(string name);
                Task ArchiveAsync(string name);
            }
            """);

        var message = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'Archive' is not a known verb (Put/Upload/Save/Write, Get/GetBytes/Download/Read/Open/OpenRead, Exists, Delete, List, Copy, Move, Info/GetInfo/Stat/GetProperties, Url/GetUrl, Clear, Count, Metadata/GetMetadata/ReadMetadata; more synonyms in docs/generator.md#blob-store)", message, StringComparison.Ordinal);
    }
}
