// Source: https://github.com/quartznet/quartznet
// Commit: d97e7822f259
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample6 rule, fixed before probing: in these repositories, in this order (FoundatioFx/Foundatio,
//   jamesmontemagno/monkey-cache, Blazored/LocalStorage, reactiveui/Akavache, eventflow/EventFlow, quartznet/quartznet,
//   Radarr/Radarr, Ombi-app/Ombi, CommunityToolkit/WindowsCommunityToolkit, VahidN/EFCoreSecondLevelCacheInterceptor,
//   ZiggyCreatures/FusionCache, martinothamar/Mediator, JasperFx/marten), skipping any the find_repos/fetch tools do
//   not hold or already in the corpus, stopping after 8 usable ones, at its newest stored snapshot: the first 2
//   interfaces in ordinal path order, outside paths containing "test" (any case), whose name ends in Repository, Store,
//   Storage or Cache and that declare at least 3 members. monkey-cache, Blazored/LocalStorage and
//   WindowsCommunityToolkit had none; Foundatio, Akavache, EventFlow, EFCoreSecondLevelCacheInterceptor and FusionCache
//   had one: 11 interfaces from 8 repositories (Foundatio, Akavache, EventFlow, quartznet, Radarr, Ombi,
//   EFCoreSecondLevelCacheInterceptor, FusionCache).
//   This one: the 2nd of quartznet/quartznet.
// Path: src/Quartz/Extensibility/ISchedulerRepository.cs (model: src/Quartz/IScheduler.cs)
// Adapted: IScheduler keeps the two properties the store reads (SchedulerName, SchedulerInstanceId); the smoke
//   script's TestScheduler implements them. Nullable enabled, as in the project.
// Real store: src/Quartz/Impl/SchedulerRepository.cs (a Dictionary<string, List<(InstanceId, IScheduler)>> keyed by
//   scheduler name, OrdinalIgnoreCase): Bind(scheduler, instanceId) files the scheduler under its SchedulerName with
//   instanceId ?? scheduler.SchedulerInstanceId, SchedulerException when that name already has that instance id
//   (ignoring case), else appends; Remove(name, instanceId) removes the first entry of that name (with that instance
//   id when given), true when one was removed; Lookup(name, instanceId) the first such scheduler or null;
//   LookupByName(name) the schedulers of that name (empty list when none); LookupAll every scheduler.
// Shapes: *=core
// First try (46fe673): incomplete: IMF0001 every member (Bind, Remove, Lookup, LookupByName, LookupAll) | WRONG: none
// After h-conv2 (2026-12-04): unchanged; LookupByName's message now says Name is no parameter's name but may be a
//   property of the values (IScheduler.SchedulerName), instead of "not a known verb".
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Quartz.ISchedulerRepositoryCase;

public interface IScheduler
{
    string SchedulerName { get; }
    string SchedulerInstanceId { get; }
}

[InMemoryFake]
public interface ISchedulerRepository
{
    void Bind(IScheduler scheduler, string? instanceId = null);
    bool Remove(string schedulerName, string? instanceId = null);
    IScheduler? Lookup(string schedulerName, string? instanceId = null);
    List<IScheduler> LookupByName(string schedulerName);
    List<IScheduler> LookupAll();
}

public sealed class TestScheduler(string name, string instanceId) : IScheduler
{
    public string SchedulerName { get; } = name;
    public string SchedulerInstanceId { get; } = instanceId;
}

public static class Smoke
{
    public static Task RunAsync(ISchedulerRepository repository)
    {
        var main = new TestScheduler("Main", "node-1");
        Check.Null(repository.Lookup("Main"), "Lookup of an unbound name is null");
        repository.Bind(main);
        Check.True(ReferenceEquals(main, repository.Lookup("Main")), "Bind files the scheduler under its name");
        Check.Throws<Exception>(() => repository.Bind(new TestScheduler("Main", "node-1")), "Bind of a name and instance id already bound throws");
        var second = new TestScheduler("Main", "node-2");
        repository.Bind(second);
        Check.Equal(2, repository.LookupByName("Main").Count, "two instances of one name coexist");
        Check.True(ReferenceEquals(second, repository.Lookup("Main", "node-2")), "Lookup with an instance id finds that instance");
        Check.True(ReferenceEquals(main, repository.Lookup("Main")), "Lookup without an instance id returns the first bound");
        repository.Bind(new TestScheduler("Other", "x"), "explicit");
        Check.NotNull(repository.Lookup("Other", "explicit"), "Bind files under the explicit instance id");
        Check.Equal(3, repository.LookupAll().Count, "LookupAll returns every scheduler");
        Check.True(ReferenceEquals(main, repository.Lookup("main")), "names compare ignoring case");
        Check.True(repository.Remove("Main", "node-2"), "Remove of a bound instance is true");
        Check.False(repository.Remove("Main", "node-2"), "Remove of an instance no longer bound is false");
        Check.True(repository.Remove("Main"), "Remove without an instance id removes the first of the name");
        Check.Equal(0, repository.LookupByName("Main").Count, "LookupByName of a name with no schedulers is empty");
        return Task.CompletedTask;
    }
}
