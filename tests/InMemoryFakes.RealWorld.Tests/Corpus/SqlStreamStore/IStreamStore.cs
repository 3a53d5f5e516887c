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
//   This one: the 2nd of SQLStreamStore/SQLStreamStore (4 members of its own and 13 of IReadonlyStreamStore, its base
//   in the same repository: 17; IDisposable's Dispose besides).
// Path: src/SqlStreamStore/IStreamStore.cs (base: src/SqlStreamStore/IReadonlyStreamStore.cs; real store:
//   src/SqlStreamStore/InMemory/InMemoryStreamStore.cs over Infrastructure/StreamStoreBase.cs; models:
//   src/SqlStreamStore/Streams/*.cs)
// Adapted: as IReadonlyStreamStore.cs (XML comments dropped, models cut down); NewStreamMessage keeps MessageId, Type
//   and JsonData; WrongExpectedVersionException keeps its message. Nullable disabled, as in the source.
// Real store: an append-only log of streams, as IReadonlyStreamStore.cs says for the reads. AppendToStream appends the
//   messages to the stream (created by the first append) and returns AppendResult(CurrentVersion, CurrentPosition);
//   expectedVersion NoStream needs a stream that does not exist, EmptyStream an empty one, a number the stream's last
//   version, Any anything; otherwise WrongExpectedVersionException, unless the same message ids are already in the
//   stream at that place (then nothing is appended: idempotent). A stream id starting with '$' is refused
//   (ArgumentException). DeleteStream removes the stream and its messages (WrongExpectedVersionException when
//   expectedVersion is not its last version; nothing for a missing stream with Any) and appends "$stream-deleted" to
//   "$deleted"; DeleteMessage removes one message by id (nothing when missing) and appends "$message-deleted".
//   SetStreamMetadata appends the metadata (max age, max count, JSON) to the stream's "$$<id>" stream; MaxCount and
//   MaxAge then trim what the reads return.
// Shapes: *=core
// First try (40352aa): incomplete: IMF0001 on all 17 members (AppendToStream, DeleteStream, DeleteMessage,
//   SetStreamMetadata and IReadonlyStreamStore's, as there: not known verbs, ListStreams a page, OnDispose an event);
//   generated: Dispose | WRONG: Dispose does nothing, where the real store raises OnDispose and then every member
//   throws ObjectDisposedException (as IReadonlyStreamStore.cs).
// After this round: unchanged; the refusals are right (an append-only log with expected versions, idempotent appends
//   and per-stream metadata).
// Still wrong: Dispose, as above (the smoke script stops at AppendToStream, refused, before it).

#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SqlStreamStore.IStreamStoreCase;

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

public sealed class NewStreamMessage
{
    public NewStreamMessage(Guid messageId, string type, string jsonData)
    {
        MessageId = messageId;
        Type = type;
        JsonData = jsonData;
    }

    public readonly Guid MessageId;

    public readonly string Type;

    public readonly string JsonData;
}

public sealed class AppendResult
{
    public AppendResult(int currentVersion, long currentPosition)
    {
        CurrentVersion = currentVersion;
        CurrentPosition = currentPosition;
    }

    public readonly int CurrentVersion;

    public readonly long CurrentPosition;
}

public sealed class WrongExpectedVersionException : Exception
{
    public WrongExpectedVersionException(string message) : base(message) { }
}

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

[InMemoryFake]
public interface IStreamStore : IReadonlyStreamStore
{
    Task<AppendResult> AppendToStream(
        StreamId streamId,
        int expectedVersion,
        NewStreamMessage[] messages,
        CancellationToken cancellationToken = default);

    Task DeleteStream(
        StreamId streamId,
        int expectedVersion = ExpectedVersion.Any,
        CancellationToken cancellationToken = default);

    Task DeleteMessage(
        StreamId streamId,
        Guid messageId,
        CancellationToken cancellationToken = default);

    Task SetStreamMetadata(
        StreamId streamId,
        int expectedStreamMetadataVersion = ExpectedVersion.Any,
        int? maxAge = null,
        int? maxCount = null,
        string metadataJson = null,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IStreamStore store)
    {
        var first = new NewStreamMessage(Guid.NewGuid(), "OrderPlaced", "{}");
        var second = new NewStreamMessage(Guid.NewGuid(), "OrderPaid", "{}");
        var result = await store.AppendToStream("orders-1", ExpectedVersion.NoStream, new[] { first, second });
        Check.Equal(1, result.CurrentVersion, "two messages appended to a new stream: its version is 1");
        Check.Equal(1L, result.CurrentPosition, "and the last message's position is 1");

        var page = await store.ReadStreamForwards("orders-1", 0, 10);
        Check.Equal(PageReadStatus.Success, page.Status, "the stream is read");
        Check.Equal(2, page.Messages.Length, "with both messages");
        Check.Equal("OrderPlaced", page.Messages[0].Type, "in the order appended");
        Check.Equal(1, await store.ReadStreamHeadVersion("orders-1"), "the head version is the last message's version");

        var again = await store.AppendToStream("orders-1", ExpectedVersion.NoStream, new[] { first, second });
        Check.Equal(1, again.CurrentVersion, "appending the same message ids again is idempotent");
        await Check.ThrowsAsync<WrongExpectedVersionException>(
            () => store.AppendToStream("orders-1", ExpectedVersion.NoStream, new[] { new NewStreamMessage(Guid.NewGuid(), "X", "{}") }),
            "NoStream on an existing stream with new messages throws WrongExpectedVersionException");

        await store.DeleteMessage("orders-1", first.MessageId);
        Check.Equal(1, (await store.ReadStreamForwards("orders-1", 0, 10)).Messages.Length, "DeleteMessage removes one message");

        await store.DeleteStream("orders-1");
        Check.Equal(-1, await store.ReadStreamHeadVersion("orders-1"), "DeleteStream removes the stream");
        Check.Equal(PageReadStatus.StreamNotFound, (await store.ReadStreamForwards("orders-1", 0, 10)).Status, "a deleted stream is not found");
    }
}
