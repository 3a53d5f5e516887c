// Source: https://github.com/manassesV/F360Task
// Commit: 1176232 (F360Task.Infrastructure/Inbox/IInboxMessageRepository.cs, InboxMessageRepository.cs and
//   InboxMessage.cs, F360Task.Infrastructure/ApplicationDbContext.cs and F360Task.Infrastructure.csproj,
//   F360Task.Domain/Seed/IUnitOfWork.cs; the version the search result shows: 3c190ab adds UpdateAsync, efdf959 a lock
//   window to FindAllAsync)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample72 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IUserSessionStore Task RevokeAsync`, (2) `interface IUserPreferencesRepository Task`, (3) `interface
//   IInboxMessageStore Task`, (4) `interface IAttachmentRepository Task` (none ran in an earlier round); from each
//   query's results in the order returned, the C# interfaces (a file opened by repository and path, or the interface an
//   excerpt shows, its repository found by the file tools) whose implementation in the same repository keeps state and
//   that have at least 3 members, outside test paths, not a corpus source already; at most 1 per repository, 2 per
//   query, stop after 6. Each is transcribed at the version the result shows, with its real store at that version.
//   Picks: (1) rank 8, ahmedMgouda/Avancira IUserSessionService (7; ranks 1, 3, 5, 6, 9, 12 are ISessionRevocationService
//   with 1 member; rank 2 (and 7, 11), jokk-itu/authserver's ISessionRepository, declares 1 (2 in a later version); rank
//   4, shendongnian/code, is a snippet collection whose file holds only the interface, no implementation; rank 10 is
//   anonymous, found as Kiryuumaru/ApplicationBuilderHelpersTemplate's obsolete ISessionStore, which nothing implements
//   at that version); (2) rank 2, brobata/desktop-foodcost IUserPreferencesRepository (4; rank 1 has 2) and rank 5,
//   artifecx/TicketTita IUserPreferencesRepository (3; anonymous, found by its path; ranks 3-4 are TypeScript);
//   (3) rank 1, leonasa/OutBoxPattern IInboxStore<TMessage> (4) and rank 4, manassesV/F360Task IInboxMessageRepository
//   (4; ranks 2-3 have 1 member); (4) rank 1, Yuh1612/Task-Management-App IAttachmentRepository (declares none; 8 in its
//   base IGenericRepository<T> in the same repository). Six picks: the rule stopped there.
//   This one: query (3), rank 4.
// Path: F360Task.Infrastructure/Inbox/IInboxMessageRepository.cs (real store: InboxMessageRepository.cs beside it,
//   MongoFramework 0.29 over MongoDB: ApplicationDbContext is a MongoDbContext and the IUnitOfWork the repository hands out)
// Adapted: the namespaces (F360Task.Infrastructure.Inbox, F360Task.Domain.Seed by a global using) shortened into one.
//   Nullable enabled, as in F360Task.Infrastructure.csproj.
// Real store: InboxMessageRepository over ApplicationDbContext. AddAsync(message) = InboxMessage.Add: tracked only,
//   written by UnitOfWork.SaveChangesAsync (MongoFramework's SaveChanges; a taken Id fails it, E11000). ExistAsync(id) =
//   AsNoTracking().AnyAsync(r => r.Id == id): whether a saved message has the id (one added and not saved is not seen).
//   FindAllAsync(processed) = AsNoTracking().Where(p => p.Processed).OrderBy(c => c.ProcessedAt).ToListAsync(): the
//   saved processed messages by ProcessedAt, whatever processed says (the argument is not used). UnitOfWork = the
//   context; its Dispose disposes the context.
// Shapes: *=core
// First try (0487eace): complete | WRONG: FindAllAsync(processed) lists the saved messages whose Processed equals the
//   argument, in the order added, where the real store lists the processed ones by ProcessedAt and ignores the argument.
// After this round: unchanged, and listed in RealWorldCorpusTests.KnownSmokeMismatches: the fake's reading is what the
//   signature says (Processed compared with processed, the documented insertion order for a list whose name says no
//   order); the real store's unused argument and its ProcessedAt order are its own code, which no signature shows. The
//   writes wait for UnitOfWork.SaveChangesAsync, as MongoFramework's do.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.F360Task.IInboxMessageRepositoryCase;

public interface IUnitOfWork : IDisposable
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);
}

public class InboxMessage
{
    public InboxMessage(string id, string source)
    {
        Id = id;
        Source = source;
        ReceivedAt = DateTime.Now;
    }

    public string Id { get; set; }

    public string Source { get; set; }

    public bool Processed { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public void ChangeToProcessed()
    {
        Processed = true;
        ProcessedAt = DateTime.Now;
    }
}

[InMemoryFake]
public interface IInboxMessageRepository
{
    IUnitOfWork UnitOfWork { get; }

    Task AddAsync(InboxMessage inboxMessage);
    Task<bool> ExistAsync(string id, CancellationToken cancellationToken);

    Task<List<InboxMessage>> FindAllAsync(bool processed,
       CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IInboxMessageRepository inbox)
    {
        var none = CancellationToken.None;
        Check.False(await inbox.ExistAsync("m-1", none), "an empty inbox has no message");

        await inbox.AddAsync(new InboxMessage("m-1", "email"));
        Check.False(await inbox.ExistAsync("m-1", none), "a message added and not saved is not seen");
        await inbox.UnitOfWork.SaveChangesAsync();
        Check.True(await inbox.ExistAsync("m-1", none), "ExistAsync sees the message once saved");
        Check.False(await inbox.ExistAsync("m-9", none), "ExistAsync of an id not stored is false");

        var later = new InboxMessage("m-2", "report") { Processed = true, ProcessedAt = new DateTime(2025, 6, 1, 10, 0, 0) };
        var earlier = new InboxMessage("m-3", "email") { Processed = true, ProcessedAt = new DateTime(2025, 6, 1, 9, 0, 0) };
        await inbox.AddAsync(later);
        await inbox.AddAsync(earlier);
        await inbox.UnitOfWork.SaveChangesAsync();

        var processed = await inbox.FindAllAsync(true, none);
        Check.Equal(2, processed.Count, "FindAllAsync(true) lists the processed messages");
        Check.True(processed.All(m => m.Processed), "only processed ones");
        Check.Equal("m-3", processed[0].Id, "by ProcessedAt, the earliest first");
        Check.Equal("m-2", processed[1].Id, "then the later one");

        var asked = await inbox.FindAllAsync(false, none);
        Check.Equal(2, asked.Count, "FindAllAsync(false) lists the processed messages too: the real store does not use its argument");
        Check.True(asked.All(m => m.Processed), "never the unprocessed m-1");
    }
}
