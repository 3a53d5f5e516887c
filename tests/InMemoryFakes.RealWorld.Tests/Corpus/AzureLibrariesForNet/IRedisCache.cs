// Source: https://github.com/Azure/azure-libraries-for-net
// Commit: 7d85e294e4e7
// Licence: MIT (an interface signature and the interfaces it derives from, cut-down model types, transcribed for a test)
// Sample: h-sample116 rule (/work/prompts/out/h-sample116-rule.md; the rule and the first pick's walk are in
//   Corpus/IndustrialIoT/IStorageProvider.cs). After Industrial-IoT, 66 repositories of find_repos("Azure/") give no
//   rows, are corpus sources or declare no qualifying interface; this is the 88th listed. Before it in path order:
//   fluent definition and update stages with the words in their names (IWithStorageAccount, IWithTokenStore,
//   IWithStorageLocationForWebServer 4, IWithRepositoryType 4, IRepositoryBranchAndAuth 3…): a stage records the
//   caller's choices into the request a definition sends to Azure Resource Manager and reads nothing back, no store;
//   IAzureReachabilityReport (4): one report's values. Taken with a reading: RedisCacheImpl keeps the cache
//   resource's model read from ARM and keeps the access keys in a field (cachedAccessKeys), refreshed and regenerated
//   through ARM (state in memory and in Azure, as h-sample111 took REST clients of remote stores).
// Path: src/ResourceManagement/RedisCache/Domain/IRedisCache.cs (real store: src/ResourceManagement/RedisCache/
//   RedisCacheImpl.cs with Domain/InterfaceImpl/RedisCacheImpl.cs; the base interfaces under
//   src/ResourceManagement/ResourceManager/Domain/Core/ and Core/IHasInner.cs)
// Adapted: the namespaces (one for all); IGroupableResource's bases (IResource, IIndexable, IHasId, IHasName,
//   IHasResourceGroup, IHasManager<T>, IHasInner<T>), IRefreshable<T>, IUpdatable<T>, IRedisCacheBeta and IBeta
//   transcribed with their members; RedisResourceInner, Region, Sku, ScheduleEntry and TlsVersion cut to a few
//   properties; IRedisFirewallRule (its two properties), IRedisCachePremium (5 of its 7 methods) and the update stage
//   IUpdate (with two of its bases, IAppliable<IRedisCache> and IWithNonSslPort) cut down; IRedisManager (an
//   IManager<IRedisManagementClient>) left empty. Nullable disabled, as the source (no Nullable in its projects).
// Real store: RedisCacheImpl, one Azure Cache for Redis resource as Azure Resource Manager describes it. Every property
//   reads the resource's last-read model (Inner): HostName, Port (0 when unset), SslPort, NonSslPort (false when unset),
//   RedisVersion, ProvisioningState, ShardCount, StaticIP, SubnetId, Sku, RedisConfiguration (a read-only copy), and
//   IResource's Id, Name, Type, RegionName, Region, Tags, ResourceGroupName (parsed from the id), Key (the id).
//   IsPremium is Sku.Name equal to "Premium" ignoring case; AsPremium() answers this object for a premium cache, else
//   null. Keys and GetKeys() list the access keys through ARM once and keep them (cachedAccessKeys); RefreshKeys()
//   lists them again, RegenerateKey(type) has ARM make a new key: both keep and answer the new pair. ForceReboot(type)
//   asks ARM to reboot. Refresh()/RefreshAsync() read the resource again (and its firewall rules and patch schedules),
//   answering this object; Update() starts the fluent update. FirewallRules, MinimumTlsVersion and PatchSchedules
//   read the last-read rules, TLS version and schedules. Manager is the IRedisManager it was made by, Inner the model.
// Shapes: *=core
// First try (8a486cb1): incomplete: all 34 refused (IMF0001; 18 of its own, 16 from IGroupableResource<…>,
//   IRefreshable<IRedisCache>, IUpdatable<IUpdate> and IRedisCacheBeta), read as a key-value store of string values:
//   HostName, Id, Name, Key, Type, RegionName, ResourceGroupName, ProvisioningState, RedisVersion, StaticIP and SubnetId
//   as "a string the real store is configured with"; Port, SslPort, ShardCount, NonSslPort, IsPremium, Sku, Region,
//   Inner, MinimumTlsVersion and PatchSchedules as properties beyond Count/Keys/Values; Tags, RedisConfiguration and
//   FirewallRules as dictionaries under a name of their own; Manager as an interface, "the real store's own engine";
//   Refresh, RefreshAsync and Update as returning "an interface with behaviour of its own"; AsPremium, ForceReboot and
//   RegenerateKey as unknown verbs, RefreshKeys as an unknown noun; GetKeys and Keys as "a list of string must be
//   returned as IReadOnlyList<T>, …", a cause they do not have: they return IRedisAccessKeys, the cache's primary and
//   secondary access keys, no collection. (The file was first run with IUpdate, IRedisCachePremium and
//   IRedisFirewallRule left empty; Update then read as "a parameterless write sets the store up". With their real
//   members, as now, main's generator names IUpdate's Apply instead; no other message differed.) | WRONG: none
// After this round: GetKeys and Keys refused for their real cause (IMF0001, Sample116Tests): "it returns
//   IRedisAccessKeys, which is no collection, where a list of string is read". The other 32 unchanged, rightly: every
//   member reads or drives one ARM resource (its model, its keys, a reboot), which a fake has not got. The store kind the
//   messages name (key-value) is not this interface's (Left). The smoke cannot run (incomplete).
#nullable disable

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureLibrariesForNet.IRedisCacheCase;

public class RedisResourceInner
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string Location { get; set; }
    public string HostName { get; set; }
    public int? Port { get; set; }
    public int? SslPort { get; set; }
    public bool? EnableNonSslPort { get; set; }
    public string RedisVersion { get; set; }
    public string ProvisioningState { get; set; }
}

public class Region
{
    public string Name { get; set; }
}

public class Sku
{
    public string Name { get; set; }
    public string Family { get; set; }
    public int Capacity { get; set; }
}

public class ScheduleEntry
{
    public string DayOfWeek { get; set; }
    public int StartHourUtc { get; set; }
}

public class TlsVersion
{
    public string Value { get; set; }
}

public enum RedisKeyType
{
    Primary,
    Secondary,
}

public interface IRedisAccessKeys
{
    string PrimaryKey { get; }
    string SecondaryKey { get; }
}

public interface IRedisManager
{
}

public interface IRedisFirewallRule
{
    string EndIP { get; }
    string StartIP { get; }
}

public interface IAppliable<T> : IIndexable
{
    T Apply();
    Task<T> ApplyAsync(CancellationToken cancellationToken = default(CancellationToken), bool multiThreaded = true);
}

public interface IWithNonSslPort
{
    IUpdate WithNonSslPort();
    IUpdate WithoutNonSslPort();
}

public interface IUpdate : IAppliable<IRedisCache>, IWithNonSslPort
{
}

public interface IBeta
{
}

public interface IIndexable
{
    string Key { get; }
}

public interface IHasId
{
    string Id { get; }
}

public interface IHasName
{
    string Name { get; }
}

public interface IResource : IIndexable, IHasId, IHasName
{
    string Type { get; }
    string RegionName { get; }
    Region Region { get; }
    IReadOnlyDictionary<string, string> Tags { get; }
}

public interface IHasResourceGroup
{
    string ResourceGroupName { get; }
}

public interface IHasManager<ManagerT>
{
    ManagerT Manager { get; }
}

public interface IHasInner<T>
{
    T Inner { get; }
}

public interface IGroupableResource<ManagerT, InnerT> : IResource, IHasResourceGroup, IHasManager<ManagerT>, IHasInner<InnerT>
{
}

public interface IRefreshable<T>
{
    T Refresh();
    Task<T> RefreshAsync(CancellationToken cancellationToken = default(CancellationToken));
}

public interface IUpdatable<T>
{
    T Update();
}

public interface IRedisCacheBeta : IBeta
{
    IReadOnlyDictionary<string, IRedisFirewallRule> FirewallRules { get; }
    TlsVersion MinimumTlsVersion { get; }
    IReadOnlyList<ScheduleEntry> PatchSchedules { get; }
}

public interface IRedisCachePremium : IRedisCache
{
    void DeletePatchSchedule();
    void ExportData(string containerSASUrl, string prefix);
    void ForceReboot(string rebootType, int shardId);
    void ImportData(IList<string> files);
    IReadOnlyList<ScheduleEntry> ListPatchSchedules();
}

[InMemoryFake]
public interface IRedisCache :
    IGroupableResource<IRedisManager, RedisResourceInner>,
    IRefreshable<IRedisCache>,
    IUpdatable<IUpdate>,
    IRedisCacheBeta
{
    string HostName { get; }
    bool IsPremium { get; }
    IRedisAccessKeys Keys { get; }
    bool NonSslPort { get; }
    int Port { get; }
    string ProvisioningState { get; }
    IReadOnlyDictionary<string, string> RedisConfiguration { get; }
    string RedisVersion { get; }
    int ShardCount { get; }
    Sku Sku { get; }
    int SslPort { get; }
    string StaticIP { get; }
    string SubnetId { get; }
    IRedisCachePremium AsPremium();
    void ForceReboot(string rebootType);
    IRedisAccessKeys GetKeys();
    IRedisAccessKeys RefreshKeys();
    IRedisAccessKeys RegenerateKey(RedisKeyType keyType);
}

public static class Smoke
{
    public static Task RunAsync(IRedisCache cache)
    {
        // The real object describes one ARM resource: a new fake cannot have read one, so the script only checks that a
        // read of the keys answers the same pair until they are refreshed or regenerated.
        var keys = cache.GetKeys();
        Check.Equal(keys, cache.GetKeys(), "the access keys are listed once and kept");
        return Task.CompletedTask;
    }
}
