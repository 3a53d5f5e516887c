// Source: https://github.com/akkadotnet/Akka.Streams.Kafka
// Commit: cf03697d3744
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample110 rule (the whole rule and the repositories it skipped: Corpus/AkkaNet/
//   IExternalShardAllocationClient.cs). This one: the 2nd pick (the 4th repository listed), the first interface of its
//   snapshot in path order (Helpers/CommitRefreshing.cs comes before Helpers/Control.cs).
// Path: src/Akka.Streams.Kafka/Helpers/CommitRefreshing.cs (implementations beside it: CommitRefreshing.Impl<K, V>,
//   which keeps the offsets, and CommitRefreshing.NoOp<K, V>; the only caller: Stages/Consumers/Actors/
//   KafkaConsumerActor.cs)
// Adapted: public where the source has internal: the harness closes an open generic fake over the type arguments of
//   the smoke script's parameter, which a public script cannot name for an internal interface (the generator reads
//   both alike; only the fake's accessibility follows). Confluent.Kafka's TopicPartition, Partition, Offset and
//   TopicPartitionOffset cut to their values and value equality; IConsumer<K, V> cut to Position, the one member the
//   implementation calls. Nullable disabled, as in the source (no Nullable in src/Directory.Build.props or the
//   project).
// Real store: CommitRefreshing.Create(commitRefreshInterval) gives NoOp (every member does nothing, RefreshOffsets is
//   empty) for an infinite interval, the default of akka.kafka.consumer.commit-refresh-interval, else Impl, three
//   immutable dictionaries keyed by TopicPartition: requested offsets, committed offsets and refresh deadlines.
//   Add(offsets) sets the requested offset of each partition given; Committed(offsets) sets the committed ones;
//   Revoke(partitions) removes the partitions from all three; UpdateRefreshDeadlines(partitions) sets each deadline to
//   DateTime.UtcNow + the interval; RefreshOffsets answers the committed offsets of the partitions whose deadline has
//   passed and whose committed offset equals the requested one (empty when no deadline has passed).
//   AssignedPositions(partitions, offsets) adds the offsets of partitions not requested or committed yet, then sets
//   the deadlines; as written it ends by replacing the requested offsets with the committed ones plus the new
//   (`_requestedOffsets = _committedOffsets.SetItems(…)`). The overload taking a consumer asks it for each partition's
//   Position and hands on to the first.
// Shapes: *=none; Add=18; Revoke=18; Committed=1,18
// First try (fa08f2db): incomplete, nothing generated (read as a key-value store without keys whose one value is an
//   IImmutableSet<TopicPartitionOffset>): IMF0001 on all 7: Add ("it writes a value without a key, and no member reads
//   it back"), Committed, both AssignedPositions ("not a known verb"), Revoke ("means opposite things in different
//   stores"), UpdateRefreshDeadlines ("'RefreshDeadlines' … is no noun of this store") and RefreshOffsets ("it returns
//   … IImmutableSet<TopicPartitionOffset>, an interface: the real store's own engine or service"); IMF0020 on the set
//   values (stored by reference), IMF0021; the probe stops at RefreshOffsets, the script's first line | WRONG: none
//   (nothing generated).
// After this round: unchanged, and rightly refused: three tables by partition, a refresh deadline on the wall clock and
//   an interval given to the factory, none of which a signature states. RefreshOffsets' refusal now says it returns a
//   collection of TopicPartitionOffset the store picks by a rule of its own (it called the set "the real store's own
//   engine or service"; Sample110Tests).
#nullable disable

using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AkkaStreamsKafka.ICommitRefreshingCase;

// Confluent.Kafka
public readonly struct Partition : IEquatable<Partition>
{
    public Partition(int partition) => Value = partition;

    public int Value { get; }

    public static implicit operator Partition(int partition) => new(partition);

    public bool Equals(Partition other) => Value == other.Value;

    public override bool Equals(object obj) => obj is Partition other && Equals(other);

    public override int GetHashCode() => Value;
}

// Confluent.Kafka
public readonly struct Offset : IEquatable<Offset>
{
    public Offset(long offset) => Value = offset;

    public long Value { get; }

    public static implicit operator Offset(long offset) => new(offset);

    public bool Equals(Offset other) => Value == other.Value;

    public override bool Equals(object obj) => obj is Offset other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();
}

// Confluent.Kafka
public class TopicPartition : IEquatable<TopicPartition>
{
    public TopicPartition(string topic, Partition partition)
    {
        Topic = topic;
        Partition = partition;
    }

    public string Topic { get; }

    public Partition Partition { get; }

    public bool Equals(TopicPartition other) => other is not null && Topic == other.Topic && Partition.Equals(other.Partition);

    public override bool Equals(object obj) => Equals(obj as TopicPartition);

    public override int GetHashCode() => HashCode.Combine(Topic, Partition);
}

// Confluent.Kafka
public class TopicPartitionOffset : IEquatable<TopicPartitionOffset>
{
    public TopicPartitionOffset(TopicPartition tp, Offset offset)
    {
        Topic = tp.Topic;
        Partition = tp.Partition;
        Offset = offset;
    }

    public string Topic { get; }

    public Partition Partition { get; }

    public Offset Offset { get; }

    public TopicPartition TopicPartition => new(Topic, Partition);

    public bool Equals(TopicPartitionOffset other) => other is not null && Topic == other.Topic && Partition.Equals(other.Partition) && Offset.Equals(other.Offset);

    public override bool Equals(object obj) => Equals(obj as TopicPartitionOffset);

    public override int GetHashCode() => HashCode.Combine(Topic, Partition, Offset);
}

// Confluent.Kafka
public interface IConsumer<TKey, TValue>
{
    Offset Position(TopicPartition partition);
}

/// <summary>
/// This is used by <see cref="KafkaConsumerActor{K,V}"/> to store consumer offsets
/// </summary>
[InMemoryFake]
public interface ICommitRefreshing<K, V>
{
    void Add(IImmutableSet<TopicPartitionOffset> offsets);
    void Committed(IImmutableSet<TopicPartitionOffset> offsets);
    void Revoke(IImmutableSet<TopicPartition> revokedTopicPartitions);
    IImmutableSet<TopicPartitionOffset> RefreshOffsets { get; }
    void UpdateRefreshDeadlines(IImmutableSet<TopicPartition> topicPartitions);
    void AssignedPositions(IImmutableSet<TopicPartition> assignedPartitions, IImmutableSet<TopicPartitionOffset> assignedOffsets);
    void AssignedPositions(IImmutableSet<TopicPartition> assignedTopicPartitions, IConsumer<K, V> consumer, TimeSpan positionTimeout);
}

public static class Smoke
{
    // As Impl<K, V> with a refresh interval shorter than the script's pause (KafkaConsumerActor's K and V: the
    // consumer's key and value types).
    public static async Task RunAsync(ICommitRefreshing<string, byte[]> refreshing)
    {
        var orders0 = new TopicPartition("orders", 0);
        var orders1 = new TopicPartition("orders", 1);
        var at5 = new TopicPartitionOffset(orders0, 5);

        Check.Equal(0, refreshing.RefreshOffsets.Count, "nothing to refresh before any offset");

        refreshing.Add(ImmutableHashSet.Create(at5));
        refreshing.Committed(ImmutableHashSet.Create(at5));
        refreshing.UpdateRefreshDeadlines(ImmutableHashSet.Create(orders0, orders1));
        await Task.Delay(TimeSpan.FromMilliseconds(200));

        var due = refreshing.RefreshOffsets;
        Check.Equal(1, due.Count, "a partition past its deadline whose committed offset is the requested one is refreshed (orders-1 has no offset)");
        Check.True(due.Contains(at5), "with its committed offset");

        refreshing.Revoke(ImmutableHashSet.Create(orders0));
        Check.Equal(0, refreshing.RefreshOffsets.Count, "a revoked partition loses its offsets and deadline");
    }
}
