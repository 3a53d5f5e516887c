// Source: https://github.com/microsoft/Agent365-devTools
// Commit: f2a22b0
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). After azure-health-data-services-toolkit
//   in find_repos("microsoft/a"): adaptivecards-templates: no interface of the pattern.
//   This one: the 4th pick (Agent365-devTools). Before it in path order: Cli/Services/IConfirmationProvider.cs (2
//   members) and Cli/Services/Internal/IMicrosoftGraphTokenProvider.cs (1). The path holds "Mock", not "test": the rule
//   takes it (a mock MCP tooling server's own store of tool definitions).
// Path: src/Microsoft.Agents.A365.DevTools.MockToolingServer/MockTools/IMockToolStore.cs (real store:
//   MockTools/FileMockToolStore.cs; model: MockTools/MockToolModels.cs)
// Adapted: the namespace (file-scoped, as in the source); MockToolDefinition as declared (its JsonPropertyName
//   attributes kept). Nullable enabled, as in the source (the project and src/Directory.Build.props).
// Real store: FileMockToolStore(mcpServerName, options) keeps the definitions in a ConcurrentDictionary keyed by Name
//   with StringComparer.OrdinalIgnoreCase, loaded from <mcpServerName>.json (created as "[]") and written back, sorted
//   by name, after every change. McpServerName is the name it was constructed with. ListAsync() answers the definitions
//   ordered by Name (OrderBy's default comparer: the current culture's). GetAsync(name) answers the stored definition
//   (the object itself), any casing of its name, or null. UpsertAsync(def) throws ArgumentException ("Tool name
//   required", no parameter name) for a null, empty or white-space Name, else stores def under its name, replacing a
//   definition of the same name in any casing. DeleteAsync(name) removes it (any casing) and answers whether one was
//   there. ReloadAsync() reads the file again (a file watcher calls it too), so it only changes the store when the file
//   was edited outside it.
// Shapes: *=core
// Configured: StringKeys = StringKeyComparison.OrdinalIgnoreCase (the dictionary's StringComparer.OrdinalIgnoreCase);
//   DefaultOrder = "Name" (ListAsync's OrderBy(v => v.Name)).
// First try (ac6de91): incomplete: IMF0001 McpServerName ("it returns string; only a Count property ... and an IQueryable
//   ... are supported") and ReloadAsync ("not a known verb"); generated over a table keyed by Name: ListAsync,
//   GetAsync, UpsertAsync, DeleteAsync. The probe stops at McpServerName, the script's first line | WRONG: GetAsync,
//   UpsertAsync and DeleteAsync compared names ordinally, where the real store ignores case (GETWEATHER finds getWeather;
//   an upsert of getweather replaces it); ListAsync listed in insertion order, where the real one orders by Name.
// After this round: still incomplete, no longer wrong: the two settings above state the case and the order (settings
//   that exist, which no signature can replace). McpServerName (the name the store was constructed with) and
//   ReloadAsync (a re-read of the JSON file, which changes the store only when the file was edited outside it) are
//   rightly refused. A blank name is refused by the fake's default for string keys (ArgumentException), as the real one.
// Still wrong (h-review32, session 32): ListAsync orders by Name with the key's OrdinalIgnoreCase comparison, where the
//   real OrderBy(v => v.Name) uses the current culture's: they agree on letters and digits, not on punctuation ("_"
//   sorts after the letters ignoring case, before them in the culture's order: get_user and getAccount come in
//   opposite orders, and MCP tool names often hold "_"). A culture's collation is no setting the fake offers (ordinal
//   or ordinal-ignore-case only), so it stays; not reached by the script.
#nullable enable

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Agent365DevTools.IMockToolStoreCase;

public class MockToolDefinition
{
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("description")] public string Description { get; set; } = string.Empty;
    [JsonPropertyName("inputSchema")] public object InputSchema { get; set; } = new { type = "object", properties = new { }, required = Array.Empty<string>() };

    [JsonPropertyName("responseTemplate")] public string ResponseTemplate { get; set; } = "Mock response from {{name}}";
    [JsonPropertyName("delayMs")] public int DelayMs { get; set; } = 0;
    [JsonPropertyName("errorRate")] public double ErrorRate { get; set; } = 0.0;
    [JsonPropertyName("statusCode")] public int StatusCode { get; set; } = 200;
    [JsonPropertyName("enabled")] public bool Enabled { get; set; } = true;
}

[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase, DefaultOrder = "Name")]
public interface IMockToolStore
{
    string McpServerName { get; }
    Task<IReadOnlyList<MockToolDefinition>> ListAsync();
    Task<MockToolDefinition?> GetAsync(string name);
    Task UpsertAsync(MockToolDefinition def);
    Task<bool> DeleteAsync(string name);
    Task ReloadAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IMockToolStore store)
    {
        Check.False(string.IsNullOrEmpty(store.McpServerName), "the store names the MCP server it was made for");
        Check.Equal(0, (await store.ListAsync()).Count, "a new store's file holds no tool");

        await store.UpsertAsync(new MockToolDefinition { Name = "getWeather", Description = "v1" });
        await store.UpsertAsync(new MockToolDefinition { Name = "Alpha" });
        var all = await store.ListAsync();
        Check.Equal(2, all.Count, "UpsertAsync adds a tool of a new name");
        Check.Equal("Alpha", all[0].Name, "ListAsync orders by name");

        Check.Equal("v1", (await store.GetAsync("GETWEATHER"))?.Description, "GetAsync finds a tool by its name in any casing");
        Check.Null(await store.GetAsync("nothing"), "GetAsync of an unknown name is null");

        await store.UpsertAsync(new MockToolDefinition { Name = "getweather", Description = "v2" });
        Check.Equal(2, (await store.ListAsync()).Count, "an upsert of a name already there in another casing replaces it");
        Check.Equal("v2", (await store.GetAsync("getWeather"))?.Description, "with the new definition");

        await Check.ThrowsAsync<ArgumentException>(() => store.UpsertAsync(new MockToolDefinition { Name = " " }), "a blank name is refused");

        Check.True(await store.DeleteAsync("ALPHA"), "DeleteAsync removes a tool by its name in any casing and answers true");
        Check.False(await store.DeleteAsync("Alpha"), "and false when no tool of that name is there");

        await store.ReloadAsync();
        Check.Equal(1, (await store.ListAsync()).Count, "ReloadAsync reads back what the store wrote: nothing is lost");
    }
}
