// Source: https://github.com/danielgerlag/workflow-core
// Commit: a33e5a9d
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample15 rule, fixed before probing: in these repositories, in this order (danielgerlag/workflow-core,
//   MiniProfiler/dotnet, DuendeSoftware/IdentityServer, Prowlarr/Prowlarr, anjoy8/Blog.Core, zhontai/Admin.Core,
//   OrchardCMS/Orchard, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   DotNetNext/SqlSugar, umbraco/Umbraco-CMS), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). The round's hard deadline cut the list at 8, in
//   that order: workflow-core IEventRepository, IScheduledCommandRepository, ISubscriptionRepository; MiniProfiler
//   IAsyncStorage (its only one); Duende IAutomaticKeyManagerKeyStore, ICache<T>, IConsentMessageStore; Prowlarr
//   IAppIndexerMapRepository. Not transcribed for lack of time: Prowlarr's IApplicationsRepository and
//   IApplicationStatusRepository and the repositories after Prowlarr in the list.
//   This one: the 2nd of danielgerlag/workflow-core (3 members, the property counts).
// Path: src/WorkflowCore/Interface/Persistence/IScheduledCommandRepository.cs (model: src/WorkflowCore/Models/ScheduledCommand.cs)
// Adapted: ScheduledCommand as it is. WorkflowCore builds without nullable annotations (#nullable disable).
// Real store: the default MemoryPersistenceProvider answers SupportsScheduledCommands false and throws
//   NotImplementedException from both methods, so the store that does schedule is
//   src/providers/WorkflowCore.Persistence.EntityFramework/Services/EntityFrameworkPersistenceProvider.cs:
//   SupportsScheduledCommands true; ScheduleCommand(c) inserts a row (identity key PersistenceId; a UNIQUE index on
//   (CommandName, Data), and the DbUpdateException of a duplicate is swallowed: scheduling the same name and data twice
//   keeps one); ProcessCommands(asOf, action) for each row with ExecuteTime < asOf.UtcDateTime.Ticks (strictly
//   before) calls action(command) and then deletes the row; an exception from action is swallowed and leaves the row.
// Shapes: *=core
// First try (acd8f01): incomplete: IMF0001 SupportsScheduledCommands (a bool property that is no
//   IsEmpty/HasItems), ScheduleCommand, ProcessCommands (unknown verbs; classified key-value); nothing generated, so
//   nothing wrong. Unchanged after this round.

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WorkflowCore.IScheduledCommandRepositoryCase;

public class ScheduledCommand
{
    public const string ProcessWorkflow = "ProcessWorkflow";
    public const string ProcessEvent = "ProcessEvent";

    public string CommandName { get; set; }
    public string Data { get; set; }
    public long ExecuteTime { get; set; }
}

[InMemoryFake]
public interface IScheduledCommandRepository
{
    bool SupportsScheduledCommands { get; }

    Task ScheduleCommand(ScheduledCommand command);

    Task ProcessCommands(DateTimeOffset asOf, Func<ScheduledCommand, Task> action, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IScheduledCommandRepository repository)
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
        Check.True(repository.SupportsScheduledCommands, "a store that schedules says so");
        await repository.ScheduleCommand(new ScheduledCommand { CommandName = ScheduledCommand.ProcessWorkflow, Data = "w1", ExecuteTime = t0.UtcTicks });
        await repository.ScheduleCommand(new ScheduledCommand { CommandName = ScheduledCommand.ProcessWorkflow, Data = "w1", ExecuteTime = t0.UtcTicks });
        await repository.ScheduleCommand(new ScheduledCommand { CommandName = ScheduledCommand.ProcessEvent, Data = "e1", ExecuteTime = t0.AddHours(1).UtcTicks });
        var seen = new List<string>();
        await repository.ProcessCommands(t0, c => { seen.Add(c.Data); return Task.CompletedTask; });
        Check.Equal("", string.Join(",", seen), "ProcessCommands runs only commands strictly before asOf");
        await repository.ProcessCommands(t0.AddMinutes(1), c => { seen.Add(c.Data); return Task.CompletedTask; });
        Check.Equal("w1", string.Join(",", seen), "ProcessCommands runs a due command once (the duplicate was not stored)");
        await repository.ProcessCommands(t0.AddMinutes(1), c => { seen.Add(c.Data); return Task.CompletedTask; });
        Check.Equal("w1", string.Join(",", seen), "a processed command is deleted");
        await repository.ProcessCommands(t0.AddHours(2), c => throw new InvalidOperationException("boom"));
        await repository.ProcessCommands(t0.AddHours(2), c => { seen.Add(c.Data); return Task.CompletedTask; });
        Check.Equal("w1,e1", string.Join(",", seen), "a command whose action threw stays scheduled");
    }
}
