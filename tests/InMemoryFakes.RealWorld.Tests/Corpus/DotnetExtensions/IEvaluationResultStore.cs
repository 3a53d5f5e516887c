// Source: https://github.com/dotnet/extensions
// Commit: 5862342c9a10
// Licence: MIT
// Sample: h-msft rule, fixed before probing (Corpus/Datasync/IRepository.cs has it in full): Microsoft's own store
//   interfaces in a fixed order (Datasync IRepository<TEntity>; dotnet/extensions IEvaluationResultStore and
//   IEvaluationResponseCacheProvider; aspnetcore IDataProtectionKeyContext; semantic-kernel
//   IVectorStoreRecordCollection and one other store; kernel-memory's first store not in the corpus; teams-ai or
//   Agents-for-net IStorage), skipping any the tools cannot show or already in the corpus; stop at 8. This one: the 2nd.
// Path: src/Libraries/Microsoft.Extensions.AI.Evaluation.Reporting/CSharp/IEvaluationResultStore.cs (ScenarioRunResult.cs)
// Adapted: ScenarioRunResult keeps its name and creation-time properties; Messages, ModelResponse, EvaluationResult
//   and ChatDetails (types of Microsoft.Extensions.AI) are left out, Tags and FormatVersion kept. Nullable enabled.
// Real store: src/Libraries/Microsoft.Extensions.AI.Evaluation.Reporting/CSharp/Storage/DiskBasedResultStore.cs: one
//   JSON file per result at results/<ExecutionName>/<ScenarioName>/<IterationName>.json; WriteResultsAsync writes each
//   result (a result of the same three names overwrites it); ReadResultsAsync(executionName, scenarioName,
//   iterationName) returns the results matching every name given (null = any); DeleteResultsAsync with the same
//   filter deletes them (all when every name is null); GetLatestExecutionNamesAsync(count) returns the execution names,
//   the most recently created directory first, at most count (none when count <= 0); GetScenarioNamesAsync(execution)
//   and GetIterationNamesAsync(execution, scenario) list the names under it.
// Shapes: ReadResultsAsync=2; WriteResultsAsync=18; DeleteResultsAsync=2; GetLatestExecutionNamesAsync=none;
//   GetScenarioNamesAsync=none; GetIterationNamesAsync=none
// First try (87df80a): incomplete: IMF0001 on all 6 members (read as a key-value store: the
//   three optional names are a hierarchical filter, the writes take no key) | WRONG: none
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetExtensions.IEvaluationResultStoreCase;

public sealed class ScenarioRunResult
{
    public string ScenarioName { get; set; } = string.Empty;
    public string IterationName { get; set; } = string.Empty;
    public string ExecutionName { get; set; } = string.Empty;
    public DateTime CreationTime { get; set; }
    public IList<string>? Tags { get; set; }
    public int? FormatVersion { get; set; }
}

[InMemoryFake]
public interface IEvaluationResultStore
{
    IAsyncEnumerable<ScenarioRunResult> ReadResultsAsync(
        string? executionName = null,
        string? scenarioName = null,
        string? iterationName = null,
        CancellationToken cancellationToken = default);

    ValueTask WriteResultsAsync(IEnumerable<ScenarioRunResult> results, CancellationToken cancellationToken = default);

    ValueTask DeleteResultsAsync(
        string? executionName = null,
        string? scenarioName = null,
        string? iterationName = null,
        CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> GetLatestExecutionNamesAsync(
        int? count = null,
        CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> GetScenarioNamesAsync(
        string executionName,
        CancellationToken cancellationToken = default);

    IAsyncEnumerable<string> GetIterationNamesAsync(
        string executionName,
        string scenarioName,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    private static ScenarioRunResult Result(string execution, string scenario, string iteration) =>
        new() { ExecutionName = execution, ScenarioName = scenario, IterationName = iteration, CreationTime = new DateTime(2026, 1, 1) };

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    public static async Task RunAsync(IEvaluationResultStore store)
    {
        await store.WriteResultsAsync([Result("e1", "s1", "i1"), Result("e1", "s1", "i2"), Result("e1", "s2", "i1")]);
        Check.Equal(3, (await ListAsync(store.ReadResultsAsync())).Count, "ReadResultsAsync() returns every result");
        Check.Equal(2, (await ListAsync(store.ReadResultsAsync("e1", "s1"))).Count, "ReadResultsAsync filters on the names given");
        await store.WriteResultsAsync([Result("e1", "s1", "i1")]);
        Check.Equal(3, (await ListAsync(store.ReadResultsAsync())).Count, "a result of the same three names overwrites it");
        Check.Equal(2, (await ListAsync(store.GetIterationNamesAsync("e1", "s1"))).Count, "GetIterationNamesAsync lists the iterations");
        Check.Equal(2, (await ListAsync(store.GetScenarioNamesAsync("e1"))).Count, "GetScenarioNamesAsync lists the scenarios");
        Check.Equal(1, (await ListAsync(store.GetLatestExecutionNamesAsync())).Count, "GetLatestExecutionNamesAsync lists the executions");
        await store.DeleteResultsAsync("e1", "s1", "i2");
        Check.Equal(2, (await ListAsync(store.ReadResultsAsync())).Count, "DeleteResultsAsync deletes the matching results");
        await store.DeleteResultsAsync();
        Check.Equal(0, (await ListAsync(store.ReadResultsAsync())).Count, "DeleteResultsAsync() deletes every result");
    }
}
