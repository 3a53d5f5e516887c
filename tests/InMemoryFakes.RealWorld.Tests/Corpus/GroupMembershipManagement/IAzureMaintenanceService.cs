// Source: https://github.com/microsoftgraph/group-membership-management
// Commit: 49a0b4a18fdb
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample113 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample113-rule.md):
//   the repositories find_repos("microsoftgraph/") lists, in its order, keeping those with C# files
//   (find_files(repo, ext="cs") gives rows); then find_repos("MicrosoftLearning/") and find_repos("Microsoft-") only if
//   that list ran out before 3 picks: it did not. A repository with no licence file of its own (or a licence its README
//   states for the whole repository) is skipped, as are proprietary ones; in each, at its newest stored snapshot (fetch,
//   then git grep for interface declarations in *.cs, paths sorted ordinally), the first interface whose path says
//   neither test, sample nor generated, with at least 3 members and an implementation in the same repository that
//   keeps state (database, cache, blob, table, file, in-memory collection); not a corpus source already (none of
//   microsoftgraph's is); at most 1 per repository; stop after 3. The walk, find_repos("microsoftgraph/") (100 listed):
//   microsoft-graph-docs.zh-CN, .pt-BR, .ru-RU, microsoft-graph-docs-contrib, msgraph-sdk-typescript,
//   msgraph-beta-sdk-go, msgraph-sdk-php, msgraph-sdk-powershell, msgraph-beta-sdk-php, msgraph-sdk-java,
//   msgraph-beta-sdk-java and msgraph-sdk-go give no rows (their answers say "truncated" with 0 rows; for
//   msgraph-sdk-powershell a narrower find_files(under "src") lists AutoRest-generated C#: by the rule's own test it
//   gives no rows, and it was not walked); msgraph-beta-sdk-dotnet (MIT) has rows but no snapshot (577 MB, over the
//   limit), and by the file index every interface is a generated request or request builder, or a hand-written one
//   under Requests/Extensions that sends HTTP and keeps nothing (IUploadChunkRequest…): no qualifying interface;
//   msgraph-sdk-python and msgraph-beta-sdk-python give no rows; group-membership-management (MIT) gives this
//   IAzureMaintenanceService, the 1st pick (the 16th repository listed). Then entra-powershell gives no rows;
//   msgraph-cli (MIT) has at its snapshot only src/Program.cs outside src/generated (generated: skipped);
//   msgraph-sdk-javascript, msgraph-sdk-ruby, microsoft-graph-explorer-v4, msgraph-beta-sdk-ruby,
//   microsoft-graph-toolkit, msgraph-sdk-objc-models, msgraph-sdk-objc and microsoft-graph-docs give no rows;
//   dataconnect-solutions (MIT) declares only ICommand<T>, ICommandAsync<T> and ICommandAsync (1 member each);
//   MSGraph-SDK-Code-Generator (MIT): IPathWriter (3: computes output paths), ITemplateInfo (a template's description,
//   no store), ITemplateInfoProvider (1), ITemplateProcessor (2): none keeps state; microsoft-graph-comms-samples
//   (MIT): every interface is under Samples/; microsoft-graph-devx-api (MIT) gives IOpenApiService, the 2nd pick
//   (Corpus/GraphDevxApi/IOpenApiService.cs); msgraph-sdk-dotnet-core (MIT): model contracts of properties
//   (IDecryptableContent…), IAsyncMonitor (1), IBaseClient (2), none keeps state; msgraph-sdk-dotnet-contrib (MIT):
//   IHttpMessageLogger (1), then HTTP requests and request builders (IAppTileCollectionRequest, 7: sends a GET, keeps
//   nothing) and collection pages declaring nothing of their own (ICollectionPage<T> is Microsoft.Graph's);
//   msgraph-sdk-java-core and microsoft-graph-explorer give no rows; msgraph-sdk-dotnet (MIT) declares no interface
//   outside generated code; msgraph-cli-archived (Python at its snapshot) and Intune-PowerShell-SDK-Code-Generator
//   declare none; msgraph-sdk-python-core gives no rows; msgraph-samples-dashboard declares none;
//   msgraph-bicep-types declares none; msgraph-cds-workrides-sample has no licence file and its README states none:
//   skipped; msgraph-sdk-php-core and msgraph-beta-sdk-typescript give no rows; msgraph-sdk-dotnet-auth declares none;
//   xamarin-csharp-propertymanager-sample (MIT) gives IConfigService, the 3rd pick
//   (Corpus/GraphPropertyManager/IConfigService.cs): 3, stop. This one: before it in path order none
//   (Deployment, Documentation, Infrastructure and Scripts declare no C# interface; it is the first of Service/).
// Path: Service/GroupMembershipManagement/Hosts/AzureMaintenance/Services.Entities/Contracts/IAzureMaintenanceService.cs
//   (real store: Hosts/AzureMaintenance/Services/AzureMaintenanceService.cs over Repositories.EntityFramework's
//   DatabaseSyncJobsRepository and DatabasePurgedSyncJobsRepository, SQL Server; model: Models/SyncJob.cs)
// Adapted: the namespaces (one for all); SyncJob cut to the properties the service reads or maps. Nullable disabled, as
//   in the source (Services.Entities.csproj states no Nullable).
// Real store: AzureMaintenanceService, the maintenance function's service over the GMM SQL database. GetSyncJobsAsync()
//   reads the sync jobs whose StartDate and ScheduledDate are not in the future and whose Status is one of
//   CustomerPaused, DestinationGroupNotFound, MembershipDataNotFound, NotOwnerOfDestinationGroup, SecurityGroupNotFound,
//   ThresholdExceeded or SubmissionRejected, and keeps those last run more than 30 days ago. BackupInactiveJobsAsync(jobs)
//   answers 0 for no jobs, else maps each to a PurgedSyncJob stamped PurgedAt = now and inserts them into the
//   PurgedSyncJobs table (another table), answering the rows written. RemoveInactiveJobsAsync(jobs) deletes each job by
//   Id with the destination owners no other job has, one SaveChanges (a job not stored: NullReferenceException).
//   RemoveBackupsAsync() deletes the purged jobs older than the configured days and answers how many (0 for none).
//   ExpireNotificationsAsync(jobs) marks each job's threshold notification Expired (another repository).
//   GetGroupNameAsync(groupId) asks Microsoft Graph; SendEmailAsync(job, groupName) mails the group's owners.
// Shapes: *=core
// First try (fa08f2db): incomplete: 6 of 7 refused (IMF0001), read as an entity repository of SyncJob keyed by Id:
//   BackupInactiveJobsAsync, ExpireNotificationsAsync and SendEmailAsync ("not a known verb"), RemoveBackupsAsync
//   ("'Backups' after it names neither SyncJob … nor a property of it"), GetGroupNameAsync ("parameter 'groupId' names
//   neither the key (Id) nor a property of SyncJob; the nearest … TargetOfficeGroupId"), RemoveInactiveJobsAsync ("a
//   removal of several entities that returns nothing cannot say what it does when one of them is not stored … State it
//   … MissingDelete"); GetSyncJobsAsync generated as every stored SyncJob | WRONG: GetSyncJobsAsync lists every job,
//   where the real one lists only the jobs of seven statuses (CustomerPaused, ThresholdExceeded…) whose start and
//   scheduled dates have come and whose last run is more than 30 days old: the maintenance function backs up and
//   deletes what it answers.
// After this round: GetSyncJobsAsync refused (IMF0001, Sample113Tests): it would list every SyncJob, but
//   BackupInactiveJobsAsync and RemoveInactiveJobsAsync are handed SyncJobs and call them Inactive, a condition no
//   property names and no member reads by name. All 7 refused, rightly: the filter, the backup table, Graph and mail are
//   the service's own; the smoke cannot run (incomplete).
// Session 36 (h-refusals36): GetGroupNameAsync's refusal names its result (a string, neither a SyncJob nor a property
//   of one) instead of the parameter's nearest property TargetOfficeGroupId.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GroupMembershipManagement.IAzureMaintenanceServiceCase;

public class SyncJob
{
    public Guid Id { get; set; }
    public Guid? RunId { get; set; }
    public string Requestor { get; set; }
    public Guid TargetOfficeGroupId { get; set; }
    public string Destination { get; set; }
    public string Status { get; set; }
    public DateTime LastRunTime { get; set; }
    public DateTime StartDate { get; set; }
    public DateTime ScheduledDate { get; set; }
    public int Period { get; set; }
    public string Query { get; set; }
}

[InMemoryFake]
public interface IAzureMaintenanceService
{
    Task<List<SyncJob>> GetSyncJobsAsync();
    Task<int> BackupInactiveJobsAsync(List<SyncJob> syncJobs);
    Task RemoveInactiveJobsAsync(IEnumerable<SyncJob> jobs);
    Task<int> RemoveBackupsAsync();
    Task ExpireNotificationsAsync(IEnumerable<SyncJob> jobs);
    Task<string> GetGroupNameAsync(Guid groupId);
    Task SendEmailAsync(SyncJob job, string groupName);
}

public static class Smoke
{
    public static async Task RunAsync(IAzureMaintenanceService service)
    {
        Check.Equal(0, (await service.GetSyncJobsAsync()).Count, "a new database has no inactive sync job");
        Check.Equal(0, await service.BackupInactiveJobsAsync(new List<SyncJob>()), "backing up no jobs writes no row");
        Check.Equal(0, await service.RemoveBackupsAsync(), "no backup is old enough to remove");
        await service.RemoveInactiveJobsAsync(new List<SyncJob>());
        Check.Equal(0, (await service.GetSyncJobsAsync()).Count, "removing no jobs leaves none");
    }
}
