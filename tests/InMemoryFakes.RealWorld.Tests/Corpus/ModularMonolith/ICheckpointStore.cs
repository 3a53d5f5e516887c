// Source: https://github.com/kgrzybek/modular-monolith-with-ddd
// Commit: 91c8ef24b4cb
// Licence: MIT
// Path: src/Modules/Payments/Infrastructure/AggregateStore/ICheckpointStore.cs (SubscriptionCode.cs)
// Real store: src/Modules/Payments/Infrastructure/AggregateStore/SqlServerCheckpointStore.cs: GetCheckpoint(code) = the
//   stored position or null; StoreCheckpoint(code, position) inserts when there is none, else updates it.
// Shapes: GetCheckpoint=1; StoreCheckpoint=1
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolith.ICheckpointStoreCase;

public enum SubscriptionCode
{
    Payments,
}

[InMemoryFake]
public interface ICheckpointStore
{
    long? GetCheckpoint(SubscriptionCode subscriptionCode);
    Task StoreCheckpoint(SubscriptionCode subscriptionCode, long checkpoint);
}

public static class Smoke
{
    public static async Task RunAsync(ICheckpointStore store)
    {
        Check.Null(store.GetCheckpoint(SubscriptionCode.Payments), "no checkpoint before the first store");
        await store.StoreCheckpoint(SubscriptionCode.Payments, 10);
        Check.Equal(10L, store.GetCheckpoint(SubscriptionCode.Payments), "StoreCheckpoint inserts the position");
        await store.StoreCheckpoint(SubscriptionCode.Payments, 25);
        Check.Equal(25L, store.GetCheckpoint(SubscriptionCode.Payments), "StoreCheckpoint updates the position");
    }
}
