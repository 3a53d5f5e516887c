// Source: https://github.com/ServiceStack/ServiceStack
// Commit: 1d95209be771
// Licence: AGPL-3.0 with ServiceStack's FOSS exception (an interface signature transcribed for a test)
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 2nd of ServiceStack/ServiceStack.
// Path: ServiceStack/src/ServiceStack.Interfaces/Data/IEntityStore.Generic.cs
// Real store: ServiceStack/src/ServiceStack.Redis/Generic/RedisTypedClient.cs (IRedisTypedClient<T> : IEntityStore<T>):
//   entities stored by their Id (IdUtils: the Id property), the id given as object and turned into the Redis key
//   "urn:{type}:{id}" by its string form. GetById(id) the entity, or default when missing; GetByIds(ids) the entities
//   found (missing ones left out); GetAll() every entity of the type; Store(entity) inserts or replaces by Id and returns
//   the entity; StoreAll(entities) stores each; Delete(entity) and DeleteById(id) delete by Id (nothing when absent);
//   DeleteByIds(ids) deletes each; DeleteAll() deletes every entity of the type.
// Shapes: GetById=5; GetByIds=5,18; DeleteById=5; DeleteByIds=5,18; *=core
// Configured: MissingDelete = MissingDelete.Ignore: RedisTypedClient.Delete(entity) deletes the entity's key (a
//   Redis DEL, nothing when absent), which a removal that returns nothing cannot say (docs/generator.md, attribute
//   settings).
// Configured: ByKeysOrder = ByKeysOrder.KeysGiven: GetByIds returns what a Redis MGET of the ids' keys returns, in the
//   order of the ids given with the missing ones left out (RedisTypedClient.GetValues skips the nulls), which the
//   signature cannot say: ServiceStack's own in-memory auth-repository facade answers the same GetByIds(IEnumerable ids)
//   in its list's order (a Where over the items), OrmLite's SelectByIds in the database's (docs/generator.md, attribute
//   settings). Not made: GetByIds(null) throws ArgumentNullException where RedisTypedClient returns an empty list.
// First try (2f120b5): incomplete: IMF0018 GetByIds, DeleteByIds (a non-generic IEnumerable of ids) | WRONG:
//   none (GetById(object id) of another type than int throws ArgumentException where ServiceStack keys by the id's text)
// After h-oblivious (session 29): complete as before; GetById answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ServiceStack.IEntityStoreCase;

public class Poco
{
    public int Id { get; set; }
    public string Name { get; set; }
}

public interface IEntityStore<T>
{
    T GetById(object id);
    IList<T> GetByIds(IEnumerable ids);
    IList<T> GetAll();
    T Store(T entity);
    void StoreAll(IEnumerable<T> entities);
    void Delete(T entity);
    void DeleteById(object id);
    void DeleteByIds(IEnumerable ids);
    void DeleteAll();
}

[InMemoryFake(typeof(IEntityStore<Poco>), ByKeysOrder = ByKeysOrder.KeysGiven, MissingDelete = MissingDelete.Ignore)]
public partial class PocoEntityStoreFake;

public static class Smoke
{
    public static Task RunAsync(IEntityStore<Poco> store)
    {
        store.Store(new Poco { Id = 1, Name = "one" });
        store.StoreAll([new Poco { Id = 2, Name = "two" }, new Poco { Id = 3, Name = "three" }]);
        Check.Equal("one", store.GetById(1)?.Name, "GetById returns the entity with that Id");
        Check.Null(store.GetById(9), "GetById of a missing id is null");
        Check.Equal(2, store.GetByIds(new[] { 2, 3, 9 }).Count, "GetByIds returns the entities found");
        Check.Equal("three,two,three", string.Join(",", store.GetByIds(new[] { 3, 9, 2, 3 }).Select(p => p.Name)), "GetByIds returns them in the order of the ids given (an MGET), a missing id left out");
        store.Store(new Poco { Id = 1, Name = "uno" });
        Check.Equal("uno", store.GetById(1)?.Name, "Store of a stored Id replaces it");
        store.DeleteById(1);
        Check.Null(store.GetById(1), "DeleteById deletes the entity");
        store.Delete(new Poco { Id = 9, Name = "none" });
        Check.Equal(2, store.GetAll().Count, "Delete of an entity that is not stored does nothing (a Redis DEL of a missing key)");
        store.Delete(new Poco { Id = 3 });
        Check.Null(store.GetById(3), "Delete deletes the entity with that Id");
        store.DeleteByIds(new[] { 2 });
        Check.Equal(0, store.GetAll().Count, "DeleteByIds deletes each");
        store.DeleteAll();
        Check.Equal(0, store.GetAll().Count, "DeleteAll deletes every entity");
        return Task.CompletedTask;
    }
}
