// Source: https://github.com/SQLStreamStore/SQLStreamStore
// Commit: c55d9db4
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample25 rule, fixed before probing: in these repositories, in this order (NEventStore/NEventStore,
//   SQLStreamStore/SQLStreamStore, Jackett/Jackett, akkadotnet/akka.net, Flow-Launcher/Flow.Launcher, Sustainsys/Saml2,
//   HangfireIO/Hangfire, graphql-dotnet/graphql-dotnet, BrighterCommand/Brighter, NethermindEth/nethermind,
//   ChilliCream/graphql-platform, LykosAI/StabilityMatrix, 2dust/v2rayN, Nethereum/Nethereum), skipping any the tools
//   do not hold, that are over fetch's limit, or already in the corpus, at the newest stored snapshot (fetch, then git
//   grep for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already in the corpus does not
//   count), outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if the
//   base interface is in the same repository); stop after 10; each transcribed whole (up to 50 members).
//   nethermind (651 MB) and graphql-platform (992 MB) are over fetch's 500 MB limit: skipped. NEventStore, Jackett,
//   Flow.Launcher, Saml2, Hangfire and v2rayN have no such interface; akka.net's only one (ITestSnapshotStore, under
//   Akka.Persistence.TestKit), graphql-dotnet's three (under GraphQL.DataLoader.Tests) and Brighter's IRepository<T>
//   (under tests/) are in test paths; StabilityMatrix's ILogDataStore declares 2 members. So the rule picks 6, not 10,
//   in order: SQLStreamStore IReadonlyStreamStore, IStreamStore; StabilityMatrix IImageCache, IGithubApiCache;
//   Nethereum IABIInfoStorage, IReputationStore.
//   This one: the 1st of SQLStreamStore/SQLStreamStore (13 members: 12 methods, ListStreams twice among them, and
//   the OnDispose event; IDisposable's Dispose besides).
// Path: src/SqlStreamStore/IReadonlyStreamStore.cs (real store: src/SqlStreamStore/InMemory/InMemoryStreamStore.cs over
//   Infrastructure/ReadonlyStreamStoreBase.cs; models: src/SqlStreamStore/Streams/*.cs, IStreamSubscription.cs,
//   IAllStreamSubscription.cs, Subscriptions/*.cs)
// Adapted: XML comments dropped; StreamId, the pages, StreamMessage, StreamMetadataResult, ListStreamsPage and
//   Pattern cut down to the fields the members need (the pages' ReadNext continuations and StreamMessage's
//   GetJsonData dropped); the subscriptions' interfaces keep Name and the last version/position. Nullable disabled,
//   as in the source (SqlStreamStore.csproj does not enable it).
// Real store: an append-only log of streams (InMemoryStreamStore; MsSql, Postgres, MySql alike). Every message has a
//   stream version (0, 1, … within its stream) and a global position (0, 1, … across all streams). ReadAllForwards /
//   ReadAllBackwards read a page of at most maxCount messages across all streams from a position (inclusive), IsEnd
//   when no more; ReadStreamForwards / ReadStreamBackwards read a page of one stream from a version, Status
//   StreamNotFound (versions -1, no messages) for a stream that does not exist; expired messages (the stream's MaxAge)
//   are left out. ReadHeadPosition: the last message's position, -1 when the store is empty; ReadStreamHeadPosition /
//   ReadStreamHeadVersion: the stream's last position / version, -1 for a missing stream. GetStreamMetadata: the
//   metadata the stream's "$$<id>" stream last got (MetadataStreamVersion -1 when none). ListStreams: a page of
//   stream ids (optionally matching a Pattern: starts with, ends with) and a continuation token. SubscribeToStream /
//   SubscribeToAll start push subscriptions that call the delegates as messages are appended. Dispose raises
//   OnDispose.
// Shapes: *=core
// First try (40352aa): incomplete: IMF0001 on all 13 members of its own (ReadAllForwards, ReadAllBackwards,
//   ReadStreamForwards, ReadStreamBackwards, ReadHeadPosition, ReadStreamHeadPosition, ReadStreamHeadVersion,
//   GetStreamMetadata, SubscribeToStream, SubscribeToAll not known verbs; both ListStreams "GetAll must take no
//   parameters, or a collection of keys": a page of stream ids; OnDispose an event); generated: Dispose | WRONG:
//   Dispose does nothing, where the real store raises OnDispose and then every member throws ObjectDisposedException
//   (ReadonlyStreamStoreBase.GuardAgainstDisposed): the disposed-store question Linq2db/IMemoryCache.cs left to the lead.
// After this round: unchanged; the refusals are right: it is an append-only log read by version and position, not a
//   keyed store.
// Still wrong: Dispose, as above (the smoke script stops at ReadHeadPosition, refused, before it).

#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SqlStreamStore.IReadonlyStreamStoreCase;

public sealed class StreamId : IEquatable<StreamId>
{
    public StreamId(string value)
    {
        if (value == null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (value.Contains(' '))
        {
            throw new ArgumentException("value must not contain whitespace", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;

    public static implicit operator string(StreamId streamId) => streamId?.Value;

    public static implicit operator StreamId(string value) => new StreamId(value);

    public bool Equals(StreamId other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object obj) => obj is StreamId other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    public static bool operator ==(StreamId left, StreamId right) => Equals(left, right);

    public static bool operator !=(StreamId left, StreamId right) => !Equals(left, right);
}

public static class ExpectedVersion
{
    public const int EmptyStream = -1;

    public const int Any = -2;

    public const int NoStream = -3;
}

public enum PageReadStatus
{
    Success,
    StreamNotFound,
}

public enum ReadDirection
{
    Forward,
    Backward,
}

public enum SubscriptionDroppedReason
{
    Disposed,
    SubscriberError,
    StreamStoreError,
}

public sealed class StreamMessage
{
    public StreamMessage(string streamId, Guid messageId, int streamVersion, long position, string type, string jsonData)
    {
        StreamId = streamId;
        MessageId = messageId;
        StreamVersion = streamVersion;
        Position = position;
        Type = type;
        JsonData = jsonData;
    }

    public readonly string StreamId;

    public readonly Guid MessageId;

    public readonly int StreamVersion;

    public readonly long Position;

    public readonly string Type;

    public readonly string JsonData;
}

public sealed class ReadAllPage
{
    public ReadAllPage(long fromPosition, long nextPosition, bool isEnd, ReadDirection direction, StreamMessage[] messages)
    {
        FromPosition = fromPosition;
        NextPosition = nextPosition;
        IsEnd = isEnd;
        Direction = direction;
        Messages = messages;
    }

    public readonly long FromPosition;

    public readonly long NextPosition;

    public readonly bool IsEnd;

    public readonly ReadDirection Direction;

    public readonly StreamMessage[] Messages;
}

public sealed class ReadStreamPage
{
    public ReadStreamPage(string streamId, PageReadStatus status, int fromStreamVersion, int nextStreamVersion,
        int lastStreamVersion, long lastStreamPosition, ReadDirection direction, bool isEnd, StreamMessage[] messages = null)
    {
        StreamId = streamId;
        Status = status;
        FromStreamVersion = fromStreamVersion;
        NextStreamVersion = nextStreamVersion;
        LastStreamVersion = lastStreamVersion;
        LastStreamPosition = lastStreamPosition;
        ReadDirection = direction;
        IsEnd = isEnd;
        Messages = messages ?? Array.Empty<StreamMessage>();
    }

    public readonly StreamMessage[] Messages;

    public readonly int FromStreamVersion;

    public readonly bool IsEnd;

    public readonly int LastStreamVersion;

    public readonly long LastStreamPosition;

    public readonly int NextStreamVersion;

    public readonly ReadDirection ReadDirection;

    public readonly PageReadStatus Status;

    public readonly string StreamId;
}

public interface IStreamSubscription : IDisposable
{
    string Name { get; }

    string StreamId { get; }

    int? LastVersion { get; }
}

public interface IAllStreamSubscription : IDisposable
{
    string Name { get; }

    long? LastPosition { get; }
}

public delegate Task StreamMessageReceived(IStreamSubscription subscription, StreamMessage streamMessage, CancellationToken cancellationToken);

public delegate void SubscriptionDropped(IStreamSubscription subscription, SubscriptionDroppedReason reason, Exception exception = null);

public delegate void HasCaughtUp(bool hasCaughtUp);

public delegate Task AllStreamMessageReceived(IAllStreamSubscription subscription, StreamMessage streamMessage, CancellationToken cancellationToken);

public delegate void AllSubscriptionDropped(IAllStreamSubscription subscription, SubscriptionDroppedReason reason, Exception exception = null);

public sealed class StreamMetadataResult
{
    public StreamMetadataResult(string streamId, int metadataStreamVersion, int? maxAge = null, int? maxCount = null, string metadataJson = null)
    {
        StreamId = streamId;
        MetadataStreamVersion = metadataStreamVersion;
        MaxAge = maxAge;
        MaxCount = maxCount;
        MetadataJson = metadataJson;
    }

    public readonly string StreamId;

    public readonly int MetadataStreamVersion;

    public readonly int? MaxAge;

    public readonly int? MaxCount;

    public readonly string MetadataJson;
}

public sealed class ListStreamsPage
{
    public ListStreamsPage(string continuationToken, string[] streamIds)
    {
        ContinuationToken = continuationToken;
        StreamIds = streamIds;
    }

    public string[] StreamIds { get; }

    public string ContinuationToken { get; }
}

public abstract class Pattern
{
    public string Value { get; }

    private Pattern(string value) => Value = value;

    public static Pattern Anything() => new AnythingPattern();

    public static Pattern StartsWith(string value) => new StartingWith(value);

    public static Pattern EndsWith(string value) => new EndingWith(value);

    public sealed class AnythingPattern : Pattern
    {
        internal AnythingPattern() : base("") { }
    }

    public sealed class StartingWith : Pattern
    {
        internal StartingWith(string value) : base(value) { }
    }

    public sealed class EndingWith : Pattern
    {
        internal EndingWith(string value) : base(value) { }
    }
}

[InMemoryFake]
public interface IReadonlyStreamStore : IDisposable
{
    Task<ReadAllPage> ReadAllForwards(
        long fromPositionInclusive,
        int maxCount,
        bool prefetchJsonData = true,
        CancellationToken cancellationToken = default);

    Task<ReadAllPage> ReadAllBackwards(
        long fromPositionInclusive,
        int maxCount,
        bool prefetchJsonData = true,
        CancellationToken cancellationToken = default);

    Task<ReadStreamPage> ReadStreamForwards(
        StreamId streamId,
        int fromVersionInclusive,
        int maxCount,
        bool prefetchJsonData = true,
        CancellationToken cancellationToken = default);

    Task<ReadStreamPage> ReadStreamBackwards(
        StreamId streamId,
        int fromVersionInclusive,
        int maxCount,
        bool prefetchJsonData = true,
        CancellationToken cancellationToken = default);

    IStreamSubscription SubscribeToStream(
        StreamId streamId,
        int? continueAfterVersion,
        StreamMessageReceived streamMessageReceived,
        SubscriptionDropped subscriptionDropped = null,
        HasCaughtUp hasCaughtUp = null,
        bool prefetchJsonData = true,
        string name = null);

    IAllStreamSubscription SubscribeToAll(
        long? continueAfterPosition,
        AllStreamMessageReceived streamMessageReceived,
        AllSubscriptionDropped subscriptionDropped = null,
        HasCaughtUp hasCaughtUp = null,
        bool prefetchJsonData = true,
        string name = null);

    Task<long> ReadHeadPosition(CancellationToken cancellationToken = default);

    Task<long> ReadStreamHeadPosition(StreamId streamId, CancellationToken cancellationToken = default);

    Task<int> ReadStreamHeadVersion(StreamId streamId, CancellationToken cancellationToken = default);

    Task<StreamMetadataResult> GetStreamMetadata(
        string streamId,
        CancellationToken cancellationToken = default);

    Task<ListStreamsPage> ListStreams(
        int maxCount = 100,
        string continuationToken = default,
        CancellationToken cancellationToken = default);

    Task<ListStreamsPage> ListStreams(
        Pattern pattern,
        int maxCount = 100,
        string continuationToken = default,
        CancellationToken cancellationToken = default);

    event Action OnDispose;
}

public static class Smoke
{
    public static async Task RunAsync(IReadonlyStreamStore store)
    {
        Check.Equal(-1L, await store.ReadHeadPosition(), "the head position of an empty store is -1");
        Check.Equal(-1, await store.ReadStreamHeadVersion("orders-1"), "the head version of a missing stream is -1");
        Check.Equal(-1L, await store.ReadStreamHeadPosition("orders-1"), "the head position of a missing stream is -1");

        var page = await store.ReadStreamForwards("orders-1", 0, 10);
        Check.Equal(PageReadStatus.StreamNotFound, page.Status, "reading a missing stream says StreamNotFound");
        Check.Equal(0, page.Messages.Length, "and has no messages");

        var all = await store.ReadAllForwards(0, 10);
        Check.True(all.IsEnd, "reading all of an empty store is the end");
        Check.Equal(0, all.Messages.Length, "and has no messages");

        var metadata = await store.GetStreamMetadata("orders-1");
        Check.Equal(-1, metadata.MetadataStreamVersion, "a stream without metadata has metadata version -1");

        var streams = await store.ListStreams();
        Check.Equal(0, streams.StreamIds.Length, "an empty store lists no streams");

        var disposed = false;
        store.OnDispose += () => disposed = true;
        store.Dispose();
        Check.True(disposed, "Dispose raises OnDispose");
    }
}
