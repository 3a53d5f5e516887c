// Source: https://github.com/exceptionless/Exceptionless
// Commit: f5f0d885420
// Licence: Apache-2.0
// Path: src/Exceptionless.Core/Repositories/Interfaces/IEventRepository.cs (IRepositoryOwnedByOrganizationAndProject.cs,
//   IRepositoryOwnedByOrganization.cs, IRepositoryOwnedByProject.cs; models: src/Exceptionless.Core/Models/
//   PersistentEvent.cs, Interfaces/IOwnedBy*.cs, Results/PreviousAndNextEventIdResult.cs,
//   Repositories/Queries/AppFilter.cs; base interfaces from FoundatioFx/Foundatio.Repositories at df82427046c2:
//   src/Foundatio.Repositories/ISearchableRepository.cs, IRepository.cs, IReadOnlyRepository.cs,
//   ISearchableReadOnlyRepository.cs, Id.cs, Models/, Options/, Queries/)
// Adapted: PersistentEvent keeps Id, OrganizationId, ProjectId, StackId, Type, Date, ReferenceId, IsFirstOccurrence,
//   CreatedUtc and a Data dictionary; AppFilter keeps nothing of its organization/project/stack filter; Foundatio's
//   types keep only what the signatures name.
// Real store: src/Exceptionless.Core/Repositories/EventRepository.cs on RepositoryOwnedByOrganizationAndProject /
//   Foundatio's ElasticRepositoryBase (Elasticsearch, daily indexes): AddAsync gives an event without an Id a new
//   ObjectId; GetByIdAsync returns it or null; GetByReferenceIdAsync(projectId, referenceId) the project's events with
//   that reference id; GetByOrganizationIdAsync / GetByProjectIdAsync the owner's events; RemoveAllByOrganizationIdAsync,
//   RemoveAllByProjectIdAsync(organizationId, projectId) and RemoveAllByStackIdsAsync(stackIds) delete them and return how
//   many; RemoveAllAsync(organizationId, clientIpAddress, utcStart, utcEnd) deletes the organization's events from that
//   IP in that range; GetPreviousAndNextEventIdsAsync and GetOpenSessionsAsync run date-window queries;
//   UpdateSessionStartLastActivityAsync patches the session-start event's data.
// Shapes: *=core; GetByReferenceIdAsync=4; GetByOrganizationIdAsync=4; GetByProjectIdAsync=4;
//   RemoveAllByOrganizationIdAsync=4; RemoveAllByProjectIdAsync=4; RemoveAllByStackIdsAsync=18;
//   GetPreviousAndNextEventIdsAsync=core; GetOpenSessionsAsync=core; UpdateSessionStartLastActivityAsync=20;
//   FindAsync=2; FindAsAsync=5; FindOneAsync=2; CountAsync=2; ExistsAsync=2; PatchAsync=20; PatchAllAsync=20;
//   BatchProcessAsync=2; BatchProcessAsAsync=5; RemoveAllAsync=2; GetByIdsAsync=18
// First try (bb0aa1c): incomplete: IMF0001 on every Foundatio member (the Id struct parameter, the options
//   and query-builder parameters, the AsyncEvent properties, PatchAsync, BatchProcess…), IMF0018 GetByIdsAsync (2),
//   RemoveAllByProjectIdAsync, IMF0019 GetByOrganizationIdAsync, GetByProjectIdAsync, GetByReferenceIdAsync (FindResults
//   is no paged result type) | WRONG: none (RemoveAllByOrganizationIdAsync and RemoveAllByStackIdsAsync generated right)
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Exceptionless.IEventRepositoryCase;

public interface IOwnedByOrganization
{
    string OrganizationId { get; set; }
}

public interface IOwnedByProject
{
    string ProjectId { get; set; }
}

public interface IOwnedByOrganizationAndProjectWithIdentity : IOwnedByOrganization, IOwnedByProject, IIdentity { }

public class PersistentEvent : IOwnedByOrganizationAndProjectWithIdentity
{
    public string Id { get; set; } = null!;
    public string OrganizationId { get; set; } = null!;
    public string ProjectId { get; set; } = null!;
    public string StackId { get; set; } = null!;
    public string? Type { get; set; }
    public DateTimeOffset Date { get; set; }
    public string? ReferenceId { get; set; }
    public bool IsFirstOccurrence { get; set; }
    public DateTime CreatedUtc { get; set; }
    public Dictionary<string, string> Data { get; set; } = new();
}

public class AppFilter { }

public class PreviousAndNextEventIdResult
{
    public string? Previous { get; set; }
    public string? Next { get; set; }
}

public interface IRepositoryOwnedByOrganization<T> : ISearchableRepository<T> where T : class, IOwnedByOrganization, IIdentity, new()
{
    Task<FindResults<T>> GetByOrganizationIdAsync(string organizationId, CommandOptionsDescriptor<T>? options = null);
    Task<long> RemoveAllByOrganizationIdAsync(string organizationId);
}

public interface IRepositoryOwnedByProject<T> : ISearchableRepository<T> where T : class, IOwnedByProject, IIdentity, new()
{
    Task<FindResults<T>> GetByProjectIdAsync(string projectId, CommandOptionsDescriptor<T>? options = null);
    Task<long> RemoveAllByProjectIdAsync(string organizationId, string projectId);
}

public interface IRepositoryOwnedByOrganizationAndProject<T> : IRepositoryOwnedByOrganization<T>, IRepositoryOwnedByProject<T> where T : class, IOwnedByOrganizationAndProjectWithIdentity, new() { }

[InMemoryFake]
public interface IEventRepository : IRepositoryOwnedByOrganizationAndProject<PersistentEvent>
{
    Task<FindResults<PersistentEvent>> GetByReferenceIdAsync(string projectId, string referenceId);
    Task<PreviousAndNextEventIdResult> GetPreviousAndNextEventIdsAsync(PersistentEvent ev, AppFilter? systemFilter = null, DateTime? utcStart = null, DateTime? utcEnd = null);
    Task<FindResults<PersistentEvent>> GetOpenSessionsAsync(DateTime createdBeforeUtc, CommandOptionsDescriptor<PersistentEvent>? options = null);
    Task<bool> UpdateSessionStartLastActivityAsync(string id, DateTime lastActivityUtc, bool isSessionEnd = false, bool hasError = false, bool sendNotifications = true);
    Task<long> RemoveAllAsync(string organizationId, string? clientIpAddress, DateTime? utcStart, DateTime? utcEnd, CommandOptionsDescriptor<PersistentEvent>? options = null);
    Task<long> RemoveAllByStackIdsAsync(string[] stackIds);
}

public static class Smoke
{
    public static async Task RunAsync(IEventRepository repository)
    {
        var first = await repository.AddAsync(new PersistentEvent { OrganizationId = "o1", ProjectId = "p1", StackId = "s1", Type = "error", ReferenceId = "ref-1" });
        Check.True(!string.IsNullOrEmpty(first.Id), "AddAsync gives the event an id");
        await repository.AddAsync(new PersistentEvent { OrganizationId = "o1", ProjectId = "p2", StackId = "s2", Type = "log" });
        await repository.AddAsync(new PersistentEvent { OrganizationId = "o2", ProjectId = "p3", StackId = "s3", Type = "log", ReferenceId = "ref-1" });
        Check.Equal("s1", (await repository.GetByIdAsync(first.Id))?.StackId, "GetByIdAsync finds the event");
        Check.Equal(1, (await repository.GetByReferenceIdAsync("p1", "ref-1")).Documents.Count, "GetByReferenceIdAsync finds the project's event with that reference id");
        Check.Equal(2, (await repository.GetByOrganizationIdAsync("o1")).Documents.Count, "GetByOrganizationIdAsync finds the organization's events");
        Check.Equal(1, (await repository.GetByProjectIdAsync("p2")).Documents.Count, "GetByProjectIdAsync finds the project's events");
        Check.Equal(1L, await repository.RemoveAllByStackIdsAsync(["s2", "missing"]), "RemoveAllByStackIdsAsync removes the stacks' events");
        Check.Equal(1L, await repository.RemoveAllByOrganizationIdAsync("o1"), "RemoveAllByOrganizationIdAsync removes the organization's events");
        Check.Equal(1L, (await repository.CountAsync()).Total, "one event is left");
    }
}

// ---- Foundatio.Repositories (df82427046c2): src/Foundatio.Repositories/IReadOnlyRepository.cs, IRepository.cs,
// ISearchableReadOnlyRepository.cs, ISearchableRepository.cs, Id.cs, Models/*, Options/*, Queries/*, cut to the types the
// signatures name.

public record struct Id
{
    public Id(string id, string? routing = null)
    {
        Value = id;
        Routing = routing;
    }

    public string Value { get; }
    public string? Routing { get; }

    public static implicit operator Id(string id) => new(id);
    public static implicit operator string(Id id) => id.ToString();

    public override string ToString() => Routing == null ? Value : string.Concat(Routing, "-", Value);
}

public class Ids : List<Id>
{
    public Ids() { }
    public Ids(params string[]? ids) : base(ids is not null ? ids.Select(i => (Id)i) : []) { }
    public static implicit operator Ids(Id id) => new() { id };
    public static implicit operator Ids(string[] ids) => new(ids);
}

public interface IIdentity
{
    string Id { get; set; }
}

public interface IOptions { }
public interface ICommandOptions : IOptions { }
public interface ICommandOptions<T> : ICommandOptions where T : class { }
public delegate ICommandOptions<T> CommandOptionsDescriptor<T>(ICommandOptions<T> options) where T : class;
public interface IRepositoryQuery : IOptions { }
public interface IRepositoryQuery<T> : IRepositoryQuery where T : class { }
public delegate IRepositoryQuery<T> RepositoryQueryDescriptor<T>(IRepositoryQuery<T> query) where T : class;
public interface IPatchOperation { }

public class CountResult
{
    public CountResult(long total = 0) => Total = total;
    public long Total { get; protected set; }
}

public class FindHit<T>
{
    public FindHit(string id, T? document) { Id = id; Document = document; }
    public string Id { get; }
    public T? Document { get; }
}

public class FindResults<T> : CountResult where T : class
{
    public FindResults(IEnumerable<FindHit<T>>? hits = null, long total = 0) : base(total)
    {
        Hits = (hits ?? []).ToList();
        Documents = Hits.Where(h => h.Document is not null).Select(h => h.Document!).ToList();
    }

    public IReadOnlyCollection<T> Documents { get; }
    public IReadOnlyCollection<FindHit<T>> Hits { get; }
}

public class AsyncEvent<TEventArgs> where TEventArgs : EventArgs
{
    private readonly List<Func<object, TEventArgs, Task>> _handlers = [];
    public IDisposable AddHandler(Func<object, TEventArgs, Task> callback) { _handlers.Add(callback); return new Removal(() => _handlers.Remove(callback)); }
    private sealed class Removal(Action remove) : IDisposable { public void Dispose() => remove(); }
}

public class BeforeQueryEventArgs<T> : EventArgs where T : class { }
public class AfterQueryEventArgs<T> : EventArgs where T : class { }
public class DocumentsEventArgs<T> : EventArgs where T : class { }
public class ModifiedDocumentsEventArgs<T> : EventArgs where T : class { }
public class DocumentsChangeEventArgs<T> : EventArgs where T : class { }

public interface IReadOnlyRepository<T> where T : class, new()
{
    Task<T?> GetByIdAsync(Id id, CommandOptionsDescriptor<T>? options);
    Task<T?> GetByIdAsync(Id id, ICommandOptions? options = null);
    Task<IReadOnlyCollection<T>> GetByIdsAsync(Ids ids, CommandOptionsDescriptor<T>? options);
    Task<IReadOnlyCollection<T>> GetByIdsAsync(Ids ids, ICommandOptions? options = null);
    Task<FindResults<T>> GetAllAsync(CommandOptionsDescriptor<T>? options);
    Task<FindResults<T>> GetAllAsync(ICommandOptions? options = null);
    Task<bool> ExistsAsync(Id id, CommandOptionsDescriptor<T>? options);
    Task<bool> ExistsAsync(Id id, ICommandOptions? options = null);
    Task<CountResult> CountAsync(CommandOptionsDescriptor<T>? options);
    Task<CountResult> CountAsync(ICommandOptions? options = null);
    Task InvalidateCacheAsync(T document);
    Task InvalidateCacheAsync(IEnumerable<T> documents);
    Task InvalidateCacheAsync(string cacheKey);
    Task InvalidateCacheAsync(IEnumerable<string> cacheKeys);
    AsyncEvent<BeforeQueryEventArgs<T>> BeforeQuery { get; }
    AsyncEvent<AfterQueryEventArgs<T>> AfterQuery { get; }
}

public interface IRepository<T> : IReadOnlyRepository<T> where T : class, IIdentity, new()
{
    Task<T> AddAsync(T document, CommandOptionsDescriptor<T>? options);
    Task<T> AddAsync(T document, ICommandOptions? options = null);
    Task AddAsync(IEnumerable<T> documents, CommandOptionsDescriptor<T>? options);
    Task AddAsync(IEnumerable<T> documents, ICommandOptions? options = null);
    Task<T> SaveAsync(T document, CommandOptionsDescriptor<T>? options);
    Task<T> SaveAsync(T document, ICommandOptions? options = null);
    Task SaveAsync(IEnumerable<T> documents, CommandOptionsDescriptor<T>? options);
    Task SaveAsync(IEnumerable<T> documents, ICommandOptions? options = null);
    Task<bool> PatchAsync(Id id, IPatchOperation operation, CommandOptionsDescriptor<T>? options);
    Task<bool> PatchAsync(Id id, IPatchOperation operation, ICommandOptions? options = null);
    Task<long> PatchAsync(Ids ids, IPatchOperation operation, CommandOptionsDescriptor<T>? options);
    Task<long> PatchAsync(Ids ids, IPatchOperation operation, ICommandOptions? options = null);
    Task RemoveAsync(Id id, CommandOptionsDescriptor<T>? options);
    Task RemoveAsync(Id id, ICommandOptions? options = null);
    Task RemoveAsync(Ids ids, CommandOptionsDescriptor<T>? options);
    Task RemoveAsync(Ids ids, ICommandOptions? options = null);
    Task RemoveAsync(T document, CommandOptionsDescriptor<T>? options);
    Task RemoveAsync(T document, ICommandOptions? options = null);
    Task RemoveAsync(IEnumerable<T> documents, CommandOptionsDescriptor<T>? options);
    Task RemoveAsync(IEnumerable<T> documents, ICommandOptions? options = null);
    Task<long> RemoveAllAsync(CommandOptionsDescriptor<T>? options);
    Task<long> RemoveAllAsync(ICommandOptions? options = null);
    AsyncEvent<DocumentsEventArgs<T>> DocumentsAdding { get; }
    AsyncEvent<DocumentsEventArgs<T>> DocumentsAdded { get; }
    AsyncEvent<ModifiedDocumentsEventArgs<T>> DocumentsSaving { get; }
    AsyncEvent<ModifiedDocumentsEventArgs<T>> DocumentsSaved { get; }
    AsyncEvent<DocumentsEventArgs<T>> DocumentsRemoving { get; }
    AsyncEvent<DocumentsEventArgs<T>> DocumentsRemoved { get; }
    AsyncEvent<DocumentsChangeEventArgs<T>> DocumentsChanging { get; }
    AsyncEvent<DocumentsChangeEventArgs<T>> DocumentsChanged { get; }
}

public interface ISearchableReadOnlyRepository<T> : IReadOnlyRepository<T> where T : class, new()
{
    Task RemoveQueryAsync(string queryId);
    Task<FindResults<T>> FindAsync(RepositoryQueryDescriptor<T> query, CommandOptionsDescriptor<T>? options = null);
    Task<FindResults<T>> FindAsync(IRepositoryQuery query, ICommandOptions? options = null);
    Task<FindResults<TResult>> FindAsAsync<TResult>(RepositoryQueryDescriptor<T> query, CommandOptionsDescriptor<T>? options = null) where TResult : class, new();
    Task<FindResults<TResult>> FindAsAsync<TResult>(IRepositoryQuery query, ICommandOptions? options = null) where TResult : class, new();
    Task<FindHit<T>> FindOneAsync(RepositoryQueryDescriptor<T> query, CommandOptionsDescriptor<T>? options = null);
    Task<FindHit<T>> FindOneAsync(IRepositoryQuery query, ICommandOptions? options = null);
    Task<CountResult> CountAsync(RepositoryQueryDescriptor<T> query, CommandOptionsDescriptor<T>? options = null);
    Task<CountResult> CountAsync(IRepositoryQuery query, ICommandOptions? options = null);
    Task<bool> ExistsAsync(RepositoryQueryDescriptor<T> query, CommandOptionsDescriptor<T>? options = null);
    Task<bool> ExistsAsync(IRepositoryQuery query, ICommandOptions? options = null);
}

public interface ISearchableRepository<T> : IRepository<T>, ISearchableReadOnlyRepository<T> where T : class, IIdentity, new()
{
    Task<long> PatchAllAsync(RepositoryQueryDescriptor<T> query, IPatchOperation operation, CommandOptionsDescriptor<T>? options = null);
    Task<long> PatchAllAsync(IRepositoryQuery query, IPatchOperation operation, ICommandOptions? options = null);
    Task<long> RemoveAllAsync(RepositoryQueryDescriptor<T> query, CommandOptionsDescriptor<T>? options = null);
    Task<long> RemoveAllAsync(IRepositoryQuery query, ICommandOptions? options = null);
    Task<long> BatchProcessAsync(RepositoryQueryDescriptor<T> query, Func<FindResults<T>, Task<bool>> processFunc, CommandOptionsDescriptor<T>? options = null);
    Task<long> BatchProcessAsync(IRepositoryQuery query, Func<FindResults<T>, Task<bool>> processFunc, ICommandOptions? options = null);
    Task<long> BatchProcessAsAsync<TResult>(RepositoryQueryDescriptor<T> query, Func<FindResults<TResult>, Task<bool>> processFunc, CommandOptionsDescriptor<T>? options = null) where TResult : class, new();
    Task<long> BatchProcessAsAsync<TResult>(IRepositoryQuery query, Func<FindResults<TResult>, Task<bool>> processFunc, ICommandOptions? options = null) where TResult : class, new();
}
