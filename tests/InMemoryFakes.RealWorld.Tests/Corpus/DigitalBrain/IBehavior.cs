// Source: https://github.com/intochat/digitalbrain
// Commit: 1df4c210bf22
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample98 rule, fixed before any interface was looked at (the whole rule and the walk: ActualChat/IPhoneAuth.cs
//   and docs/generator-rounds.md, "Out-of-sample round h-sample98"). This one: the 2nd pick (the 21st repository of
//   find_repos("Chat")), the first interface of the repository in path order: src/Kernel/DigitalBrain.Abstractions/
//   Behavior/IBehavior.cs (6 members, all inherited from INeuron and IHandle<T>, both of the same repository).
// Path: src/Kernel/DigitalBrain.Abstractions/Behavior/IBehavior.cs (an Orleans grain interface; its one implementation:
//   src/Kernel/DigitalBrain.Core/Behavior/BehaviorNeuron.cs over the Neuron base, src/Kernel/DigitalBrain.Core/Neuron/
//   Neuron.cs; INeuron, IHandle<T>, IJournalObserver, JournalRead, JournalKind, StartRepoReview, ReadBehaviorRun:
//   src/Kernel/DigitalBrain.Abstractions)
// Adapted: IGrainWithStringKey and IGrainObserver (Orleans) become a local empty interface and nothing; the Orleans
//   attributes ([Alias], [ResponseTimeout], [ReadOnly], [AlwaysInterleave], [OneWay], [GenerateSerializer], [Id]) and
//   [ClientEntryPoint] are dropped, and so is IBehavior's static ForOwner (it builds a NeuronId); CommandId keeps its
//   Guid; SynapseDelivery, JournalSnapshot, BehaviorRunStarted and BehaviorRunSnapshot are cut to one or two
//   properties. Nullable enabled, as in the source (Directory.Build.props).
// Real store: BehaviorNeuron, a grain whose state is one durable value (IDurableValue<byte[]>, Orleans journaling)
//   holding its review runs. HandleAsync(StartRepoReview) throws for an empty command id or a blank RootPath or Intent,
//   lists up to MaxFiles *.cs files under RootPath from the local file system, scores each file against the intent,
//   folds them in ModeratorRounds rounds into a plan, saves the run and replies BehaviorRunStarted.
//   HandleAsync(ReadBehaviorRun) replies the run's snapshot (run ids compared ignoring case), and throws
//   NeuronAuthorizationException for an empty command id or an unknown run. Deliver, ReadJournal, Watch and Unwatch come
//   from the Neuron base: Deliver hands a synapse to the matching HandleAsync through the incoming journal; ReadJournal
//   answers the incoming or outgoing deliveries after a sequence number (replies are outgoing deliveries); Watch and
//   Unwatch add and remove an observer called with each new delivery.
// Shapes: *=none
// First try (559db242): incomplete: IMF0001 on all 6 members (HandleAsync twice, Deliver, Watch, Unwatch: no known verb;
//   ReadJournal: a known verb whose noun, Journal, is no noun of this store) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: an actor that answers messages by doing work (a review of
//   files on disk) and replies through a journal of deliveries with observers; no member reads or writes a stored entry
//   by a key its parameters name, and the replies are computed, not stored values.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DigitalBrain.IBehaviorCase;

public interface IGrainWithStringKey
{
}

public abstract record Synapse;

public abstract record RequestSynapse<TResponse> : Synapse;

public readonly record struct CommandId(Guid Value);

public sealed record BehaviorRunStarted(CommandId CommandId, string RunId);

public sealed record BehaviorRunSnapshot(CommandId CommandId, string RunId);

public sealed record StartRepoReview(
    CommandId CommandId,
    string RootPath,
    string Intent,
    int MaxFiles = 30,
    int ModeratorRounds = 3) : RequestSynapse<BehaviorRunStarted>;

public sealed record ReadBehaviorRun(
    CommandId CommandId,
    string RunId) : RequestSynapse<BehaviorRunSnapshot>;

public sealed record SynapseDelivery(long Sequence, Synapse Synapse);

public sealed record JournalSnapshot(long Sequence);

public sealed record JournalRead(
    long ResumeSequence,
    IReadOnlyList<SynapseDelivery> Delta,
    JournalSnapshot? ResetSnapshot);

public enum JournalKind
{
    Incoming,
    Outgoing,
}

public interface IJournalObserver
{
    Task ObserveAsync(JournalKind kind, JournalRead read);
}

public interface IHandle<in TSynapse>
    where TSynapse : Synapse
{
    Task HandleAsync(TSynapse synapse, CancellationToken cancellationToken);
}

public interface INeuron : IGrainWithStringKey
{
    Task Deliver(SynapseDelivery delivery, CancellationToken cancellationToken = default);

    Task<JournalRead> ReadJournal(JournalKind kind, long afterSequence);

    Task Watch(JournalKind kind, long afterSequence, IJournalObserver observer);

    Task Unwatch(IJournalObserver observer);
}

[InMemoryFake]
public partial interface IBehavior :
    INeuron,
    IHandle<StartRepoReview>,
    IHandle<ReadBehaviorRun>
{
    const string GrainTypeName = "behavior";
    const string InstanceName = "main";
}

public static class Smoke
{
    public static async Task RunAsync(IBehavior behavior)
    {
        var command = new CommandId(Guid.NewGuid());
        await Check.ThrowsAsync<Exception>(
            () => behavior.HandleAsync(new ReadBehaviorRun(command, "no-such-run"), CancellationToken.None),
            "ReadBehaviorRun of a run never started throws (NeuronAuthorizationException: unknown behavior run)");
        await Check.ThrowsAsync<Exception>(
            () => behavior.HandleAsync(new ReadBehaviorRun(default, "no-such-run"), CancellationToken.None),
            "a command without a command id throws (NeuronAuthorizationException)");
        await Check.ThrowsAsync<Exception>(
            () => behavior.HandleAsync(new StartRepoReview(command, " ", "find bugs"), CancellationToken.None),
            "StartRepoReview with a blank RootPath throws (NeuronAuthorizationException)");
    }
}
