using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures.QueryRunners;

/// <summary>An entity read through the repository's queryable.</summary>
public sealed class ConfigurationEntry
{
    public Guid Id { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}

/// <summary>
/// phongnguyend/Practical.CleanArchitecture's query executors: callers build a query on the queryable and run it through
/// the repository, which alone references EF Core.
/// </summary>
[InMemoryFake]
public interface IConfigurationEntries
{
    IQueryable<ConfigurationEntry> GetAll();

    Task AddAsync(ConfigurationEntry entity, CancellationToken cancellationToken = default);

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query);

    Task<T> SingleOrDefaultAsync<T>(IQueryable<T> query);

    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default);

    int Count<T>(IQueryable<T> query);
}
