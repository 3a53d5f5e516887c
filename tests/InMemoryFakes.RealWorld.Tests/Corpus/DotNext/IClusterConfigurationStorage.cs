// Source: https://github.com/dotnet/dotNext
// Commit: a0750d511
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample46 rule, fixed before probing: the repositories in the order find_repos("dotnet/") lists them (owner
//   dotnet only: akkadotnet/…, json-api-dotnet/…, corvus-dotnet/… and the like skipped), keeping those with C# code at
//   their newest stored snapshot and not already a corpus source; for each, at that snapshot (fetch, then `git grep -n
//   -E "interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first
//   interface outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the
//   base interface is in the same repository, as h-sample12 ruled) and holds state (a …Provider that only computes is
//   skipped); at most 1 per repository; stop after 6. A repository over fetch's 500 MiB limit is skipped, as
//   h-sample42 ruled: find_files lists a repository's files over its whole crawled history, 100 rows a call, and cannot
//   stand in for one snapshot's ordinal path order (tried on roslyn: src/Workspaces/Core/Portable/Storage alone is
//   over 100 rows).
//   In order: roslyn (3.7 GB), docs (1.7 GB), Silk.NET (1.1 GB), maui (2.2 GB) over the limit; runtime, aspnetcore,
//   efcore, orleans, msbuild, aspire, extensions already sources; corefx's newest snapshot is its archived README (no
//   C# code); fsharp (0.99 GB), AspNetCore.Docs (0.87 GB), sdk (0.55 GB) over the limit; winforms gives
//   ICommandBindingTargetProvider (before it: IGraphicsHdcProvider, 3 members that hand out a GDI+ device context and
//   the Graphics made over it, no state a caller puts in: skipped; IToolboxItemProvider and ITargetAwareCodeDomProvider
//   1 member each); android none (IMavenRepository, ILicensesStorage, ILocalManifestProvider 2 members,
//   ILogPathProvider 1); docfx none (IMarkdownObjectRewriterProvider 1); roslynator no match at all; razor's newest snapshot is a README
//   (no C# code); ef6 none (IDbAsyncQueryProvider 2, computing; IDbModelCacheKeyProvider 1); project-system gives
//   ILaunchSettingsProvider (before it: IDebugProfileLaunchTargetsProvider, 4 members that compute launch targets and
//   run launch hooks: skipped; the others 1-2 members); wpf gives IContainItemStorage (its first match is the reference
//   copy in cycle-breakers/PresentationFramework/PresentationFramework.cs; transcribed from its own file);
//   machinelearning gives IKVCache (before it: IChannelProvider, 2 members + 2 of IExceptionContext that create
//   channels and wrap exceptions, computing; IProgressChannelProvider 1); dotNext gives IClusterConfigurationStorage<
//   TAddress> (2 members + 2 of IClusterConfigurationStorage beside it; before it: IMemorySegmentProvider 2;
//   IApplicationStatusProvider 3 health probes that compute; IWaitQueueProvider 1 + 4 of ITaskBuilder that build and
//   complete a lock's wait tasks, computing; IAwaiterStateProvider 1; IClusterConfigurationStorage 2 + IDisposable, not
//   in the repository); wpf-test has every match under src/Test; BenchmarkDotNet none (IHelpProvider, IColumnProvider
//   1 each); arcade-services gives ICache, the 6th. No interface of these repositories was in the corpus.
//   This one: the 5th pick (dotNext; the first in path order that holds state with at least 3 members: 2 of its own and
//   2 of IClusterConfigurationStorage, with IDisposable's Dispose).
// Path: src/cluster/DotNext.Net.Cluster/Net/Cluster/Consensus/Raft/Membership/IClusterConfigurationStorage.cs (models:
//   IClusterConfiguration.cs beside it, src/DotNext.IO/IO/IDataTransferObject.cs; real stores:
//   ClusterConfigurationStorage.cs, InMemoryClusterConfigurationStorage.cs and PersistentClusterConfigurationStorage.cs
//   beside it)
// Adapted: the namespaces (one for all); IDataTransferObject cut down to IsReusable (the real one also writes itself to
//   a stream and transforms itself); IClusterConfiguration<TAddress> kept but for its static TryAdd/TryRemove helpers.
//   ClusterConfiguration is the script's implementation (the real one is the storage's own serialized form). The
//   script closes the fake over string addresses (the real hosts use EndPoint and UriEndPoint).
// Real store: ClusterConfigurationStorage<TAddress> serializes the configuration it is given to bytes under a write
//   lock; InMemoryClusterConfigurationStorage keeps those bytes and a version, starting empty at version 0.
//   SaveConfigurationAsync(configuration, version) installs it only when version is greater than the one held or
//   nothing is held yet (answers true, then raises ConfigurationChanged with the configuration read back), else answers
//   false and keeps what it holds; LoadConfigurationAsync() (both of them) reads the held bytes back as a new
//   configuration (an empty one at the start), the non-generic one with the held version; Dispose releases the lock.
// First try (e557a11): incomplete: IMF0001 on SaveConfigurationAsync<TConfiguration> (a generic method of a store whose
//   values are not object), both LoadConfigurationAsync (keyless reads beside a keyed one; the generic one returns an
//   interface with behaviour of its own) and ConfigurationChanged (an event); IMF0020 on the (IDataTransferObject, long)
//   tuple (stored by reference); Dispose generated (does nothing). The probe stops at LoadConfigurationAsync, the
//   script's first line | WRONG: none reached. Dispose leaves the fake working, where the real storage's lock is disposed
//   (the open "disposed store keeps working" class).
// After this round: unchanged, rightly: a versioned single document that installs a configuration only for a greater
//   version, serializes it and reads it back as a new object, and raises an event on install; none of it is in a
//   signature a convention reads.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotNext.IClusterConfigurationStorageCase;

public interface IDataTransferObject
{
    bool IsReusable { get; }
}

public interface IClusterConfiguration<TAddress> : IDataTransferObject
    where TAddress : notnull
{
    IReadOnlySet<TAddress> Members { get; }

    IClusterConfiguration<TAddress> Add(TAddress address);

    IClusterConfiguration<TAddress> Remove(TAddress address);
}

public sealed class ClusterConfiguration : IClusterConfiguration<string>
{
    public ClusterConfiguration(params string[] members) => Members = new HashSet<string>(members, StringComparer.Ordinal);

    public bool IsReusable => true;

    public IReadOnlySet<string> Members { get; }

    public IClusterConfiguration<string> Add(string address) => Members.Contains(address) ? this : new ClusterConfiguration(Members.Append(address).ToArray());

    public IClusterConfiguration<string> Remove(string address) => Members.Contains(address) ? new ClusterConfiguration(Members.Where(m => m != address).ToArray()) : this;
}

public interface IClusterConfigurationStorage : IDisposable
{
    ValueTask<bool> SaveConfigurationAsync<TConfiguration>(TConfiguration configuration, long configurationVersion, CancellationToken token = default)
        where TConfiguration : IDataTransferObject;

    ValueTask<(IDataTransferObject Configuration, long Version)> LoadConfigurationAsync(CancellationToken token = default);
}

[InMemoryFake]
public interface IClusterConfigurationStorage<TAddress> : IClusterConfigurationStorage
    where TAddress : notnull
{
    new ValueTask<IClusterConfiguration<TAddress>> LoadConfigurationAsync(CancellationToken token = default);

    event Func<IClusterConfiguration<TAddress>, CancellationToken, ValueTask> ConfigurationChanged;
}

public static class Smoke
{
    private static string Members(IClusterConfiguration<string> configuration)
        => string.Join(",", configuration.Members.OrderBy(static m => m, StringComparer.Ordinal));

    public static async Task RunAsync(IClusterConfigurationStorage<string> storage)
    {
        Check.Equal("", Members(await storage.LoadConfigurationAsync()), "an empty storage loads an empty configuration");
        IClusterConfigurationStorage untyped = storage;
        Check.Equal(0L, (await untyped.LoadConfigurationAsync()).Version, "at version 0");

        var changes = new List<string>();
        storage.ConfigurationChanged += (configuration, _) =>
        {
            changes.Add(Members(configuration));
            return ValueTask.CompletedTask;
        };

        Check.True(await storage.SaveConfigurationAsync(new ClusterConfiguration("node-a", "node-b"), 1), "SaveConfigurationAsync installs a first configuration");
        Check.Equal("node-a,node-b", Members(await storage.LoadConfigurationAsync()), "LoadConfigurationAsync reads it back");
        Check.Equal(1L, (await untyped.LoadConfigurationAsync()).Version, "with its version");
        Check.Equal("node-a,node-b", string.Join(";", changes), "ConfigurationChanged is raised with the installed configuration");

        Check.False(await storage.SaveConfigurationAsync(new ClusterConfiguration("node-a"), 1), "a configuration of a version not greater is not installed");
        Check.Equal("node-a,node-b", Members(await storage.LoadConfigurationAsync()), "the held one stays");
        Check.Equal(1, changes.Count, "and nothing is raised");

        Check.True(await storage.SaveConfigurationAsync(new ClusterConfiguration("node-a", "node-c"), 2), "a greater version is installed");
        Check.Equal("node-a,node-c", Members(await storage.LoadConfigurationAsync()), "and read back");
        Check.Equal(2L, (await untyped.LoadConfigurationAsync()).Version, "at its version");
        storage.Dispose();
    }
}
