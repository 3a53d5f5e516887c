// Source: https://github.com/AimKey/BeeHappy-Web
// Commit: 40765fa5 (IAuditLogRepository.cs, GenericRepository.cs, MongoEntity.cs); IGenericRepository.cs, AuditLog.cs and
//   AuditLogRepository.cs at 072f0bad
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample41 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ICustomerRepository Task GetByIdAsync`, (2) `interface IInvoiceRepository`, (3) `interface
//   ITokenRepository RefreshToken`, (4) `interface IBlobStorageService`, (5) `interface ICommentRepository`,
//   (6) `interface ISettingsRepository`, (7) `interface IShoppingCartRepository`, (8) `interface IAuditLogRepository`,
//   (9) `interface IEmployeeRepository Task`; from each, the FIRST result in the order returned that is a C# interface
//   declaration with at least 3 members (inherited ones count if the base interface is in the same repository, as in
//   the earlier rules), outside paths containing "test" (any case), from a repository not already a corpus source; at
//   most 1 per repository; stop after 7. A result that names no repository or path (the tool's anonymous excerpts)
//   cannot be cited, checked against the corpus or read further, so it is not taken (as in h-sample40). Members are
//   counted in the excerpt and at the stored version read_file reads; each interface is transcribed at that version,
//   with its real store.
//   Picks: (1) rank 2, chandan5614/SignSage ICustomerRepository (rank 1, ignacioainol/DDD-Project, declares 1 in the
//   excerpt and at most 2 in any stored version); (2) none (ranks 1-4 are Dart, TypeScript, Java and TypeScript; the
//   C# results from rank 5 on are anonymous); (3) none (ranks 1-2 TypeScript; rank 3, vietqtran/instagram-reactjsnet,
//   declares 1 in the excerpt and is an empty class at the version read; rank 4, welissonArley/MyRecipeBook, declares
//   2; the rest anonymous); (4) rank 4, aiduma/Mvc.StorageAccount.Demo IBlobStorageService (ranks 1 and 3 declare 2,
//   rank 2 declares 1); (5) rank 4, YeinsM/CarsDR-Backend ICommentRepository (rank 1 declares 1, ranks 2-3 are
//   TypeScript; 5 members in the excerpt, 7 at the version read); (6) none (rank 3, ACXap/InfoCenter
//   IRepositorySettings, declares 2; the other named ones are Dart, TypeScript and JavaScript); (7) none (rank 2,
//   ngohungphuc/microservices IShoppingCartStore, declares 2, rank 4, skorupskyy/Shop, 1; ranks 1 and 3 are Java and
//   TypeScript); (8) rank 3, AimKey/BeeHappy-Web IAuditLogRepository (rank 1, minh2003vt/CertificateManagementBE,
//   declares none and its base IGenericRepository<T> none; rank 2 is Go; this one declares none, its base
//   IGenericRepository<TEntity> in the same repository 8); (9) rank 1, SyedAsad03/CodeTest IEmployeeRepository. Five,
//   under the cap of 7. None of the five repositories was a corpus source.
//   This one: query (8), rank 3 (no member of its own, 8 inherited from IGenericRepository<TEntity>).
// Path: Repositories/Interfaces/IAuditLogRepository.cs (base: Repositories/Generics/IGenericRepository.cs; real store:
//   Repositories/Implementations/AuditLogRepository.cs on Repositories/Generics/GenericRepository.cs, over MongoDB
//   (MongoDB.Driver), collection "AuditLog"; model: BusinessObjects/AuditLog.cs on BusinessObjects/Base/MongoEntity.cs)
// Adapted: MongoEntity.Id initialized to null! (the source leaves it unset under nullable annotations, a CS8618
//   warning the harness counts: null until MongoDB assigns it); its [BsonId] and [BsonRepresentation(BsonType.ObjectId)]
//   kept, declared in Support/MongoDbTypes.cs with MongoDB.Bson's names (the package is not referenced); AuditLog cut
//   down to Action and CreatedAt (ActorId and TargetId are MongoDB ObjectIds, Metadata a nested object); the
//   namespaces merged into one. Nullable enabled, as in the source (Repositories.csproj).
// Real store: GenericRepository<AuditLog> over a MongoDB collection. GetAllAsync = GetAsync(null) lists every document;
//   GetAsync(filter) the documents matching it (null: every one). GetByIdAsync(id) = Find(x => x.Id == id)
//   .FirstOrDefaultAsync: the document, or null when none (whatever Task<TEntity> says; its XML doc says null).
//   InsertAsync(entity): null is ArgumentNullException; InsertOneAsync gives a null Id a new ObjectId (24 hex digits,
//   written back into entity.Id by the driver's id generator); a taken Id is MongoWriteException (duplicate key),
//   nothing written. ReplaceAsync(entity, upsert = false) = ReplaceOneAsync by Id with IsUpsert = upsert, returning
//   IsAcknowledged && (ModifiedCount > 0 || (upsert && UpsertedId != null)): true when it changed a stored document
//   or (upsert) inserted a missing one; false for a missing one without upsert (nothing written) AND for a stored
//   document the entity leaves unchanged (MongoDB counts it matched, not modified). DeleteByIdAsync(id) =
//   DeleteOneAsync: whether one was deleted. DeleteAsync(entity): null is ArgumentNullException, else
//   DeleteByIdAsync(entity.Id). CountAsync(filter = null) = CountDocumentsAsync: how many match (null: all). Ids
//   compare ordinally.
// Shapes: *=core; GetAsync=2; CountAsync=2; ReplaceAsync=7
// First try (f04f4fc): incomplete: IMF0001 ReplaceAsync (its bool upsert parameter is no convention's: an update or an
//   upsert as the caller says, returning whether it changed or inserted something). Generated: GetAllAsync, GetAsync,
//   GetByIdAsync (the not-found error for an id not stored: Task<TEntity> says never null), InsertAsync (a null Id
//   gets a new ObjectId, by the key's [BsonRepresentation(BsonType.ObjectId)]; a taken Id is the duplicate error; null
//   is ArgumentNullException), DeleteByIdAsync and DeleteAsync (whether one was removed), CountAsync. The probe passes
//   the inserts, then ERRORS (loud): GetByIdAsync of an unknown id throws NotFoundException where FirstOrDefaultAsync
//   answers null. Probed past it (a copy of the script without that step): ERRORS (loud) again at GetAsync(null),
//   ArgumentNullException naming 'filter', where the real store lists every document (the filter is declared
//   nullable); past that too, every step before ReplaceAsync passes (CountAsync(), the deletes' answers, the
//   ArgumentNullExceptions for null entities) | WRONG: none silent.
// Configured: MissingKeyReads = MissingKeyRead.Default: GetByIdAsync is FirstOrDefaultAsync, null for an id not stored
//   (the setting's entity-lookup case).
// After this round: GetByIdAsync right with the setting, and GetAsync(null) lists every document: a filter declared
//   nullable under nullable annotations (Expression<Func<TEntity, bool>>? filter, no default) now filters nothing for
//   null, as one declared = null did (docs/generator.md, predicate methods). The probe passes every step before
//   ReplaceAsync. Still incomplete (ReplaceAsync, rightly: its bool is true for a changed or upserted document and
//   false for a stored one it leaves unchanged, a count of modified documents the signature does not show).
// After h-smoke38 (session 38): DeleteAsync carries IMF0029 (Info): an update or a removal by entity answering bool
//   or a count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove
//   + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute
//   is left as it was: the outcome and the generated code are unchanged.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Corpus.BeeHappy.IAuditLogRepositoryCase;

public class MongoEntity
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    // This Id is generated by MongoDB, not by the application
    public string Id { get; set; } = null!;
}

public class AuditLog : MongoEntity
{
    public string Action { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public interface IGenericRepository<TEntity> where TEntity : MongoEntity
{
    Task<List<TEntity>> GetAllAsync(CancellationToken ct = default);

    Task<List<TEntity>> GetAsync(
        Expression<Func<TEntity, bool>>? filter,
        CancellationToken ct = default);

    Task<TEntity> GetByIdAsync(string id, CancellationToken ct = default);

    Task InsertAsync(TEntity entity, CancellationToken ct = default);

    Task<bool> ReplaceAsync(TEntity entity, bool upsert = false, CancellationToken ct = default);

    Task<bool> DeleteByIdAsync(string id, CancellationToken ct = default);

    Task<bool> DeleteAsync(TEntity entity, CancellationToken ct = default);

    Task<long> CountAsync(
        Expression<Func<TEntity, bool>>? filter = null,
        CancellationToken ct = default);
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IAuditLogRepository : IGenericRepository<AuditLog>
{
}

public static class Smoke
{
    public static async Task RunAsync(IAuditLogRepository logs)
    {
        var login = new AuditLog { Action = "login", CreatedAt = new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc) };
        await logs.InsertAsync(login);
        Check.True(login.Id is { Length: 24 } && login.Id.All(Uri.IsHexDigit), "InsertAsync gives a null Id a new ObjectId (24 hex digits), written back");
        var logout = new AuditLog { Action = "logout", CreatedAt = new DateTime(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc) };
        await logs.InsertAsync(logout);
        Check.True(logout.Id != login.Id, "each its own");
        const string presetId = "65f0c0ffee0000000000000a";
        await logs.InsertAsync(new AuditLog { Id = presetId, Action = "login", CreatedAt = new DateTime(2025, 6, 2, 8, 0, 0, DateTimeKind.Utc) });
        await Check.ThrowsAsync<Exception>(() => logs.InsertAsync(new AuditLog { Id = presetId, Action = "again" }), "InsertAsync of a taken Id throws (duplicate key)");
        await Check.ThrowsAsync<ArgumentNullException>(() => logs.InsertAsync(null!), "InsertAsync(null) throws ArgumentNullException");

        Check.Equal("logout", (await logs.GetByIdAsync(logout.Id)).Action, "GetByIdAsync reads an inserted document");
        Check.Null(await logs.GetByIdAsync("65f0c0ffee00000000000fff"), "GetByIdAsync of an unknown id is null (FirstOrDefaultAsync), whatever Task<TEntity> says");
        Check.Equal(3, (await logs.GetAllAsync()).Count, "GetAllAsync lists every document");
        Check.Equal(2, (await logs.GetAsync(l => l.Action == "login")).Count, "GetAsync lists the documents matching the filter");
        Check.Equal(3, (await logs.GetAsync(null)).Count, "GetAsync(null) lists every document");
        Check.Equal(3L, await logs.CountAsync(), "CountAsync() counts every document");
        Check.Equal(1L, await logs.CountAsync(l => l.Action == "logout"), "CountAsync(filter) counts the matching ones");

        var changed = new AuditLog { Id = logout.Id, Action = "logout (timeout)", CreatedAt = logout.CreatedAt };
        Check.True(await logs.ReplaceAsync(changed), "ReplaceAsync of a stored document with a change is true");
        Check.Equal("logout (timeout)", (await logs.GetByIdAsync(logout.Id)).Action, "and replaces it");
        Check.False(await logs.ReplaceAsync(new AuditLog { Id = logout.Id, Action = "logout (timeout)", CreatedAt = logout.CreatedAt }), "ReplaceAsync that changes nothing is false (ModifiedCount 0)");
        Check.False(await logs.ReplaceAsync(new AuditLog { Id = "65f0c0ffee00000000000abc", Action = "ghost" }), "ReplaceAsync of a missing document without upsert is false");
        Check.Null(await logs.GetByIdAsync("65f0c0ffee00000000000abc"), "and writes nothing");
        Check.True(await logs.ReplaceAsync(new AuditLog { Id = "65f0c0ffee00000000000abc", Action = "upserted" }, upsert: true), "ReplaceAsync of a missing document with upsert is true");
        Check.Equal("upserted", (await logs.GetByIdAsync("65f0c0ffee00000000000abc")).Action, "and inserts it");

        Check.True(await logs.DeleteByIdAsync(presetId), "DeleteByIdAsync of a stored id is true");
        Check.False(await logs.DeleteByIdAsync(presetId), "and false once it is gone");
        Check.True(await logs.DeleteAsync(new AuditLog { Id = login.Id }), "DeleteAsync of a stored document (by its Id) is true");
        Check.False(await logs.DeleteAsync(new AuditLog { Id = login.Id }), "and false once it is gone");
        await Check.ThrowsAsync<ArgumentNullException>(() => logs.DeleteAsync(null!), "DeleteAsync(null) throws ArgumentNullException");
        Check.Equal(2L, await logs.CountAsync(), "two documents are left");
    }
}
