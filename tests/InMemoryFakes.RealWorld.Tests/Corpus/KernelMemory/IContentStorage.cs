// Source: https://github.com/microsoft/kernel-memory
// Commit: 94b69d340d6b
// Licence: MIT
// Path: src/Core/Storage/IContentStorage.cs (Models/UpsertRequest.cs, Models/WriteResult.cs, Models/ContentDto.cs)
// Adapted: ContentStorageException (named only in a doc comment) is left out.
// Real store: src/Core/Storage/ContentStorageService.cs (EF Core over SQLite): UpsertAsync queues an operation and runs it
//   at once; the content's id is request.Id, or a new CUID when it is blank; the stored record keeps the request's
//   fields plus ByteSize (the UTF-8 length of Content), RecordCreatedAt (kept on update) and RecordUpdatedAt; it returns
//   WriteResult.Success(id). DeleteAsync(id) is idempotent and returns Success(id). GetByIdAsync(id) returns a ContentDto
//   (a different type from the request) or null. CountAsync counts records; ListAsync(skip, take) pages them ordered by
//   RecordCreatedAt descending.
// Shapes: *=core; UpsertAsync=13,14; DeleteAsync=14
// First try (bb0aa1c): incomplete: IMF0001 UpsertAsync, DeleteAsync (WriteResult results); GetByIdAsync, CountAsync,
//   ListAsync generated over a ContentDto table nothing writes | WRONG: none (ListAsync pages in key order where the
//   real store orders by RecordCreatedAt descending: the documented no-guess order, DefaultOrder states it)
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KernelMemory.IContentStorageCase;

public class UpsertRequest
{
    public string Id { get; set; } = string.Empty;
    public string Content { get; set; } = string.Empty;
    public string MimeType { get; set; } = string.Empty;
    public DateTimeOffset? ContentCreatedAt { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public string[] Tags { get; set; } = [];
    public Dictionary<string, string> Metadata { get; set; } = new();
}

public sealed class WriteResult
{
    public required string Id { get; init; }
    public required bool Completed { get; init; }
    public bool Queued => !this.Completed;
    public string Error { get; init; } = string.Empty;

    public static WriteResult Success(string id) => new() { Id = id, Completed = true, Error = string.Empty };

    public static WriteResult QueuedOnly(string id, string error = "") => new() { Id = id, Completed = false, Error = error };
}

public class ContentDto
{
    public string Id { get; set; } = string.Empty;
    public string Content { get; set; } = string.Empty;
    public string MimeType { get; set; } = string.Empty;
    public long ByteSize { get; set; }
    public DateTimeOffset ContentCreatedAt { get; set; }
    public DateTimeOffset RecordCreatedAt { get; set; }
    public DateTimeOffset RecordUpdatedAt { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public string[] Tags { get; set; } = [];
    public Dictionary<string, string> Metadata { get; set; } = new();
}

[InMemoryFake]
public interface IContentStorage
{
    Task<WriteResult> UpsertAsync(UpsertRequest request, CancellationToken cancellationToken = default);
    Task<WriteResult> DeleteAsync(string id, CancellationToken cancellationToken = default);
    Task<ContentDto?> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<long> CountAsync(CancellationToken cancellationToken = default);
    Task<List<ContentDto>> ListAsync(int skip, int take, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IContentStorage storage)
    {
        var written = await storage.UpsertAsync(new UpsertRequest { Id = "doc1", Content = "héllo", MimeType = "text/plain", Title = "Greeting" });
        Check.Equal("doc1", written.Id, "UpsertAsync returns the id");
        Check.True(written.Completed, "UpsertAsync completes");
        var generated = await storage.UpsertAsync(new UpsertRequest { Content = "second", MimeType = "text/plain" });
        Check.True(generated.Id.Length > 0, "a blank id gets a new one");
        var dto = await storage.GetByIdAsync("doc1");
        Check.Equal("Greeting", dto?.Title, "GetByIdAsync returns the stored content");
        Check.Equal(6L, dto?.ByteSize ?? 0, "ByteSize is the UTF-8 length of the content");
        Check.Equal(2L, await storage.CountAsync(), "CountAsync counts the records");
        Check.Equal(2, (await storage.ListAsync(0, 10)).Count, "ListAsync pages the records");
        Check.Null(await storage.GetByIdAsync("missing"), "GetByIdAsync of a missing id is null");
        Check.True((await storage.DeleteAsync("doc1")).Completed, "DeleteAsync completes");
        Check.True((await storage.DeleteAsync("doc1")).Completed, "DeleteAsync is idempotent");
        Check.Null(await storage.GetByIdAsync("doc1"), "the deleted content is gone");
    }
}
