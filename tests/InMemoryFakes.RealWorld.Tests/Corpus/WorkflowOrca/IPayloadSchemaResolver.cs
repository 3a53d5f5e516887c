// Source: https://github.com/dekrevedko/Workflow-orca
// Commit: 666bc1e6ec57
// Licence: Apache-2.0 (an interface signature transcribed for a test)
// Sample: h-sample97 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Workflow") lists, in its order, keeping those with C# files, then find_repos("Job") when that list ran out
//   (it did, after 100 repositories and 1 pick); in each, the first C# interface in path order (find_files(repo,
//   ext="cs"), or git grep of the fetched snapshot) outside test paths whose implementation in the same repository keeps
//   state (a database, cache, blob, table, in-memory collection) and that has at least 3 members; not a corpus source
//   already; a licence file that allows transcribing a signature; at most 1 per repository; stop after 3. The walk:
//   of the 100 "Workflow" repositories 91 hold no C#; elsa-workflows/elsa-core is a corpus source already (Corpus/Elsa);
//   elsa-workflows/elsa-foundation and huunguyenit/DevWorkFlow have no licence file; elsa-workflows/elsa-platform's
//   licence is proprietary (Elsa Control Commercial License: no right to copy); phuetz/workflow,
//   automatedworkflowllc-design/locust, magfrump/claude-workflows and Bojun-Vvibe/ai-native-workflow have no such interface
//   (one App.xaml.cs, one Sapi.cs, one test fixture, detector example snippets); dekrevedko/Workflow-orca: this one. Of
//   the 100 "Job" repositories 89 hold no C#; gauravhrana/job2.src, dennisbemer1007-pixel/Jobsy,
//   jenshaberle-dotcom/job-application-pipeline and wbjobs/trae, trae1, trae2, trae3 have no licence file;
//   klasolsson81/jobbliggaren's PolyForm Noncommercial 1.0.0 allows noncommercial use only (skipped);
//   terrajobst/nquery-vnext (editor services, providers, aggregators) and brendanpotter00/Job-Visualizer-Notifier (classes
//   only) have no such interface; srp-internships/MRA.Jobs: IApplicationDbContext. Both lists ran out: 2 picks, in
//   order: WorkflowOrca IPayloadSchemaResolver, MRAJobs IApplicationDbContext.
//   This one: the 1st of dekrevedko/Workflow-orca (no snapshot could be fetched; find_files' path order: IStep (2 members),
//   IMessageDispatcher (1) and IPayloadEnvelopeSerializer (2, a JSON serializer) come before it).
// Path: archive/legacy-poc/src/OrcaCore.Abstractions/Serialization/IPayloadSchemaResolver.cs (real store:
//   archive/legacy-poc/src/OrcaCore.Runtime/Durable/Serialization/DurablePayloadTypeRegistry.cs)
// Adapted: nothing (no model). Nullable enabled, as in the repository's Directory.Build.props.
// Real store: DurablePayloadTypeRegistry over four ConcurrentDictionary maps (type to key, key to type (ordinal), type to
//   schema id, type to content type), filled only by its Register<T>(key, schemaId, contentType), which is not in the
//   interface (its Default instance registers the primitives, Guid, the date types and JsonElement). Each Try… answers
//   whether its map holds the argument and passes the value out: a registry nothing was registered in answers false to all
//   four.
// Shapes: *=19
// First try (559db242): incomplete: IMF0001 all 4 (TryGetTypeKey, TryGetSchemaId: "TypeKey"/"SchemaId" name neither the
//   store's values nor the interface; TryResolveType, TryResolveContentType: an out parameter outside a TryGet) |
//   WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the interface reads four lookups (two keyed by Type, one by
//   the key string, one the reverse of another) that only a Register outside the interface fills; no one table and key
//   describe them, and a fake of the interface alone could only ever answer false.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WorkflowOrca.IPayloadSchemaResolverCase;

[InMemoryFake]
public interface IPayloadSchemaResolver
{
    bool TryGetTypeKey(Type type, out string key);

    bool TryResolveType(string key, out Type type);

    bool TryGetSchemaId(Type type, out string schemaId);

    bool TryResolveContentType(Type type, out string contentType);
}

public static class Smoke
{
    public static Task RunAsync(IPayloadSchemaResolver resolver)
    {
        Check.False(resolver.TryGetTypeKey(typeof(string), out _), "a registry nothing was registered in has no key for a type");
        Check.False(resolver.TryResolveType("string", out _), "nor a type for a key");
        Check.False(resolver.TryGetSchemaId(typeof(int), out _), "nor a schema id");
        Check.False(resolver.TryResolveContentType(typeof(int), out _), "nor a content type");
        return Task.CompletedTask;
    }
}
