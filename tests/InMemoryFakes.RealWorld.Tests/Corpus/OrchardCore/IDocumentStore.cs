// Source: https://github.com/OrchardCMS/OrchardCore
// Commit: 5d7b72e8674d
// Licence: BSD-3-Clause
// Path: src/OrchardCore/OrchardCore.Data.Abstractions/Documents/IDocumentStore.cs (DocumentStoreCommitSuccessDelegate.cs,
//   DocumentStoreCommitFailureDelegate.cs)
// Adapted: the two delegates are declared here with their signatures (Task(), Task(DocumentStoreCommitException));
//   DocumentStoreCommitException is a plain Exception subclass; a SiteSettings document stands for the document types.
// Real store: src/OrchardCore/OrchardCore.Data.YesSql/Documents/DocumentStore.cs over a YesSql session, one instance per
//   scope: one document per type T; GetOrCreateMutableAsync<T> loads it (or runs factoryAsync, or new T()) and tracks it
//   for update; GetOrCreateImmutableAsync<T> returns (true, the stored or created document), or (false, the mutable one)
//   when it was already loaded for update in the scope; UpdateAsync saves the document in the session and calls
//   updateCache after the commit; CommitAsync writes the session; CancelAsync drops the pending changes.
// Shapes: *=12,3; GetOrCreateMutableAsync=5,12; GetOrCreateImmutableAsync=5,12; UpdateAsync=5,12; AfterCommitSuccess=5; AfterCommitFailure=5
// First try (a75b0ce): incomplete: IMF0001 on all 7 members (GetOrCreateMutableAsync, GetOrCreateImmutableAsync,
//   UpdateAsync, CancelAsync, AfterCommitSuccess, AfterCommitFailure, CommitAsync) | WRONG: none
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OrchardCore.IDocumentStoreCase;

public class DocumentStoreCommitException : Exception
{
    public DocumentStoreCommitException(string message) : base(message)
    {
    }
}

public delegate Task DocumentStoreCommitSuccessDelegate();

public delegate Task DocumentStoreCommitFailureDelegate(DocumentStoreCommitException exception);

public class SiteSettings
{
    public string SiteName { get; set; }
}

[InMemoryFake]
public interface IDocumentStore
{
    Task<T> GetOrCreateMutableAsync<T>(Func<Task<T>> factoryAsync = null) where T : class, new();

    Task<(bool, T)> GetOrCreateImmutableAsync<T>(Func<Task<T>> factoryAsync = null) where T : class, new();

    Task UpdateAsync<T>(T document, Func<T, Task> updateCache, bool checkConcurrency = false);

    Task CancelAsync();

    void AfterCommitSuccess<T>(DocumentStoreCommitSuccessDelegate afterCommit);

    void AfterCommitFailure<T>(DocumentStoreCommitFailureDelegate afterCommit);

    Task CommitAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IDocumentStore store)
    {
        var settings = await store.GetOrCreateMutableAsync<SiteSettings>();
        Check.NotNull(settings, "GetOrCreateMutableAsync creates the document when none is stored");
        settings.SiteName = "Orchard";
        var updatedCache = false;
        await store.UpdateAsync(settings, _ => { updatedCache = true; return Task.CompletedTask; });
        await store.CommitAsync();
        Check.True(updatedCache, "UpdateAsync's updateCache runs after the commit");
        var (cacheable, stored) = await store.GetOrCreateImmutableAsync<SiteSettings>();
        Check.Equal("Orchard", stored.SiteName, "the committed document is read back");
    }
}
