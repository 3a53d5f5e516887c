// Source: https://github.com/tangxuehua/equeue
// Commit: 3b8eb8726b87
// Licence: MIT (license.txt; an interface signature and cut-down models transcribed for a test)
// Sample: h-sample112 rule (the whole rule and the repositories it skipped: Corpus/DotNetWorkQueue/IDashboardApi.cs).
//   This one: the 3rd pick (the 66th repository listed). Before it in path order: src/EQueue/Broker/
//   DeleteMessageStrategies/IDeleteMessageStrategy (1 member).
// Path: src/EQueue/Broker/IConsumeOffsetStore.cs (real store: src/EQueue/Broker/DefaultConsumeOffsetStore.cs; models:
//   src/EQueue/Protocols/Brokers/QueueKey.cs, TopicConsumeInfo.cs)
// Adapted: the namespaces (one for all); TopicConsumeInfo cut to ConsumerGroup, Topic, QueueId and ConsumedOffset (its
//   statistics and CalculateQueueNotConsumeCount left out); QueueKey kept whole but for IComparable. Nullable
//   disabled, as in the source (netstandard2.1, no Nullable in the csproj).
// Real store: DefaultConsumeOffsetStore, the broker's consumed offsets: a ConcurrentDictionary by consumer group of
//   ConcurrentDictionary<QueueKey(topic, queueId), long>, written to consume-offsets.json (and a backup copy) by a
//   scheduled task and on Shutdown, read back by Start (both do nothing in the broker's memory mode), and a second
//   such dictionary of "next" offsets an admin sets, never persisted. UpdateConsumeOffset(topic, queueId, offset,
//   group) sets the group's offset of the queue (adds the group when new; the offset is the 3rd argument, the group
//   the 4th). GetConsumeOffset(topic, queueId, group) answers it, -1 when the group or queue has none.
//   GetMinConsumedOffset(topic, queueId) is the least offset of that queue over the groups, -1 when none has one.
//   GetConsumerGroupCount() / GetAllConsumerGroupNames() count and list the groups of the first dictionary (a group
//   whose offsets were all deleted still counts). DeleteConsumerGroup(group) removes the group, true when it was
//   there. DeleteConsumeOffset(queueKey) removes that queue's offset from every group (the groups stay) and persists.
//   SetConsumeNextOffset(topic, queueId, group, nextOffset) stores a next offset; TryFetchNextConsumeOffset(…, out
//   nextOffset) takes it out (removes it): true and the offset once, then false and 0. GetConsumeKeys() lists the
//   distinct queue keys over the groups. GetAllTopicConsumeInfoList() answers a TopicConsumeInfo per group and queue
//   (ConsumedOffset filled, the statistics 0), sorted by group, topic, queue id; GetTopicConsumeInfoList(groupName,
//   topic) those of one group and topic, empty when either is null or empty.
// Shapes: *=core; Start=17; Shutdown=17; DeleteConsumerGroup=1; TryFetchNextConsumeOffset=19
// First try (fa08f2db): incomplete: IMF0001 on all 14 members, read as a key-value store of long values by string:
//   Start and Shutdown (not a known verb); GetConsumerGroupCount, GetAllConsumerGroupNames, DeleteConsumerGroup,
//   GetMinConsumedOffset, SetConsumeNextOffset, GetConsumeKeys, GetAllTopicConsumeInfoList and GetTopicConsumeInfoList
//   ("… after it is no noun of this store"); GetConsumeOffset ("its parameter 'queueId' (int) after the key 'topic' is
//   nothing a key-value store knows"); UpdateConsumeOffset ("its value type int differs from the store's value type
//   long": a cause it does not have, queueId being a part of the key and offset, the 3rd parameter, the value);
//   DeleteConsumeOffset ("its parameter 'queueKey' (QueueKey) is not the key (string)"); TryFetchNextConsumeOffset
//   ("its parameter 'nextOffset' is passed out") | WRONG: none (nothing generated). Right in substance: offsets by
//   group and queue (a nested dictionary), -1 for none where a fake's default is 0, a minimum over the groups, a
//   removal from every group that keeps the groups, a take-once "next" offset and a JSON file the broker loads.
// After this round: UpdateConsumeOffset's refusal names its real cause (Sample112Tests): "it takes 'queueId' (int)
//   after the key 'topic', named as a key or a part of one, and 'offset' (long, the store's value type) after it, so it
//   reads as a write of 'offset' under a key of 3 parts (topic, queueId, group) …". The other 13 unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EQueue.IConsumeOffsetStoreCase;

[Serializable]
public class QueueKey
{
    public string Topic { get; set; }
    public int QueueId { get; set; }

    public QueueKey() { }
    public QueueKey(string topic, int queueId)
    {
        Topic = topic;
        QueueId = queueId;
    }

    public static bool operator ==(QueueKey left, QueueKey right) => IsEqual(left, right);
    public static bool operator !=(QueueKey left, QueueKey right) => !IsEqual(left, right);

    public override bool Equals(object obj)
    {
        if (obj == null || obj.GetType() != GetType())
        {
            return false;
        }

        var other = (QueueKey)obj;
        return Topic == other.Topic && QueueId == other.QueueId;
    }

    public override int GetHashCode() => (Topic + QueueId.ToString()).GetHashCode();

    public override string ToString() => string.Format("{0}@{1}", Topic, QueueId);

    private static bool IsEqual(QueueKey left, QueueKey right)
    {
        if (ReferenceEquals(left, null) ^ ReferenceEquals(right, null))
        {
            return false;
        }

        return ReferenceEquals(left, null) || left.Equals(right);
    }
}

[Serializable]
public class TopicConsumeInfo
{
    public string ConsumerGroup { get; set; }
    public string Topic { get; set; }
    public int QueueId { get; set; }
    public long ConsumedOffset { get; set; }
}

[InMemoryFake]
public interface IConsumeOffsetStore
{
    void Start();
    void Shutdown();
    int GetConsumerGroupCount();
    IEnumerable<string> GetAllConsumerGroupNames();
    bool DeleteConsumerGroup(string group);
    long GetConsumeOffset(string topic, int queueId, string group);
    long GetMinConsumedOffset(string topic, int queueId);
    void UpdateConsumeOffset(string topic, int queueId, long offset, string group);
    void DeleteConsumeOffset(QueueKey queueKey);
    void SetConsumeNextOffset(string topic, int queueId, string group, long nextOffset);
    bool TryFetchNextConsumeOffset(string topic, int queueId, string group, out long nextOffset);
    IEnumerable<QueueKey> GetConsumeKeys();
    IEnumerable<TopicConsumeInfo> GetAllTopicConsumeInfoList();
    IEnumerable<TopicConsumeInfo> GetTopicConsumeInfoList(string groupName, string topic);
}

public static class Smoke
{
    public static Task RunAsync(IConsumeOffsetStore store)
    {
        Check.Equal(-1L, store.GetConsumeOffset("orders", 0, "billing"), "no offset yet: -1");

        store.UpdateConsumeOffset("orders", 0, 10L, "billing");
        Check.Equal(10L, store.GetConsumeOffset("orders", 0, "billing"), "the offset set is read back");
        store.UpdateConsumeOffset("orders", 0, 12L, "billing");
        Check.Equal(12L, store.GetConsumeOffset("orders", 0, "billing"), "a later offset replaces it");
        Check.Equal(-1L, store.GetConsumeOffset("orders", 1, "billing"), "another queue of the topic has none");

        store.UpdateConsumeOffset("orders", 0, 5L, "audit");
        Check.Equal(5L, store.GetMinConsumedOffset("orders", 0), "the least offset over the groups");
        Check.Equal(-1L, store.GetMinConsumedOffset("orders", 1), "no group has consumed queue 1");
        Check.Equal(2, store.GetConsumerGroupCount(), "two groups");
        Check.Equal("audit,billing", string.Join(",", store.GetAllConsumerGroupNames().OrderBy(n => n, StringComparer.Ordinal)), "both group names");
        Check.Equal(1, store.GetConsumeKeys().Count(), "one distinct queue key over the groups");

        var infos = store.GetTopicConsumeInfoList("billing", "orders").ToList();
        Check.Equal(1, infos.Count, "one queue of the topic for the group");
        Check.Equal(12L, infos[0].ConsumedOffset, "with its consumed offset");
        Check.Equal(2, store.GetAllTopicConsumeInfoList().Count(), "one info per group and queue");

        store.SetConsumeNextOffset("orders", 0, "billing", 20L);
        Check.True(store.TryFetchNextConsumeOffset("orders", 0, "billing", out var next), "the next offset set is fetched");
        Check.Equal(20L, next, "with its value");
        Check.False(store.TryFetchNextConsumeOffset("orders", 0, "billing", out next), "fetching takes it out");
        Check.Equal(12L, store.GetConsumeOffset("orders", 0, "billing"), "the next offset is not the consumed offset");

        store.DeleteConsumeOffset(new QueueKey("orders", 0));
        Check.Equal(-1L, store.GetConsumeOffset("orders", 0, "billing"), "the queue's offset is gone from every group");
        Check.Equal(2, store.GetConsumerGroupCount(), "the groups stay");

        Check.True(store.DeleteConsumerGroup("audit"), "deleting a group that is there");
        Check.False(store.DeleteConsumerGroup("audit"), "and again: not there");
        Check.Equal(1, store.GetConsumerGroupCount(), "one group left");

        store.Start();
        store.Shutdown();
        return Task.CompletedTask;
    }
}
