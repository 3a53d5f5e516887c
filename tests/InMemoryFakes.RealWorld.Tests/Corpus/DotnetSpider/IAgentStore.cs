// Source: https://github.com/dotnetcore/DotnetSpider
// Commit: 8496941f4c24
// Licence: MIT (LICENSE.txt at the repository's root; an interface signature and cut-down models transcribed for a test)
// Sample: h-sample105 rule, fixed by the lead before any interface was looked at: the repositories
//   find_repos("dotnetcore/") lists, in its order, keeping those whose owner is exactly dotnetcore and which have C#
//   files (find_files(repo, ext="cs") gives rows); if that list runs out before 3 picks, continue with
//   find_repos("NetCore") in its order, skipping documentation translations (AspNetCore.Docs*) and repositories already
//   walked. In each repository, at its newest stored snapshot (fetch, then git grep for interface declarations in *.cs
//   at HEAD, paths sorted ordinally), the first interface whose path says nothing of test/sample/generated, with at
//   least 3 members and an implementation in the same repository that keeps state (a database, cache, blob, table,
//   file, in-memory collection); a repository with no licence file of its own (or a proprietary one) skipped; not a
//   corpus source already; at most 1 per repository; stop after 3 picks. The walk, find_repos("dotnetcore/") (79
//   listed; 34 owned by dotnetcore, the others by awesomedotnetcore, TOL-DotNetCore… and not kept):
//   dotnetcore/BootstrapBlazor (1st) and dotnetcore/Util (2nd) are corpus sources already: passed over;
//   dotnetcore/DotnetSpider (3rd, MIT) gives this IAgentStore: before it in path order only
//   src/DotnetSpider.Portal/Controllers/API/ApiResult.cs's IApiResult (3 get-only properties of an API result;
//   ApiResult<T> sets them once in its constructor: a result object, no store);
//   dotnetcore/WTM (4th, MIT) gives IBaseCRUDVM (Corpus/Wtm/IBaseCRUDVM.cs): before it only IBaseBatchVM (4 properties
//   of a batch view model, LinkedVM, ListVM, Ids, ErrorMessage, which BaseBatchVM holds as its own fields: no member
//   reaches a store; its database writes, DoBatchDelete…, are not members of the interface);
//   dotnetcore/AspectCore-Framework (5th, MIT) gives ILifetimeServiceContext
//   (Corpus/AspectCoreFramework/ILifetimeServiceContext.cs): before it in path order the benchmark services
//   (IProxyEmitBenchmarkService, ICalculator, IAsyncCalculator, IInterfaceService, ISampleMsdiService: 2 members each,
//   no state) and IAspectConfiguration (a settings object: three collections of interceptors and predicates and a flag,
//   no store). 3 picks: stop (the find_repos("NetCore") list was not needed).
//   This one: the 1st pick (the 3rd repository listed).
// Path: src/DotnetSpider/AgentCenter/Store/IAgentStore.cs, with AgentInfo.cs and AgentHeartbeat.cs beside it (real
//   stores: InMemoryAgentStore.cs beside them, and src/DotnetSpider.MySql/AgentCenter/MySqlAgentStore.cs)
// Adapted: the namespace; the models' schema attributes ([Table], [Column], [StringLength], [Required]) and ToString
//   left out; the constructors' NotNullOrWhiteSpace guards (DotnetSpider.Infrastructure) written as ArgumentException
//   checks. The interface's commented-out GetAllListAsync is left out, as in the source. Nullable disabled, as in the
//   source (DotnetSpider.csproj and package.props set no Nullable).
// Real store: the agent center's registry of downloader agents, registered by AddAgentCenterHostService<TAgentStore>
//   (a singleton); AgentCenterHostService calls EnsureDatabaseAndTableCreatedAsync once at start, then RegisterAsync for
//   each agent's register message and HeartbeatAsync for each heartbeat. InMemoryAgentStore: a ConcurrentDictionary of
//   agents by Id; EnsureDatabaseAndTableCreatedAsync does nothing; RegisterAsync is TryAdd (an agent whose Id is
//   registered already is ignored, the first one kept, no error); HeartbeatAsync refreshes the registered agent's
//   LastModificationTime (DateTimeOffset.Now) and does nothing for an agent not registered; the heartbeat itself is not
//   kept. MySqlAgentStore: creates the schema and the agent and agent_heartbeat tables; RegisterAsync is INSERT IGNORE
//   (a taken id keeps its row) then sets is_deleted = false; HeartbeatAsync inserts a heartbeat row and stamps the
//   agent's last_modification_time. Neither throws for a repeat or an unknown agent; the interface has no read.
// Shapes: EnsureDatabaseAndTableCreatedAsync=none; RegisterAsync=19; HeartbeatAsync=20
// First try (6587633c): incomplete: IMF0001 on all 3, the interface read as a key-value store (no member votes for
//   AgentInfo, since 'Register' is no known verb): EnsureDatabaseAndTableCreatedAsync, RegisterAsync and HeartbeatAsync
//   each "'…' is not a known verb" | WRONG: none (nothing generated).
// After this round: unchanged, rightly. RegisterAsync is an add whose taken Id is ignored, the first agent kept (TryAdd;
//   INSERT IGNORE), which no name or result says (a generated add throws the duplicate error for it); HeartbeatAsync
//   refreshes a field of the agent row another object names (AgentHeartbeat.AgentId), and the MySQL store also keeps
//   each heartbeat as a row of its own; EnsureDatabaseAndTableCreatedAsync creates the schema, which a fake's tables
//   need not (written by hand as 'Task.CompletedTask', as InMemoryAgentStore does; a convention candidate, in
//   docs/generator-rounds.md's h-sample105 Left). The messages list key-value verbs for a store of keyed agents.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetSpider.IAgentStoreCase;

public class AgentInfo
{
    public virtual string Id { get; private set; }

    public string Name { get; private set; }

    public int ProcessorCount { get; private set; }

    public long TotalMemory { get; private set; }

    public DateTimeOffset LastModificationTime { get; private set; }

    public bool Deleted { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public AgentInfo(string id, string name, int processorCount, long totalMemory)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("id is null or white space", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("name is null or white space", nameof(name));
        }

        Id = id;
        Name = name;
        Deleted = false;
        ProcessorCount = processorCount;
        TotalMemory = totalMemory;
        CreationTime = DateTimeOffset.Now;
        LastModificationTime = CreationTime;
    }

    public bool Online => (DateTimeOffset.Now - LastModificationTime).TotalSeconds <= 30;

    public void Refresh()
    {
        LastModificationTime = DateTimeOffset.Now;
    }
}

public class AgentHeartbeat
{
    public long Id { get; private set; }

    public string AgentId { get; private set; }

    public string AgentName { get; private set; }

    public long AvailableMemory { get; private set; }

    public int CpuLoad { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public AgentHeartbeat(string agentId, string agentName, long freeMemory, int cpuLoad)
    {
        if (string.IsNullOrWhiteSpace(agentId))
        {
            throw new ArgumentException("agentId is null or white space", nameof(agentId));
        }

        AgentId = agentId;
        AgentName = agentName;
        AvailableMemory = freeMemory;
        CpuLoad = cpuLoad;
        CreationTime = DateTimeOffset.Now;
    }
}

[InMemoryFake]
public interface IAgentStore
{
    /// <summary>
    /// 创建数据库和表
    /// </summary>
    Task EnsureDatabaseAndTableCreatedAsync();

    /// <summary>
    /// 添加下载器代理
    /// </summary>
    Task RegisterAsync(AgentInfo agent);

    /// <summary>
    /// 保存下载器代理的心跳
    /// </summary>
    Task HeartbeatAsync(AgentHeartbeat heartbeat);
}

public static class Smoke
{
    public static async Task RunAsync(IAgentStore store)
    {
        await store.EnsureDatabaseAndTableCreatedAsync();
        await store.EnsureDatabaseAndTableCreatedAsync();

        var agent = new AgentInfo("agent-1", "downloader one", 4, 8_000);
        await store.RegisterAsync(agent);
        await store.RegisterAsync(new AgentInfo("agent-1", "downloader one again", 8, 16_000));
        await store.RegisterAsync(new AgentInfo("agent-2", "downloader two", 2, 4_000));

        await store.HeartbeatAsync(new AgentHeartbeat("agent-1", "downloader one", 1_000, 30));
        await store.HeartbeatAsync(new AgentHeartbeat("agent-unknown", "never registered", 1_000, 30));

        // No member reads: what the script checks is that none of these throws, as neither real store does (a repeated
        // register is ignored, a heartbeat of an unknown agent changes nothing).
    }
}
