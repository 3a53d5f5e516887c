// Source: https://github.com/exceptionless/Exceptionless
// Commit: f5f0d885420
// Licence: Apache-2.0
// Path: src/Exceptionless.Core/Repositories/Interfaces/IOAuthApplicationRepository.cs (model:
//   src/Exceptionless.Core/Models/OAuthApplication.cs; base interfaces from FoundatioFx/Foundatio.Repositories at
//   df82427046c2: src/Foundatio.Repositories/ISearchableRepository.cs, IRepository.cs, IReadOnlyRepository.cs,
//   ISearchableReadOnlyRepository.cs, Id.cs, Models/, Options/, Queries/)
// Adapted: OAuthApplication drops its validation attributes and IValidatableObject; Foundatio's types keep only what the
//   signatures name (FindResults keeps Documents, Hits and Total; AsyncEvent keeps AddHandler).
// Real store: src/Exceptionless.Core/Repositories/OAuthApplicationRepository.cs on Foundatio's ElasticRepositoryBase
//   (Elasticsearch, immediate consistency): AddAsync gives a document without an Id a new ObjectId and stores it;
//   GetByIdAsync returns it or null; SaveAsync replaces it; RemoveAsync(id) removes it; ExistsAsync; CountAsync().Total;
//   GetByClientIdAsync(clientId) returns the application whose ClientId equals the trimmed clientId, or null. The query
//   members take Foundatio's query builders (Elasticsearch queries); the events are Foundatio's document hooks.
// Shapes: *=core; GetByClientIdAsync=4; FindAsync=2; FindAsAsync=5; FindOneAsync=2; CountAsync=2; ExistsAsync=2;
//   PatchAsync=20; PatchAllAsync=20; BatchProcessAsync=2; BatchProcessAsAsync=5; RemoveAllAsync=2; GetByIdsAsync=18
// First try (bb0aa1c): incomplete: IMF0001 on every Foundatio member (as IEventRepository), IMF0018
//   GetByClientIdAsync (the options parameter), GetByIdsAsync (2) | WRONG: none (nothing generated)
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Exceptionless.IOAuthApplicationRepositoryCase;

public class OAuthApplication : IIdentity
{
    public string Id { get; set; } = null!;
    public string ClientId { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string[] RedirectUris { get; set; } = [];
    public string[] Scopes { get; set; } = [];
    public string? Notes { get; set; }
    public bool IsDisabled { get; set; }
    public string CreatedByUserId { get; set; } = null!;
    public string? UpdatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

[InMemoryFake]
public interface IOAuthApplicationRepository : ISearchableRepository<OAuthApplication>
{
    Task<OAuthApplication?> GetByClientIdAsync(string clientId, CommandOptionsDescriptor<OAuthApplication>? options = null);
}

public static class Smoke
{
    public static async Task RunAsync(IOAuthApplicationRepository repository)
    {
        var added = await repository.AddAsync(new OAuthApplication { ClientId = "mcp-client", Name = "MCP", CreatedByUserId = "u1", Scopes = ["events:read"] });
        Check.True(!string.IsNullOrEmpty(added.Id), "AddAsync gives the application an id");
        Check.Equal("MCP", (await repository.GetByIdAsync(added.Id))?.Name, "GetByIdAsync finds it");
        Check.Null(await repository.GetByIdAsync("000000000000000000000000"), "GetByIdAsync of a missing id is null");
        Check.Equal(added.Id, (await repository.GetByClientIdAsync("mcp-client"))?.Id, "GetByClientIdAsync finds it by ClientId");
        Check.Null(await repository.GetByClientIdAsync("other"), "GetByClientIdAsync of an unknown client is null");
        added.Name = "MCP server";
        await repository.SaveAsync(added);
        Check.Equal("MCP server", (await repository.GetByIdAsync(added.Id))?.Name, "SaveAsync replaces it");
        Check.True(await repository.ExistsAsync(added.Id), "ExistsAsync finds it");
        Check.Equal(1L, (await repository.CountAsync()).Total, "CountAsync counts it");
        await repository.RemoveAsync(added.Id);
        Check.False(await repository.ExistsAsync(added.Id), "RemoveAsync(id) removes it");
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
