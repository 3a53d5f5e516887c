// Source: https://github.com/BrighterCommand/Brighter
// Commit: 4032a065b3d8
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample35 rule, fixed before probing: in these repositories, in this order (NEventStore/NEventStore,
//   BrighterCommand/Brighter, ProximoSrl/NStore, yevhen/Streamstone, stratisproject/StratisFullNode,
//   NethermindEth/nethermind, JosefNemec/Playnite, Flow-Launcher/Flow.Launcher, blogifierdotnet/Blogifier,
//   madskristensen/Miniblog.Core, HTBox/allReady, akkadotnet/akka.net, DevToys-app/DevToys, ShareX/ShareX), skipping
//   any the tools do not hold or that are over fetch's limit, and every interface already in the corpus (grep of
//   Corpus/ for its name and source path), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache|Persistence|Outbox|Inbox|Db)\b` in *.cs, paths sorted
//   ordinally): the first interfaces in ordinal path order not yet in the corpus (at most 2 per repository), outside
//   paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base interface is
//   in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   NethermindEth/nethermind (651 MB) is over fetch's 500 MB limit: skipped. NEventStore, Streamstone, Playnite,
//   Flow.Launcher, Blogifier and Miniblog.Core have no such interface; allReady's only one (ITwitterRepository) is
//   commented out; akka.net's only one (ITestSnapshotStore) is under src/core/Akka.Persistence.TestKit/. Brighter's
//   IAmAnInbox and IAmAnOutbox declare 1 member each (a Tracer setter), NStore's IEnhancedPersistence 1;
//   StratisFullNode's IKeyRepository, INBitcoinBlockRepository and IBlockTransactionMapStore 1 each and
//   ITransactionRepository 2 (it is in the corpus too, transcribed whole beside Corpus/NBitcoin/
//   IColoredTransactionRepository.cs), and its src/NBitcoin/OpenAsset/IColoredTransactionRepository.cs is in the corpus
//   (Corpus/NBitcoin, from MetacoSA/NBitcoin). No other interface of these repositories was in the corpus. So the rule
//   picks 8, in order: Brighter IAmACausationTrackingOutbox and IAmACausationTrackingInbox; NStore IGlobalPersistence
//   and IPartitionPersistence; StratisFullNode IChainStore and IBlockRepository (with its base IBlockStore); DevToys
//   IFileStorage and ISettingsStorage (ShareX not reached).
//   This one: the 2nd of BrighterCommand/Brighter (4 members).
// Path: src/Paramore.Brighter/Inbox/IAmACausationTrackingInbox.cs (real store: src/Paramore.Brighter/InMemoryInbox.cs,
//   an IAmAnInboxSync/IAmAnInboxAsync that also implements this role interface; RelationalDatabaseInbox.cs and the
//   DynamoDB, Firestore and MongoDB inboxes implement it over their tables; used by Inbox/Handlers/UseInboxHandler.cs)
// Adapted: XML comments dropped; RequestContext cut down to its Bag (a ConcurrentDictionary<string, object>).
//   Nullable enabled, as in the source.
// Real store: InMemoryInbox. Requests are added through IAmAnInboxSync.Add<T>(command, contextKey, requestContext, …),
//   another interface, under the key "{command.Id}:{contextKey}", with the causation id of the request context's bag
//   ("Brighter-CausationId"). SupportsCausationTracking() and its async twin answer true. GetCausationId(id,
//   contextKey, requestContext, timeoutInMilliseconds) answers the causation id of the entry "{id}:{contextKey}", null
//   when there is no such entry or it was stored without a causation id (requestContext is for tracing only, the
//   timeout ignored); GetCausationIdAsync does the same.
// Shapes: *=none
// First try (e79390d): incomplete: IMF0001 on all 4 (SupportsCausationTracking, GetCausationId and their async
//   twins: not known verbs of a key-value store; the requests come through IAmAnInboxSync.Add, another interface) |
//   WRONG: none (nothing generated; the probe stops at SupportsCausationTracking, the script's first line).
// After this round: unchanged, and the refusals are right: the capability is the store's own, and GetCausationId reads
//   one field of an entry keyed by "{id}:{contextKey}" that only another interface writes.
#nullable enable

using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Brighter.IAmACausationTrackingInboxCase;

public class RequestContext
{
    public ConcurrentDictionary<string, object> Bag { get; } = new();
}

[InMemoryFake]
public interface IAmACausationTrackingInbox
{
    bool SupportsCausationTracking();

    Task<bool> SupportsCausationTrackingAsync(
        CancellationToken cancellationToken = default);

    string? GetCausationId(string id, string contextKey,
        RequestContext? requestContext, int timeoutInMilliseconds = -1);

    Task<string?> GetCausationIdAsync(string id, string contextKey,
        RequestContext? requestContext, int timeoutInMilliseconds = -1,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IAmACausationTrackingInbox inbox)
    {
        Check.True(inbox.SupportsCausationTracking(), "the in-memory inbox supports causation tracking");
        Check.True(await inbox.SupportsCausationTrackingAsync(), "and says so asynchronously");

        // Nothing was added (the adds are IAmAnInboxSync's): no entry has a causation id.
        Check.Null(inbox.GetCausationId("7c4b2f0e-request", "MyCommandHandler", null), "GetCausationId of a request never stored is null");
        Check.Null(await inbox.GetCausationIdAsync("7c4b2f0e-request", "MyCommandHandler", new RequestContext(), 500), "and asynchronously, whatever the timeout");
    }
}
