using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>Read options that change nothing an in-memory store keeps (Semantic Kernel's <c>GetRecordOptions.IncludeVectors</c>).</summary>
public sealed class ReadOptions
{
    /// <summary>Whether the vectors come back.</summary>
    public bool IncludeVectors { get; init; }
}

/// <summary>A record keyed by <c>Id</c>.</summary>
public sealed class OptionedRecord
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>A value.</summary>
    public string Name { get; set; } = string.Empty;
}

/// <summary>
/// A store whose reads take an options object the interface cannot explain; <c>IgnoredParameters</c> says the fake may
/// ignore it (as Semantic Kernel's in-memory collection does with <c>IncludeVectors</c>). An array setting: reading it
/// once crashed the generator (IMF9999).
/// </summary>
[InMemoryFake(IgnoredParameters = new[] { "options" })]
public interface IOptionedRecordStore
{
    /// <summary>Stores the record.</summary>
    Task UpsertAsync(OptionedRecord record, CancellationToken cancellationToken = default);

    /// <summary>The record, or null.</summary>
    Task<OptionedRecord?> GetAsync(int key, ReadOptions? options = default, CancellationToken cancellationToken = default);

    /// <summary>Removes the record.</summary>
    Task DeleteAsync(int key, CancellationToken cancellationToken = default);
}
