using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Reliability.Tests;

/// <summary>An entity with a generated key, a unique code and a concurrency token.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    [Unique]
    public string? Email { get; set; }

    public string Name { get; set; } = "";

    public int Version { get; set; }
}

/// <summary>An entity repository.</summary>
[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface ICustomerRepository
{
    Customer Add(Customer customer);

    Customer? Find(int id);

    Customer Get(int id);

    void Update(Customer customer);

    Customer Save(Customer customer);

    bool Delete(int id);

    void Remove(Customer customer);

    bool Exists(int id);

    int Count();

    IReadOnlyList<Customer> GetAll();

    void AddRange(params Customer[] customers);
}

/// <summary>A key-value store whose members take their time to live in every shape the generator reads.</summary>
[InMemoryFake]
public interface IRateLimitStore
{
    string? Get(string key);

    void Set(string key, string value, TimeSpan ttl);

    void Set(string key, string value, double ttlSeconds);

    void Set(string key, string value, DateTimeOffset expiresAt);

    void Put(string key, string value, TimeSpan sliding);

    bool SetIfAbsent(string key, string value, TimeSpan? expiry = null);

    long Increment(string key, long amount = 1);

    bool Exists(string key);

    bool Delete(string key);

    void Touch(string key);

    bool Expire(string key, TimeSpan ttl);

    IReadOnlyList<string> Keys();

    long Count();
}

/// <summary>A blob store. Its listing is flat: the bad-input cases store "b/c" and read the state back through List().</summary>
[InMemoryFake(MaxBytes = 1024, BlobListings = BlobListing.Flat)]
public interface IDocumentStore
{
    BlobProperties Put(string path, byte[] content, string? contentType = null);

    Task<BlobProperties> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default);

    void Save(string path, string text);

    byte[] GetBytes(string path);

    Stream OpenRead(string path);

    bool Exists(string path);

    bool Delete(string path);

    IReadOnlyList<BlobProperties> List(string? prefix = null);

    BlobProperties Copy(string source, string destination, bool overwrite);

    void Move(string source, string destination, bool overwrite);

    BlobProperties? Info(string path);

    string Url(string path);
}
