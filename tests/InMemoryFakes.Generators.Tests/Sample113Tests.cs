using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample113 (session 35), Microsoft Graph's repositories. group-membership-management's <c>IAzureMaintenanceService</c>
/// declares <c>Task&lt;List&lt;SyncJob&gt;&gt; GetSyncJobsAsync()</c> beside <c>BackupInactiveJobsAsync(List&lt;SyncJob&gt;)</c>
/// and <c>RemoveInactiveJobsAsync(IEnumerable&lt;SyncJob&gt;)</c>. The read was generated as every job, silently: the real one
/// keeps the jobs of seven statuses last run more than 30 days ago, which the maintenance then backs up and deletes. A list
/// of every entity beside members that are handed those entities and call them by a qualifier (Inactive) that no property
/// names and no member reads by name is now refused. The Graph property manager's <c>IConfigService</c> (four settable
/// properties over two model types) refused <c>DataFile</c> as "proves no entity type", where the setter is the cause.
/// </summary>
public class Sample113Tests
{
    private const string Maintenance = Sources.Usings + """
        #nullable disable
        namespace V;

        public class SyncJob
        {
            public Guid Id { get; set; }
            public string Status { get; set; }
            public DateTime LastRunTime { get; set; }
        }

        [InMemoryFake]
        public interface IAzureMaintenanceService
        {
            Task<List<SyncJob>> GetSyncJobsAsync();
            Task<int> BackupInactiveJobsAsync(List<SyncJob> syncJobs);
            Task RemoveInactiveJobsAsync(IEnumerable<SyncJob> jobs);
        }
        """;

    [Fact]
    public void A_list_of_every_entity_beside_members_handed_rows_they_call_by_a_qualifier_is_refused()
    {
        var run = GeneratorHarness.Run(Maintenance);
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'GetSyncJobsAsync' of IAzureMaintenanceService matches no entity repository convention: it would list every SyncJob, but 'BackupInactiveJobsAsync' and 'RemoveInactiveJobsAsync' are handed SyncJobs and call them Inactive, "
            + "a condition no property of SyncJob names and no member reads by name, so the SyncJobs this read hands out may be only the Inactive ones, chosen by the real store's own query (a status, an age); "
            + "write it (Store.Where(e => …) with that condition, or Store.All() if it is every row). "
            + "Implement it in the partial class InMemoryAzureMaintenanceService, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetSyncJobsAsync)) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetSyncJobsAsync"));

        // One such member is enough, sync or async, and an array of the entity counts as rows handed.
        var one = GeneratorHarness.Run(Refusals.Without(Maintenance, "    Task RemoveInactiveJobsAsync(IEnumerable<SyncJob> jobs);")
            .Replace("Task<List<SyncJob>> GetSyncJobsAsync();", "List<SyncJob> GetSyncJobs();", StringComparison.Ordinal)
            .Replace("Task<int> BackupInactiveJobsAsync(List<SyncJob> syncJobs);", "void ArchiveStaleSyncJobs(SyncJob[] jobs);", StringComparison.Ordinal));
        Assert.Contains("but 'ArchiveStaleSyncJobs' is handed SyncJobs and calls them Stale, a condition no property of SyncJob names", Refusals.Message(one, "GetSyncJobs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_stays_every_row_when_the_word_is_a_property_a_counting_word_a_verb_or_read_by_name()
    {
        const string Jobs = Sources.Usings + """
            namespace V;

            public class Job
            {
                public int Id { get; set; }
                public bool IsArchived { get; set; }
            }

            [InMemoryFake]
            public interface IJobRepository
            {
                List<Job> GetJobs();
                void Add(Job job);
                void PurgeArchivedJobs(IEnumerable<Job> jobs);
                void DeleteSelectedJobs(IEnumerable<Job> jobs);
                List<Job> GetStaleJobs();
                void RemoveStaleJobs(IEnumerable<Job> jobs);
                void ForceImportJobs(IEnumerable<Job> jobs);
            }

            public partial class InMemoryJobRepository
            {
                public void PurgeArchivedJobs(IEnumerable<Job> jobs) { foreach (var job in jobs) Store.Remove(job.Id); }
                public void DeleteSelectedJobs(IEnumerable<Job> jobs) { foreach (var job in jobs) Store.Remove(job.Id); }
                public List<Job> GetStaleJobs() => new List<Job>();
                public void RemoveStaleJobs(IEnumerable<Job> jobs) { foreach (var job in jobs) Store.Remove(job.Id); }
                public void ForceImportJobs(IEnumerable<Job> jobs) { foreach (var job in jobs) Store.Upsert(job); }
            }
            """;
        var run = GeneratorHarness.Run(Jobs);
        Assertions.NeverFailed(run);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IJobRepository jobs = new InMemoryJobRepository();
                    jobs.Add(new Job());
                    jobs.Add(new Job { IsArchived = true });
                    Is(2, jobs.GetJobs().Count, "Archived is a property (IsArchived), Selected counts, Stale is read by GetStaleJobs, Import follows a verb modifier: GetJobs lists every job");
                }
            }
            """);
    }

    [Fact]
    public void A_settable_property_of_a_store_of_several_types_is_refused_for_its_setter_not_its_table()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class UserModel { public string Id { get; set; } }
            public class GroupModel { public string Id { get; set; } }
            public class DataFileModel { public string DriveItemId { get; set; } }

            [InMemoryFake]
            public interface IConfigService
            {
                UserModel User { get; set; }
                GroupModel AppGroup { get; set; }
                List<GroupModel> Groups { get; set; }
                DataFileModel DataFile { get; set; }
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(
            "'DataFile' of IConfigService matches no entity repository convention: properties with a setter are not supported: what setting one changes in the real store (a setting it reads, a service or a unit of work it uses) is its own code, which no convention follows; "
            + "an auto-property in the partial class (public DataFileModel DataFile { get; set; }) keeps what the test sets. "
            + "Implement it in the partial class InMemoryConfigService, where ((IInMemoryFake)this).Core.Intercept(nameof(DataFile)) joins the call log and fault injection; this fake keeps a table per entity type and has no Store property (docs/generator.md#repositories-of-several-entity-types).",
            Refusals.Message(run, "DataFile"));
        Assert.StartsWith("'User' of IConfigService matches no entity repository convention: properties with a setter are not supported", Refusals.Message(run, "User"), StringComparison.Ordinal);
    }
}
