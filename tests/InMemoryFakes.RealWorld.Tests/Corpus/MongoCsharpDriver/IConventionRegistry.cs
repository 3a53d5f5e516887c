// Source: https://github.com/mongodb/mongo-csharp-driver
// Commit: 97e3979258ff
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample88 rule (Corpus/SharpDevelop/IProfilingDataWriter.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 3rd pick (the 9th repository of find_repos("CSharp")). Before it in path order: IBsonDefaults (4
//   settings properties with defaults, held in fields: no records), the BSON reader, writer, buffer and chunk
//   interfaces, ICustomBsonTypeMapper and IConvertibleToBsonDocument (1 member each), the class-map attribute and
//   convention interfaces (1 or 2 members), IConventionPack (1).
// Path: src/MongoDB.Bson/Serialization/Conventions/IConventionRegistry.cs (implementation:
//   ConventionRegistryInstance.cs, the registry of each serialization domain; models: IConventionPack.cs,
//   IConvention.cs)
// Adapted: IConvention and IConventionPack as in the source; the test's pack is a small class of its own (the driver's
//   ConventionPack also appends packs and carries a serialization domain). The interface is internal, as in the source,
//   so the smoke script takes the fake as object. Nullable disabled, as in the source (MongoDB.Bson does not enable it).
// Real store: ConventionRegistryInstance over a List of (name, pack, filter) entries, under a lock; its constructor
//   registers "__defaults__" (DefaultConventionPack) and "__attributes__" (AttributeConventionPack) for every type.
//   Register(name, conventions, filter) appends an entry (a name already registered is appended again: both kept);
//   null name, pack or filter: ArgumentNullException; a pack of another serialization domain: ArgumentException.
//   Lookup(type) builds a new pack of the conventions of every entry whose filter accepts the type, in registration
//   order, attribute packs last (null: ArgumentNullException). Remove(name) removes every entry of that name (none:
//   nothing; null: ArgumentNullException).
// Shapes: *=none
// First try (8b82adcf): incomplete: IMF0001 Lookup (its parameter 'type' is no key of the store: the lookup runs each
//   entry's filter), Register ('Register' is not a known verb); generated: Remove(name), the removal by key of a
//   key-value table of IConventionPack values | WRONG: none: Remove takes the name's entry out, as the real registry
//   takes out every entry of that name (the fake's table keeps one per name, which is the hand-written Register's
//   choice).
// After this round: unchanged, and the refusals are right: a lookup that asks each registration's filter whether it
//   accepts the type and merges the packs that do (defaults first, attributes last) is the registry's own, and Register
//   appends under a name that need not be unique, which no keyed write is.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MongoCsharpDriver.IConventionRegistryCase;

public interface IConvention
{
    string Name { get; }
}

public interface IConventionPack
{
    IEnumerable<IConvention> Conventions { get; }
}

[InMemoryFake]
internal interface IConventionRegistry
{
    IConventionPack Lookup(Type type);

    void Register(string name, IConventionPack conventions, Func<Type, bool> filter);

    void Remove(string name);
}

public static class Smoke
{
    private sealed class Named : IConvention
    {
        public Named(string name) => Name = name;

        public string Name { get; }
    }

    private sealed class Pack : IConventionPack
    {
        public Pack(params IConvention[] conventions) => Conventions = conventions;

        public IEnumerable<IConvention> Conventions { get; }
    }

    private sealed class Customer { }

    private sealed class Order { }

    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object registry) => RunCoreAsync((IConventionRegistry)registry);

    private static Task RunCoreAsync(IConventionRegistry registry)
    {
        static List<string> Names(IConventionRegistry r, Type type) => r.Lookup(type).Conventions.Select(c => c.Name).ToList();

        registry.Register("camelCase", new Pack(new Named("CamelCaseElementName")), t => t == typeof(Customer));
        Check.True(Names(registry, typeof(Customer)).Contains("CamelCaseElementName"), "Lookup takes the packs whose filter accepts the type");
        Check.False(Names(registry, typeof(Order)).Contains("CamelCaseElementName"), "and leaves out the others");

        registry.Register("camelCase", new Pack(new Named("IgnoreExtraElements")), t => true);
        var both = Names(registry, typeof(Customer));
        Check.True(both.Contains("CamelCaseElementName") && both.Contains("IgnoreExtraElements"), "a name registered twice keeps both packs");
        Check.True(both.IndexOf("CamelCaseElementName") < both.IndexOf("IgnoreExtraElements"), "in registration order");

        registry.Remove("camelCase");
        var after = Names(registry, typeof(Customer));
        Check.False(after.Contains("CamelCaseElementName") || after.Contains("IgnoreExtraElements"), "Remove takes out every pack of that name");
        registry.Remove("nothing registered");

        Check.Throws<ArgumentNullException>(() => registry.Register(null, new Pack(), t => true), "Register with a null name throws");
        Check.Throws<ArgumentNullException>(() => registry.Remove(null), "Remove(null) throws");
        Check.Throws<ArgumentNullException>(() => registry.Lookup(null), "Lookup(null) throws");
        return Task.CompletedTask;
    }
}
