// Source: https://github.com/developinua/classes_bot
// Commit: 52afa154 (ISubscriptionRepository.cs, SubscriptionMongoDbRepository.cs, Subscription.cs); IGenericRepository.cs
//   and MongoDbRepository.cs at 3486d3d8; Document.cs at 42de0c75
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample44 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IReservationRepository`, (2) `interface IPaymentRepository Task`, (3) `interface IMessageRepository
//   Task`, (4) `interface IFileRepository`, (5) `interface ICategoryRepository Task`, (6) `interface
//   IAppointmentRepository`, (7) `interface ITenantRepository`, (8) `interface ISubscriptionRepository`, (9) `interface
//   ISessionRepository Task`; from each, the FIRST result in the order returned that is a C# interface declaration
//   with at least 3 members (inherited ones count if the base interface is in the same repository, as in h-sample41),
//   outside paths containing "test" (any case), from a repository not already a corpus source; at most 1 per
//   repository; stop after 7. A result that names no repository or path (the tool's anonymous excerpts) cannot be
//   cited, checked against the corpus or read further, so it is not taken (as in h-sample40 and h-sample41). Each
//   interface is transcribed at the stored version read_file reads, with its real store.
//   Picks: (1) rank 1, iremaydogan/Ceng382_23_24_202011009 IReservationRepository (3 members); (2) rank 1,
//   vikashmaheshwari97/WebApi-ProcessPayment IPaymentRepository (declares none; its base IGenericRepository<TEntity> in
//   the same repository 5); (3) rank 3, Spraay/The-Date-App IMessageRepository (rank 1 is Go; rank 2,
//   mintxelas/TemplateApiWithOutbox, declares 2; this one declares none, its base IEntityBaseRepository<T> in the same
//   repository 23 at the version read); (4) none (ranks 1-4 are Go, ranks 5-12 anonymous); (5) rank 1,
//   hoangthh/Caydauto_Web ICategoryRepository (1 member; its base IRepository<TEntity> in the same repository 8);
//   (6) rank 2, sajadam98/QueuingSystem AppointmentRepository (rank 1 is TypeScript; 6 members, its base Repository an
//   empty marker interface); (7) rank 3, TURKERBEY/BookStore ITenantRepository (rank 1 is TypeScript; rank 2,
//   azizghozzi/IFRS_PFE, declares 1; this one declares none, its base IBaseRepository<T> in the same repository 8);
//   (8) rank 3, developinua/classes_bot ISubscriptionRepository (ranks 1-2 are Go; declares none, its base
//   IGenericRepository<TEntity> in the same repository 5). That is the 7th pick, so query (9) was not used. None of
//   the seven repositories was a corpus source.
//   This one: query (8), rank 3 (none declared; 5 in its base IGenericRepository<TEntity>).
// Path: TarasZoukClasses.Domain/Service/SubscriptionService/ISubscriptionRepository.cs (base:
//   TarasZoukClasses.Data/Repositories/IGenericRepository.cs; real store: SubscriptionMongoDbRepository.cs beside it,
//   MongoDbRepository<Subscription> without overrides, over the MongoDB collection "Subscription"; model:
//   TarasZoukClasses.Data/Models/Subscription.cs on Models/Base/Document.cs)
// Adapted: Subscription's Type and Period (enums, with Newtonsoft JsonConverter attributes) and its ToString left out,
//   Document's ToString and its interface IDocument left out; the namespaces merged into one. MongoDB.Bson's ObjectId
//   is the stand-in of Support/MongoDbTypes.cs. Nullable disabled, as in the source.
// Real store: MongoDbRepository<Subscription> over IMongoCollection<Subscription>. Add(entity) = InsertOneAsync (null:
//   ArgumentNullException; the Id, ObjectId.GenerateNewId() from the constructor, is the _id; an _id already stored is
//   MongoWriteException E11000). GetAll() = Find(Filter.Empty): every subscription. Get(int id) and Delete(int id) both
//   begin with new ObjectId(id.ToString()), which throws for every int (an ObjectId is 24 hex digits): neither reaches
//   the collection. Update(entity) returns Task.CompletedTask: it writes nothing (its ReplaceOneAsync is commented out).
// Shapes: *=core
// First try (e557a11): incomplete: IMF0001 Get(int) and Delete(int) ('id' is int, which does not convert to the
//   ObjectId key). Generated: GetAll, Add (the ObjectId the constructor made is the key; null is ArgumentNullException, a
//   taken _id the duplicate-key error), Update (replaces the stored subscription) | WRONG: Update wrote the changed
//   price, where the real Update writes nothing (its ReplaceOneAsync is commented out: a bug of the real store, which no
//   signature can say). Every step before it passed.
// After this round: unchanged. Still wrong, recorded: Update writes the subscription where the real Update writes
//   nothing (a commented-out ReplaceOneAsync: a bug of the real store no signature can say). Get(int) and Delete(int)
//   stay refused rightly (an int is no ObjectId; the real ones throw for every id).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using MongoDB.Bson;

namespace Corpus.ClassesBot.ISubscriptionRepositoryCase;

public abstract class Document
{
    public ObjectId Id { get; set; } = ObjectId.GenerateNewId();

    public DateTime CreatedAt => Id.CreationTime;
}

public class Subscription : Document
{
    public string Name { get; set; }

    public decimal Price { get; set; }

    public string Description { get; set; }

    public bool IsActive { get; set; }
}

public interface IGenericRepository<TEntity> where TEntity : class
{
    Task<TEntity> Get(int id);

    Task<IEnumerable<TEntity>> GetAll();

    Task Add(TEntity entity);

    Task Update(TEntity entity);

    Task Delete(int id);
}

[InMemoryFake]
public interface ISubscriptionRepository : IGenericRepository<Subscription> {}

public static class Smoke
{
    public static async Task RunAsync(ISubscriptionRepository subscriptions)
    {
        var monthly = new Subscription { Name = "Monthly", Price = 40m, Description = "8 classes", IsActive = true };
        var single = new Subscription { Name = "Single", Price = 7m, Description = "1 class", IsActive = true };
        await subscriptions.Add(monthly);
        await subscriptions.Add(single);
        Check.Equal(2, (await subscriptions.GetAll()).Count(), "GetAll lists every subscription added");
        Check.Equal("Monthly,Single", string.Join(",", (await subscriptions.GetAll()).Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal)), "with their values");
        await Check.ThrowsAsync<Exception>(() => subscriptions.Add(null), "Add(null) throws ArgumentNullException");
        await Check.ThrowsAsync<Exception>(() => subscriptions.Add(new Subscription { Id = monthly.Id, Name = "Again" }), "Add of an _id already stored throws (E11000 duplicate key)");

        monthly.Price = 45m;
        await subscriptions.Update(monthly);
        Check.Equal(40m, (await subscriptions.GetAll()).Single(s => s.Name == "Monthly").Price, "Update writes nothing (its ReplaceOneAsync is commented out)");

        await Check.ThrowsAsync<Exception>(() => subscriptions.Get(1), "Get(int) throws for any id (new ObjectId(\"1\") is no ObjectId)");
        await Check.ThrowsAsync<Exception>(() => subscriptions.Delete(1), "Delete(int) throws likewise");
        Check.Equal(2, (await subscriptions.GetAll()).Count(), "nothing was deleted");
    }
}
