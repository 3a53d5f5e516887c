// Source: https://github.com/HueByte/Jiro
// Commit: a1ca0756479b (the version the search result shows: the declaration indented with spaces and ending in a
//   newline, 184 characters, which read_file reads at this commit; read_file without a commit reads 0799c01, the same
//   declaration indented with tabs, and the fetched snapshot, e617a53, adds a doc comment; the base IRepository changes
//   at 0799c01 and later)
// Licence: MIT (LICENSE, "Copyright (c) 2022 HueByte"; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample125 rule (/work/prompts/out/h-sample125-rule.md; the full rule is in
//   Corpus/AiGallery/IPreparedPromtRepository.cs). This one: query (8), rank 1: IChatSessionRepository declares none;
//   its base IRepository<Tkey, TEntity> 10.
// Path: src/Jiro.Kernel/Jiro.Core/IRepositories/IChatSessionRepository.cs and
//   src/Jiro.Kernel/Jiro.Core/Abstraction/IRepository.cs (real store:
//   src/Jiro.Kernel/Jiro.Infrastructure/Repositories/ChatSessionRepository.cs over
//   src/Jiro.Kernel/Jiro.Core/Abstraction/BaseRepository.cs; model: Jiro.Core/Abstraction/DbModel.cs,
//   Jiro.Core/Models/ChatSession.cs, Message.cs, MessageType.cs; context: Jiro.Infrastructure/JiroContext.cs)
// Adapted: one namespace for Jiro.Core.Abstraction, Jiro.Core.Models and Jiro.Core.IRepositories. Nullable enabled and
//   implicit usings, as Jiro.Core.csproj has them.
// Real store: ChatSessionRepository : BaseRepository<string, ChatSession, JiroContext>, EF Core 9 over MySQL (Pomelo)
//   or SQLite (JiroContext, scoped, tracking queries; key Id, a string the caller sets: EF Core generates no string
//   key). No write saves: each is tracked until SaveChangesAsync (= JiroContext.SaveChangesAsync) writes them all.
//   AsQueryable() = Set<T>().AsQueryable(). GetAsync(id) = FirstOrDefaultAsync(e => e.Id.Equals(id)): null for an id
//   not stored, and a session added but not saved is not found (a query reads the database). AddAsync(entity): false
//   for null; false, with nothing tracked, when AnyAsync finds the Id in the database; otherwise Set.Add (the session and
//   the messages it holds, a one-to-many with a shadow ChatSessionId) and true. AddRangeAsync(entities): false for null,
//   otherwise Set.AddRangeAsync and true (no check: a taken Id fails the save, DbUpdateException). RemoveAsync(id):
//   false when AnyAsync does not find it, otherwise Set.Remove(new ChatSession { Id = id }) and true. RemoveAsync(entity):
//   false for null or an Id not in the database, otherwise Set.Remove(entity) and true. RemoveRangeAsync(entities):
//   false for null, otherwise RemoveRange and true (an Id not stored fails the save: DbUpdateConcurrencyException).
//   UpdateAsync(entity): nothing for null, otherwise Set.Update(entity) (every column from the entity given); an Id not
//   stored fails the save (DbUpdateConcurrencyException). UpdateRange(entities): UpdateRange, likewise. A read without
//   Include (GetAsync, AsQueryable) loads no Messages: a session read by a new scope has an empty Messages list.
//   The smoke script's steps between two saves are one request's scope (one JiroContext); each read after a save is a
//   later request's (a fresh JiroContext: nothing tracked from before), as the app's scoped registration gives them.
// Shapes: *=core; AddAsync=13; AsQueryable=9; AddRangeAsync=18; RemoveRangeAsync=18; UpdateRange=18; SaveChangesAsync=3
// First try (b97d6abe): incomplete: 6 of 10 generated (AsQueryable, GetAsync by the Id key, RemoveAsync(id) and
//   RemoveAsync(entity) answering false for a session not stored, UpdateAsync and UpdateRange, every write stored at
//   once); refused: AddAsync (IMF0001: an add answering bool cannot say what a taken key does: TakenKeyAdds unstated,
//   right), AddRangeAsync and RemoveRangeAsync (IMF0001: "it must return void, the count (int/long), the stored entities
//   or their keys" / "the number removed … or the entities given": right, their bool is true whatever they did, false
//   for null), SaveChangesAsync (IMF0022: whether the asynchronous writes wait for it cannot be told: right, and it says
//   the writes' timing is unknown) | WRONG: GetAsync and AsQueryable return a session with the Messages it was added with,
//   where the real read (no Include) loads none in a later request: the messages are rows of their own table; no
//   signature shows it (the fake keeps the graph it is given, the documented decision for one entity type). (Loud:
//   RemoveAsync((ChatSession?)null) and UpdateAsync(null) throw ArgumentNullException, where the real answers false and
//   does nothing; the parameter is declared nullable.)
// Configured: UnitOfWorkWrites = UnitOfWorkWrites.Deferred (IMF0022 asked: BaseRepository never saves, every write is
//   tracked until SaveChangesAsync); TakenKeyAdds = TakenKeyAdd.Skip (AddAsync answers false, tracking nothing, when
//   AnyAsync finds the Id stored).
// After this round: unchanged by the generator's fixes; with the two settings AddAsync (false for a stored Id, nothing
//   tracked) and SaveChangesAsync (writes what the writes tracked) are generated too: 8 of 10; incomplete, rightly:
//   AddRangeAsync and RemoveRangeAsync answer true whatever they did (false for null only), which no signature proves.
// Still wrong: GetAsync and AsQueryable return the Messages a session was added with, where the real read loads none
//   without Include (EF Core keeps them in their own table); the fake keeps the graph it is given (docs/generator.md,
//   the single-entity-type graph decision). And RemoveAsync(entity)/UpdateAsync(entity) of null throw
//   ArgumentNullException, where the real answers false and does nothing (the parameter is declared nullable).
#nullable enable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Jiro.IChatSessionRepositoryCase;

public abstract class DbModel<TKey> where TKey : IConvertible
{
    [Key]
    public virtual TKey Id { get; set; } = default!;
}

public enum MessageType
{
    Text,
    Graph,
    Image,
}

public class Message : DbModel<string>
{
    public override string Id { get; set; } = default!;
    public string Content { get; set; } = default!;
    public ulong InstanceId { get; set; }
    public ulong GuildId { get; set; }
    public ulong AuthorId { get; set; }
    public bool IsUser { get; set; }
    public DateTime CreatedAt { get; set; }
    public MessageType Type { get; set; }
}

public class ChatSession : DbModel<string>
{
    public string UserId { get; set; } = default!;
    public List<Message> Messages { get; set; } = [];
}

public interface IRepository<Tkey, TEntity>
    where Tkey : IConvertible
    where TEntity : DbModel<Tkey>
{
    IQueryable<TEntity> AsQueryable();
    Task<TEntity?> GetAsync(Tkey id);
    Task<bool> AddAsync(TEntity? entity);
    Task<bool> AddRangeAsync(IEnumerable<TEntity> entities);
    Task<bool> RemoveAsync(Tkey id);
    Task<bool> RemoveAsync(TEntity? entity);
    Task<bool> RemoveRangeAsync(IEnumerable<TEntity> entity);
    Task UpdateAsync(TEntity? entity);
    Task UpdateRange(IEnumerable<TEntity> entities);
    Task SaveChangesAsync();
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred, TakenKeyAdds = TakenKeyAdd.Skip)]
public interface IChatSessionRepository : IRepository<string, ChatSession>
{
}

public static class Smoke
{
    private static ChatSession Session(string id, string userId) => new() { Id = id, UserId = userId };

    public static async Task RunAsync(IChatSessionRepository sessions)
    {
        Check.Equal(0, sessions.AsQueryable().Count(), "a new database has no session");
        Check.Null(await sessions.GetAsync("none"), "GetAsync of an id not stored is null (FirstOrDefaultAsync)");
        Check.False(await sessions.AddAsync(null), "AddAsync(null) answers false");

        var first = Session("s1", "alice");
        first.Messages.Add(new Message { Id = "m1", Content = "hello", IsUser = true });
        Check.True(await sessions.AddAsync(first), "AddAsync of a new session answers true");
        Check.Null(await sessions.GetAsync("s1"), "an added session is not stored before SaveChangesAsync (the query reads the database)");
        Check.Equal(0, sessions.AsQueryable().Count(), "nor listed");
        await sessions.SaveChangesAsync();
        var read = Check.NotNull(await sessions.GetAsync("s1"), "SaveChangesAsync stores the added session");
        Check.Equal("alice", read.UserId, "the session is stored as given");
        Check.Equal(0, read.Messages.Count, "a later request's GetAsync loads no Messages (no Include): they are rows of their own table");

        Check.False(await sessions.AddAsync(Session("s1", "mallory")), "AddAsync of an Id already stored answers false (AnyAsync) and tracks nothing");
        await sessions.SaveChangesAsync();
        Check.Equal("alice", (await sessions.GetAsync("s1"))?.UserId, "the stored session is unchanged");

        Check.True(await sessions.AddRangeAsync(new[] { Session("s2", "bob"), Session("s3", "carol") }), "AddRangeAsync answers true");
        await sessions.SaveChangesAsync();
        Check.Equal(3, sessions.AsQueryable().Count(), "the save stored both");

        await sessions.UpdateAsync(Session("s2", "bobby"));
        await sessions.SaveChangesAsync();
        Check.Equal("bobby", (await sessions.GetAsync("s2"))?.UserId, "UpdateAsync writes every column of the session given at the save");
        await sessions.UpdateAsync(null);
        await sessions.SaveChangesAsync();
        Check.Equal(3, sessions.AsQueryable().Count(), "UpdateAsync(null) does nothing");
        await sessions.UpdateRange(new[] { Session("s2", "robert"), Session("s3", "caroline") });
        await sessions.SaveChangesAsync();
        Check.Equal("caroline", (await sessions.GetAsync("s3"))?.UserId, "UpdateRange writes each session at the save");

        Check.False(await sessions.RemoveAsync("none"), "RemoveAsync of an id not stored answers false");
        Check.True(await sessions.RemoveAsync("s1"), "RemoveAsync of a stored id answers true");
        Check.NotNull(await sessions.GetAsync("s1"), "the removal waits for the save");
        await sessions.SaveChangesAsync();
        Check.Null(await sessions.GetAsync("s1"), "SaveChangesAsync removes the session");

        Check.False(await sessions.RemoveAsync((ChatSession?)null), "RemoveAsync(null entity) answers false");
        Check.False(await sessions.RemoveAsync(Session("ghost", "nobody")), "RemoveAsync of a session not stored answers false");
        Check.True(await sessions.RemoveAsync(Session("s2", "robert")), "RemoveAsync of a stored session answers true");
        await sessions.SaveChangesAsync();
        Check.Null(await sessions.GetAsync("s2"), "the save removed it");

        Check.True(await sessions.RemoveRangeAsync(new[] { Session("s3", "caroline") }), "RemoveRangeAsync answers true");
        await sessions.SaveChangesAsync();
        Check.Equal(0, sessions.AsQueryable().Count(), "the save removed the last session");

        await sessions.UpdateAsync(Session("ghost", "nobody"));
        await Check.ThrowsAsync<Exception>(() => sessions.SaveChangesAsync(), "the save of an update of a session not stored affects no row: DbUpdateConcurrencyException");
    }
}
