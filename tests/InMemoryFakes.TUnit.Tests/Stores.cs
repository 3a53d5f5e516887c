using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.TUnit.Tests;

public sealed class Note
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";
}

[InMemoryFake]
public interface INoteRepository
{
    Note Add(Note note);

    IReadOnlyList<Note> GetAll();

    int Count();
}

[InMemoryFake]
public interface ITokenCache
{
    Task SetAsync(string key, string value, TimeSpan ttl, CancellationToken cancellationToken);

    Task<string?> GetAsync(string key, CancellationToken cancellationToken);
}
