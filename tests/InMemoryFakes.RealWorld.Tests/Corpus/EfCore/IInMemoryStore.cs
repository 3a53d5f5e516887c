// Source: https://github.com/dotnet/efcore
// Commit: ecd0ba4c
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample17 rule, fixed before probing: in these repositories, in this order (dotnet/efcore,
//   Azure/azure-cosmos-dotnet-v3, microsoft/autogen, microsoft/garnet, Azure/azure-functions-durable-extension,
//   microsoft/service-fabric-services-and-actors-dotnet, Azure/azure-signalr, microsoft/component-detection,
//   microsoft/sbom-tool, microsoft/fluentui-blazor, dotnet/wcf, microsoft/OpenAPI.NET, Azure/azure-iot-sdk-csharp),
//   skipping any the tools do not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep
//   "interface I...(Repository|Repo|Store|Storage|Cache)" over *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside
//   paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at
//   least 3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 10; each transcribed whole.
//   All 13 were held and none was in the corpus. Cosmos's only ones (IAddressCache, ICollectionRoutingMapCache)
//   declare 2 and 1 members; autogen, garnet, durable-extension, service-fabric, azure-signalr, component-detection,
//   sbom-tool, fluentui-blazor, OpenAPI.NET and azure-iot-sdk-csharp declare no such interface outside test paths
//   (their *Store/*Cache names are classes); wcf's second ISecurityContextSecurityTokenCache (dotnet-svcutil's
//   FrameworkFork) is the first one's copy, public. So the rule picks 3, all transcribed, in order: EF Core
//   ISessionTokenStorage, IInMemoryStore (IInMemoryDatabaseRootCache before it declares 1 member); WCF
//   ISecurityContextSecurityTokenCache.
//   This one: the 2nd of dotnet/efcore (5 members).
// Path: src/EFCore.InMemory/Storage/Internal/IInMemoryStore.cs
// Adapted: EF Core's metadata and update types (IModel, IEntityType, IProperty, IUpdateEntry, IUpdateAdapterFactory,
//   IDiagnosticsLogger<T>, DbLoggerCategory.Update, InMemoryTableSnapshot, InMemoryIntegerValueGenerator<T>) are empty
//   stand-ins of the same names; nullable annotations on, as in EF Core.
// Real store: src/EFCore.InMemory/Storage/Internal/InMemoryStore.cs: the in-memory provider's database, a dictionary
//   of tables by entity type name, null until created. EnsureCreated(factory, model, logger) creates the tables and
//   seeds the model's seed data (through ExecuteTransaction) when there are none, returning true, else false;
//   Clear drops the tables, true when there were some, false else; GetTables(entityType) a snapshot of the rows of
//   the type and its derived non-abstract types (empty before EnsureCreated); GetIntegerValueGenerator the property's
//   integer generator of its table (creating the table); ExecuteTransaction(entries, logger) applies each update
//   entry (Added creates, Modified updates, Deleted deletes its row, concurrency checked) and returns the rows
//   affected. Every member is EF Core's change-tracking model, which no dictionary of entities shows.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 all five (EnsureCreated, GetTables, GetIntegerValueGenerator,
//   ExecuteTransaction: unknown verbs; Clear: a key-value Clear returns nothing, this one whether there was a
//   database). Nothing generated, so nothing silently wrong.
// After this round: unchanged, rightly: every member is EF Core's change-tracking machinery (update entries, seed data
//   of a model, value generators), not a dictionary of values.

#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EfCore.IInMemoryStoreCase;

public interface IModel
{
}

public interface IEntityType
{
}

public interface IProperty
{
}

public interface IUpdateEntry
{
}

public interface IUpdateAdapterFactory
{
}

public interface IDiagnosticsLogger<TLoggerCategory>
{
}

public static class DbLoggerCategory
{
    public class Update
    {
    }
}

public class InMemoryTableSnapshot
{
}

public class InMemoryIntegerValueGenerator<TValue>
{
}

[InMemoryFake]
public interface IInMemoryStore
{
    bool EnsureCreated(
        IUpdateAdapterFactory updateAdapterFactory,
        IModel designModel,
        IDiagnosticsLogger<DbLoggerCategory.Update> updateLogger);

    bool Clear();

    IReadOnlyList<InMemoryTableSnapshot> GetTables(IEntityType entityType);

    InMemoryIntegerValueGenerator<TProperty> GetIntegerValueGenerator<TProperty>(IProperty property);

    int ExecuteTransaction(
        IList<IUpdateEntry> entries,
        IDiagnosticsLogger<DbLoggerCategory.Update> updateLogger);
}

public static class Smoke
{
    private sealed class Model : IModel
    {
    }

    private sealed class EntityType : IEntityType
    {
    }

    private sealed class Factory : IUpdateAdapterFactory
    {
    }

    private sealed class Logger : IDiagnosticsLogger<DbLoggerCategory.Update>
    {
    }

    public static Task RunAsync(IInMemoryStore store)
    {
        Check.False(store.Clear(), "Clear before the database exists is false");
        Check.Equal(0, store.GetTables(new EntityType()).Count, "no tables before EnsureCreated");
        Check.True(store.EnsureCreated(new Factory(), new Model(), new Logger()), "EnsureCreated creates the database the first time");
        Check.False(store.EnsureCreated(new Factory(), new Model(), new Logger()), "and is false once it exists");
        Check.Equal(0, store.ExecuteTransaction(new List<IUpdateEntry>(), new Logger()), "no entries affect no rows");
        Check.True(store.Clear(), "Clear drops the database that exists");
        Check.False(store.Clear(), "and is false once it is gone");
        Check.True(store.EnsureCreated(new Factory(), new Model(), new Logger()), "EnsureCreated creates it again");
        return Task.CompletedTask;
    }
}
