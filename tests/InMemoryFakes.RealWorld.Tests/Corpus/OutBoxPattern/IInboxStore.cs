// Source: https://github.com/leonasa/OutBoxPattern
// Commit: ab87add (Shared/InboxServices/IInboxStore.cs and InboxStore.cs, Shared/Contracts/OrderMessage.cs and
//   Order.cs, OrderProcessor/InboxConsumer.cs, InboxProcessor.cs and OrderProcessor.csproj; the version the search
//   result shows, the initial commit: 70c4db5 renamed MarkAsSent to MarkAsRecived and OrderMessage became a record)
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
//   This one: query (3), rank 1.
// Path: Shared/InboxServices/IInboxStore.cs (real store: InboxStore<TMessage> beside it, registered for OrderMessage;
//   InboxConsumer stores each message it consumes, InboxProcessor sends the unsent ones and marks them)
// Adapted: the interface declares no namespace in the source, here the file's; OrderMessage and Order (namespace
//   OutBoxPattern.Services there) in the same one; the generic interface faked closed over OrderMessage, as the
//   application registers it. Nullable enabled, as in OrderProcessor.csproj (and Shared.csproj from 60f3b4f).
// Real store: InboxStore<TMessage> over a List<TMessage>, in arrival order. Store(message) appends it (the same
//   message twice is held twice). GetUnsentMessages() = every message held, in order. GetNext() = the first held,
//   left in place; null when none. MarkAsSent(message) = List.Remove: takes off the first held that Equals it (for the
//   class OrderMessage, the same instance); nothing when none.
// Shapes: *=12
// First try (0487eace): incomplete: IMF0009 on the interface (OrderMessage has no key; the message adds that a store
//   that keeps repeats has no key that fits and is written by hand) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: a list in arrival order that keeps repeats and removes by
//   equality, which no key of OrderMessage describes (PlacedOrder.Id would make a repeated message a duplicate-key
//   error). A keyless queue is no convention yet (issue 10 keeps job queues as diagnostics).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OutBoxPattern.IInboxStoreCase;

public record Order(int Id, string CustomerId, string ProductId, int Quantity, DateTime PlacedAt);

public class OrderMessage
{
    public string Topic = "order";

    public Order PlacedOrder { get; set; } = null!;
}

public interface IInboxStore<TMessage>
{
    Task Store(TMessage message, CancellationToken cancellationToken = default);
    Task<IEnumerable<TMessage>> GetUnsentMessages( CancellationToken cancellationToken = default);
    Task<TMessage?> GetNext(CancellationToken cancellationToken = default);
    Task MarkAsSent(TMessage message, CancellationToken cancellationToken = default);
}

[InMemoryFake(typeof(IInboxStore<OrderMessage>))]
public partial class InMemoryOrderInboxStore;

public static class Smoke
{
    public static async Task RunAsync(IInboxStore<OrderMessage> inbox)
    {
        Check.Null(await inbox.GetNext(), "GetNext of an empty inbox is null");
        Check.Equal(0, (await inbox.GetUnsentMessages()).Count(), "an empty inbox has no unsent message");

        var placedAt = new DateTime(2023, 1, 4, 12, 0, 0, DateTimeKind.Utc);
        var first = new OrderMessage { PlacedOrder = new Order(1, "c-1", "p-1", 2, placedAt) };
        var second = new OrderMessage { PlacedOrder = new Order(2, "c-2", "p-2", 1, placedAt) };
        await inbox.Store(first);
        await inbox.Store(second);
        await inbox.Store(first);
        var unsent = (await inbox.GetUnsentMessages()).ToList();
        Check.Equal(3, unsent.Count, "Store keeps every message, the same one twice too");
        Check.Equal(1, unsent[0].PlacedOrder.Id, "in arrival order");
        Check.Equal(2, unsent[1].PlacedOrder.Id, "in arrival order");

        var next = Check.NotNull(await inbox.GetNext(), "GetNext answers the first message held");
        Check.Equal(1, next.PlacedOrder.Id, "the oldest");
        Check.Equal(3, (await inbox.GetUnsentMessages()).Count(), "and leaves it in the inbox");

        await inbox.MarkAsSent(next);
        var left = (await inbox.GetUnsentMessages()).Select(m => m.PlacedOrder.Id).ToList();
        Check.Equal(2, left.Count, "MarkAsSent takes off one message");
        Check.Equal(2, left[0], "the first held that is the message given");
        Check.Equal(1, left[1], "the repeat stays");

        await inbox.MarkAsSent(new OrderMessage { PlacedOrder = new Order(9, "c-9", "p-9", 1, placedAt) });
        Check.Equal(2, (await inbox.GetUnsentMessages()).Count(), "MarkAsSent of a message not held takes off nothing");
    }
}
