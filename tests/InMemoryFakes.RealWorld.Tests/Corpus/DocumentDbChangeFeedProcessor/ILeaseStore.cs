// Source: https://github.com/Azure/azure-documentdb-changefeedprocessor-dotnet
// Commit: 8dc433e83207
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample59 rule, fixed before probing (the whole walk is in Corpus/AzureIotRemoteMonitoring/
//   IVirtualDeviceStorage.cs): h-sample57's rule continued from the repository after the last it considered: the Azure/
//   repositories in find_repos("Azure/azure-") order past Azure-AppServices-Diagnostics (then, past that list's 100,
//   the same order from find_repos("Azure/azure-a") ... ("Azure/azure-x") merged), mostly C# at the newest stored
//   snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 8.
//   This one: the 5th pick (azure-documentdb-changefeedprocessor-dotnet, 145 .cs of 145 source files; its first and
//   only match, 4 members).
// Path: src/DocumentDB.ChangeFeedProcessor/LeaseManagement/ILeaseStore.cs (real store: DocumentServiceLeaseStore.cs
//   beside it, over Utils/DocumentClientExtensions.cs)
// Adapted: the namespace. Nullable disabled, as in the source (netstandard2.0 and net45, no Nullable).
// Real store: DocumentServiceLeaseStore, two documents in the Cosmos DB lease collection named by the processor's
//   prefix. IsInitializedAsync() answers whether the marker document "{prefix}.info" exists; MarkInitializedAsync()
//   creates it (a conflict when it exists is ignored). AcquireInitializationLockAsync(lockExpirationTime) creates the
//   lock document "{prefix}.lock" with that time to live (the collection's TTL removes it then), answering true and
//   keeping its ETag, or false when it exists (409). ReleaseInitializationLockAsync() deletes the lock document if it
//   still has the ETag kept (IfMatch) and answers true; false when it is not there (404); another ETag (a lock taken
//   by another instance after this one's expired) fails with 412, rethrown.
// First try (ac6de91): incomplete, nothing generated: IMF0001 on all 4, read as a key-value store ("not a known verb"
//   for each). The probe stops at IsInitializedAsync, the script's first line | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: a lock with a time to live released by the ETag it was taken with
//   is a lease protocol (issue 10 keeps distributed locks diagnostics); IsInitializedAsync/MarkInitializedAsync alone
//   would be a flag written once, but the fake would stay incomplete for the lock.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DocumentDbChangeFeedProcessor.ILeaseStoreCase;

/// <summary>
/// Represents the lease store container to deal with initialiation/cleanup of leases
/// for particular monitoring collection and lease container prefix.
/// </summary>
[InMemoryFake]
public interface ILeaseStore
{
    /// <summary>
    /// Checks if the lease store is initialized.
    /// </summary>
    Task<bool> IsInitializedAsync();

    /// <summary>
    /// Mark the store as initialized.
    /// </summary>
    Task MarkInitializedAsync();

    /// <summary>
    /// Places a lock on the lease store for initialization. Only one process may own the store for the lock time.
    /// </summary>
    /// <param name="lockExpirationTime">The time for the lock to expire.</param>
    /// <returns>True if the lock was acquired, false otherwise.</returns>
    /// <remarks>In order for expiration time work, lease colection needs to have TTL enabled.</remarks>
    Task<bool> AcquireInitializationLockAsync(TimeSpan lockExpirationTime);

    /// <summary>
    /// Releases the lock one the lease store for initialization.
    /// </summary>
    /// <returns>True if the lock was acquired and was relesed, false if the lock was not acquired.</returns>
    Task<bool> ReleaseInitializationLockAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ILeaseStore store)
    {
        Check.False(await store.IsInitializedAsync(), "a new lease store is not initialized");
        Check.True(await store.AcquireInitializationLockAsync(TimeSpan.FromSeconds(30)), "AcquireInitializationLockAsync takes a free lock");
        Check.False(await store.AcquireInitializationLockAsync(TimeSpan.FromSeconds(30)), "and answers false while the lock document exists (409)");
        await store.MarkInitializedAsync();
        Check.True(await store.IsInitializedAsync(), "MarkInitializedAsync creates the marker IsInitializedAsync looks for");
        await store.MarkInitializedAsync();
        Check.True(await store.IsInitializedAsync(), "a second MarkInitializedAsync is no error (409 ignored)");
        Check.True(await store.ReleaseInitializationLockAsync(), "ReleaseInitializationLockAsync deletes the lock taken");
        Check.False(await store.ReleaseInitializationLockAsync(), "and answers false once it is gone (404)");
        Check.True(await store.AcquireInitializationLockAsync(TimeSpan.FromSeconds(30)), "the lock can be taken again");
    }
}
