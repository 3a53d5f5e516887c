// Source: https://github.com/dotnet/dotnet-monitor
// Commit: 2b48cb9fc
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample11 rule, fixed before probing: in these repositories, in this order (microsoft/chat-copilot,
//   Azure-Samples/modern-web-app-pattern-dotnet, Azure-Samples/reliable-web-app-pattern-dotnet,
//   microsoft/Windows-appsample-customers-orders-database, microsoft/TailwindTraders-Backend, microsoft/teams-ai,
//   OfficeDev/Microsoft-Teams-Samples, microsoft/BotBuilder-Samples, microsoft/durabletask-dotnet,
//   Azure/azure-functions-durable-extension, dotnet/dotnet-monitor, Azure-Samples/azure-search-openai-demo-csharp,
//   microsoft/PartsUnlimited, dotnet/eShopSupport), skipping any the tools do not hold or already in the corpus, at
//   the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path
//   order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least
//   3 members (inherited ones count if the base interface is in the same repository) and are not already in the
//   corpus; stop after 12. Not held (fetch: no snapshot): modern-web-app-pattern-dotnet, reliable-web-app-pattern-dotnet.
//   Already in the corpus: Windows-appsample-customers-orders-database. Microsoft-Teams-Samples (988 MB) is over
//   fetch's 500 MB limit and its index listing cannot be enumerated in path order: skipped, unprobed. No such
//   interface: TailwindTraders-Backend, teams-ai (no C# at its newest snapshot), durabletask-dotnet (only under
//   test/), azure-functions-durable-extension, azure-search-openai-demo-csharp, PartsUnlimited, eShopSupport.
//   BotBuilder-Samples' IStore (42.scaleout) declares 2 members. The 4: chat-copilot IRepository<T>; BotBuilder-Samples
//   IBotDataStore<T>; dotnet-monitor IS3Storage and IExceptionsNameCache.
//   This one: the 2nd of dotnet/dotnet-monitor.
// Path: src/Microsoft.Diagnostics.Monitoring.WebApi/Exceptions/IExceptionsNameCache.cs (model: WebApi/Stacks/NameCache.cs)
// Adapted: internal made public (the harness drives the fake from another assembly); NameCache keeps its ModuleData
//   dictionary only (ModuleData reduced to its name and version id). Nullable enabled, as in the source.
// Real store: src/Tools/dotnet-monitor/Exceptions/EventExceptionsPipelineNameCache.cs: two Dictionary maps filled by
//   the concrete class's AddExceptionGroup/AddStackFrame (not on the interface; Dictionary.Add, so a repeated id
//   throws ArgumentException): TryGetExceptionGroup(groupId, out classId, out throwingMethodId, out ilOffset) is
//   true with the group's three values, or false with all three 0; TryGetStackFrameIds(stackFrameId, out methodId,
//   out ilOffset) likewise; NameCache is one NameCache instance, the same on every read, filled by AddClass/AddFunction/
//   AddModule/AddToken. Through the interface the store is read-only.
// Shapes: *=core
// First try (1fd5c95): incomplete: IMF0001 TryGetExceptionGroup and TryGetStackFrameIds (several out parameters: the
//   stored value's fields, which the interface never writes), NameCache (a property that is no store concept) |
//   WRONG: none. A read-only view whose writes live on the concrete class: refused honestly.
#nullable enable

using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetMonitor.IExceptionsNameCacheCase;

public sealed record class ModuleData(string Name, Guid ModuleVersionId);

public sealed class NameCache
{
    public ConcurrentDictionary<ulong, ModuleData> ModuleData { get; } = new();
}

[InMemoryFake]
public interface IExceptionsNameCache
{
    public bool TryGetExceptionGroup(ulong groupId, out ulong exceptionClassId, out ulong throwingMethodId, out int ilOffset);
    public bool TryGetStackFrameIds(ulong stackFrameId, out ulong methodId, out int ilOffset);

    NameCache NameCache { get; }
}

public static class Smoke
{
    public static Task RunAsync(IExceptionsNameCache cache)
    {
        Check.False(cache.TryGetExceptionGroup(7, out var classId, out var methodId, out var groupOffset), "TryGetExceptionGroup of an unknown group is false");
        Check.Equal(0UL, classId, "an unknown group's class id is 0");
        Check.Equal(0UL, methodId, "an unknown group's throwing method id is 0");
        Check.Equal(0, groupOffset, "an unknown group's IL offset is 0");
        Check.False(cache.TryGetStackFrameIds(9, out var frameMethod, out var frameOffset), "TryGetStackFrameIds of an unknown frame is false");
        Check.Equal(0UL, frameMethod, "an unknown frame's method id is 0");
        Check.Equal(0, frameOffset, "an unknown frame's IL offset is 0");
        var names = Check.NotNull(cache.NameCache, "NameCache is never null");
        Check.True(ReferenceEquals(names, cache.NameCache), "NameCache is the same instance on every read");
        return Task.CompletedTask;
    }
}
