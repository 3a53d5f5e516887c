// Source: https://github.com/DonnYep/CosmosFramework
// Commit: d8856e1716ef
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample93 rule, fixed before probing: the repositories find_repos("Cosmos") lists, in its order, keeping only
//   those with C# files, then find_repos("Azure.Storage") once that list runs out; in each, the first C# interface in
//   path order (git grep of the newest stored snapshot) outside test paths, with at least 3 members, whose
//   implementation in the same repository keeps state (a database, cache, blob, table, in-memory collection); not a
//   corpus source already; at most 1 per repository; stop after 5. "Keeps state" was read, before any probe, as a
//   store: the interface's own members add data and read it back; general-purpose database clients and ORMs (members
//   generic over any entity or addressed by a connection or resource link), read-only lookups over data loaded at
//   construction, memoizers of values they compute, and interfaces whose state is written only by members outside the
//   interface do not count. In list order: cosmos/cosmos-sdk has no C#; CosmosOS/Cosmos no such interface (console I/O,
//   a vendored DapperExtensions ORM and its class-map memoizer, build services); Azure/azure-cosmos-dotnet-v3 none
//   (IDocumentClient is the SDK's 137-member general client, IAddressCache declares 2 members,
//   ICollectionRoutingMapCache 1, IDocumentContainer's in-memory implementation is under tests); the next 29 have no
//   C# file but OpenGenus/cosmos (algorithm snippets, no interface) and Azure/cosmos-explorer (a quickstart, no
//   interface). Picks, in order: DonnYep/CosmosFramework ICommandBinder (the 33rd listed); cosmos-loops/cosmos-logging
//   ILogPayload (the 50th; cosmos-stack/cosmos-standard, the 38th, has no such interface: serializers, converters,
//   optionals); cosmos-open/cosmos-holiday IFixedHolidayManager (the 61st); IEvangelist/azure-cosmos-dotnet-repository
//   IShipRepository (the 70th). Every other repository of the 100 has no C# file, but pvalerianoperez/Cosmos-SI-Backup
//   (no interface, no licence file) and paletas/cosmosnetwork.net (no licence file). Then find_repos("Azure.Storage"):
//   fabio-marini/MediatR.Extensions.Azure.Storage (no interface, no licence file), tomlm/Iciclecreek.Azure.Storage.
//   FileSystem (no interface), YasanPunch/module-ballerinax-azure.storage.files (no C#), Ensono/Amido.Azure.Storage.
//   TableStorage (no licence file), ballerina-platform/module-ballerinax-azure.storage.blob (no C#), and
//   chandandas/Azure.Storage ITsSet<T>, the fifth. None of these interfaces was in the corpus.
//   This one: the 1st pick. Before it in path order: editor build handlers, LitJson's IJsonWrapper (a JSON value), and
//   LiteMVC's IBinder (4 members: its bindings are added by NotificationBinder members outside the interface).
// Path: Assets/CosmosFramework/Runtime/Architeture/LiteMVC/Core/Controller/ICommandBinder.cs (base:
//   ../../Base/IBinder.cs; implementation: CommandBinder.cs, made per data type and event name by Controller.cs)
// Adapted: both interfaces as in the source, one namespace. Nullable disabled, as in the source (a Unity project).
// Real store: CommandBinder<T>, a List<Type> of the command types bound to one data type T and event name. Bind(type)
//   adds the type unless the list holds it (a second Bind is a no-op; null is added like any type); Unbind(type)
//   removes it (a type not bound: nothing); HasBind(type) answers whether it is bound; BindCount counts the bound
//   types; Clear() empties the list; ValueType is typeof(T), fixed when Controller makes the binder; Execute(data) takes
//   a command of each bound type from CommandPool, runs it with (T)data and gives it back.
// Shapes: *=19
// First try (45df1faa): incomplete: IMF0001 every member: ValueType and BindCount (a key-value store's properties are
//   only Count, IsEmpty/HasItems, Keys, Values and a settings object), Execute, Bind and Unbind (not known verbs),
//   HasBind ('Bind' after Has is no noun of this store), Clear (no member puts a value in or reads what the store
//   holds) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the binder is a set of command types, but Bind and Unbind
//   are no storage verbs (a DI container's Bind registers a mapping, a model binder's Bind reads a request), HasBind
//   and BindCount read only what they write, ValueType is the data type the binder was made for, and Execute runs the
//   commands; a set of keys read as such would need verbs that say so (Add/Remove/Contains).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CosmosFramework.ICommandBinderCase;

public interface IBinder
{
    Type ValueType { get; }
    int BindCount { get; }
    void Execute(object data);
    void Clear();
}

[InMemoryFake]
public interface ICommandBinder : IBinder
{
    void Bind(Type cmdType);
    void Unbind(Type cmdType);
    bool HasBind(Type cmdType);
}

public static class Smoke
{
    public static Task RunAsync(ICommandBinder binder)
    {
        Check.Equal(0, binder.BindCount, "a new binder binds no command");
        Check.False(binder.HasBind(typeof(string)), "HasBind of a type never bound is false");

        binder.Bind(typeof(string));
        binder.Bind(typeof(Uri));
        Check.Equal(2, binder.BindCount, "Bind adds each command type");
        Check.True(binder.HasBind(typeof(Uri)), "HasBind of a bound type is true");

        binder.Bind(typeof(string));
        Check.Equal(2, binder.BindCount, "a second Bind of a bound type adds nothing");

        binder.Unbind(typeof(string));
        Check.False(binder.HasBind(typeof(string)), "Unbind removes the type");
        Check.Equal(1, binder.BindCount, "and only that type");
        binder.Unbind(typeof(Version));
        Check.Equal(1, binder.BindCount, "Unbind of a type never bound changes nothing");

        binder.Clear();
        Check.Equal(0, binder.BindCount, "Clear unbinds every type");
        Check.False(binder.HasBind(typeof(Uri)), "so HasBind is false");
        return Task.CompletedTask;
    }
}
