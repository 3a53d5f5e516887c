using InMemoryFakes;

namespace QuickStart;

// Seed 1 — a rate-limit / guard store: key → value with TTL in seconds and atomic counters,
// in a synchronous and an asynchronous flavour.
[InMemoryFake]
public interface IGuardStorage
{
    object? Get(string key);

    void Set(string key, object value, int? ttl = null);

    void Delete(string key);

    long Increment(string key, long amount = 1);

    bool Exists(string key);

    void Clear();
}

[InMemoryFake]
public interface IAsyncGuardStorage
{
    Task<object?> GetAsync(string key);

    Task<bool> SetAsync(string key, object value, int? ttl = null);

    Task<bool> DeleteAsync(string key);

    Task<long> IncrementAsync(string key, long amount = 1);

    Task<bool> ExistsAsync(string key);

    Task ClearAsync();
}

// Seed 2 — a file store with a 1 MB quota and memory:// URLs, throwing the app's own errors.
public sealed record StoredFile(string Key, long Size, string ContentType, string ETag, DateTimeOffset LastModified);

public class StorageException(string message) : Exception(message);

public class StorageFileNotFoundException(string message) : StorageException(message);

[InMemoryFake(MaxBytes = 1024 * 1024, QuotaExceededException = typeof(StorageException), NotFoundException = typeof(StorageFileNotFoundException))]
public interface IFileStorage
{
    Task<StoredFile> PutAsync(string key, byte[] data, string? contentType = null, CancellationToken cancellationToken = default);

    Task<byte[]> GetBytesAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<string> UrlAsync(string key);
}

// Seed 3 — a session store; concurrent updates go through LockAsync so none is lost.
public sealed class Session
{
    public int UserId { get; set; }

    public string Username { get; set; } = "";

    public int Visits { get; set; }
}

[InMemoryFake]
public interface ISessionStore
{
    Task<Session?> GetAsync(string key);

    Task SetAsync(string key, Session value);

    Task DeleteAsync(string key);
}

// Seed 4 — ORM-style entities on shared or isolated backends.
public sealed class User
{
    public string Id { get; set; } = "";

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class TodoItem
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";
}

[InMemoryFake]
public interface IUserRepository
{
    User Create(User user);

    User? Get(string id);

    int Count();
}

[InMemoryFake]
public interface ITodoRepository
{
    TodoItem Create(TodoItem item);

    int Count();
}
