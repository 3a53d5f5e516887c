// Source: https://github.com/ONLYOFFICE/CommunityServer
// Commit: 7c503dfb
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample21 rule, fixed before probing: in these repositories, in this order (NuGet/Insights,
//   ONLYOFFICE/CommunityServer, dotnetcore/Util, fullstackhero/blazor-starter-kit, OpenRA/OpenRA,
//   bitfoundation/bitplatform, Lombiq/Helpful-Libraries, elsa-workflows/elsa-core, dotnet/try,
//   microsoft/semantic-kernel, Particular/ServiceControl, OrchardCMS/OrchardCore.Commerce), skipping any the tools do
//   not hold or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally):
//   the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does
//   not count), outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 10; each transcribed whole.
//   elsa-workflows/elsa-core (Corpus/Elsa) and microsoft/semantic-kernel are in the corpus; blazor-starter-kit's four
//   (IBrandRepository, IDocumentTypeRepository: 0 members; IDocumentRepository: 2; IProductRepository: 1), Lombiq and
//   dotnet/try have none; the rule stops before OrchardCore.Commerce. So it picks 10, in order: NuGet.Insights
//   IEntityUpsertStorage<TItem, TEntity>, IAdminViewModelCache; CommunityServer ICache, IBackupRepository; Util ICache,
//   ILocalCache (ICache's 46 members, inherited); OpenRA IModelCache (its only one); bitplatform IBitBesqlStorage (its
//   only one); ServiceControl ILicensingDataStore, IAuditDataStore.
//   This one: the 2nd of ONLYOFFICE/CommunityServer (12 members).
// Path: common/ASC.Data.Backup/Storage/IBackupRepository.cs (models: BackupRecord.cs, Schedule.cs; BackupStorageType
//   from ASC.Core.Common/Contracts)
// Adapted: Schedule drops IsToBeProcessed (cron and tenant lookups); BackupStorageType keeps a few values;
//   IBackupRepository and BackupRecord are internal there, public here (the harness's Smoke is public).
//   ASC.Data.Backup builds without nullable annotations (#nullable disable).
// Real store: common/ASC.Data.Backup/Storage/BackupRepository.cs (SQL through ASC.Common.Data): SaveBackupRecord
//   REPLACE INTO backup_backup keyed by Id (insert or overwrite); GetBackupRecord(id) the row or null, REMOVED ROWS
//   INCLUDED; GetBackupRecord(hash, tenant) the row with that Hash and TenantId or null; GetExpiredBackupRecords the
//   rows not removed whose ExpiresOn is not DateTime.MinValue and is <= DateTime.UtcNow; GetScheduledBackupRecords the
//   rows not removed with IsScheduled; GetBackupRecordsByTenantId the tenant's rows NOT REMOVED; DeleteBackupRecord(id)
//   is a SOFT delete (UPDATE ... SET removed = true; the row stays readable by Id); MigrationBackupRecords copies the
//   tenant's rows into another database (configPath) under new ids; SaveBackupSchedule REPLACE INTO backup_schedule
//   keyed by TenantId; GetBackupSchedule(tenantId) the row or null; GetBackupSchedules the schedules whose tenant is
//   ACTIVE (a join with tenants_tenants); DeleteBackupSchedule(tenantId) deletes the row.
// Shapes: *=core
// First try (cb20e85): incomplete: IMF0001 GetBackupRecord(hash, tenant), GetExpiredBackupRecords, GetBackupSchedules,
//   GetBackupSchedule, SaveBackupSchedule, DeleteBackupSchedule, MigrationBackupRecords | SILENTLY WRONG:
//   DeleteBackupRecord(id) REMOVES the row, where the real one only sets Removed (GetBackupRecord(id), generated, then
//   returns null in the fake and the row with Removed = true in the real store); GetBackupRecordsByTenantId and
//   GetScheduledBackupRecords list rows saved with Removed = true, which the real queries leave out (removed = false).
// After this round: unchanged (no fix in time).
// After h-softdelete (2026-12-03): DeleteBackupRecord is refused (IMF0001: BackupRecord has the deletion flag 'Removed',
//   whether the delete removes the row or sets the flag is the store's own); the silent removal is gone. SoftDelete =
//   SoftDelete.None is not set: this store's delete keeps the row. A "hide flagged rows from every read" setting would
//   not fit: GetBackupRecord(id) still returns a removed row, only the lists filter it.
// Still wrong: GetBackupRecordsByTenantId and GetScheduledBackupRecords list rows saved with Removed = true, which the
//   real queries leave out (removed = false); reached only by saving a row with Removed set, since the delete is refused.
// After h-oblivious (session 29): still incomplete (other members); GetBackupRecord answers null for a missing entity
//   as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OnlyOffice.IBackupRepositoryCase;

public enum BackupStorageType
{
    Documents = 0,
    ThridpartyDocuments = 1,
    CustomCloud = 2,
    Local = 3,
    DataStore = 4,
    ThirdPartyConsumer = 5,
}

public class BackupRecord
{
    public Guid Id { get; set; }
    public int TenantId { get; set; }
    public bool IsScheduled { get; set; }
    public BackupStorageType StorageType { get; set; }
    public string StorageBasePath { get; set; }
    public string StoragePath { get; set; }
    public string FileName { get; set; }
    public DateTime CreatedOn { get; set; }
    public DateTime ExpiresOn { get; set; }
    public Dictionary<string, string> StorageParams { get; set; }
    public string Hash { get; set; }
    public bool Removed { get; set; }
}

public class Schedule
{
    public int TenantId { get; private set; }
    public string Cron { get; set; }
    public bool BackupMail { get; set; }
    public int NumberOfBackupsStored { get; set; }
    public BackupStorageType StorageType { get; set; }
    public string StorageBasePath { get; set; }
    public DateTime LastBackupTime { get; internal set; }
    public Dictionary<string, string> StorageParams { get; internal set; }

    public Schedule(int tenantId)
    {
        TenantId = tenantId;
    }
}

[InMemoryFake]
public interface IBackupRepository
{
    void SaveBackupRecord(BackupRecord backupRecord);
    BackupRecord GetBackupRecord(Guid id);
    BackupRecord GetBackupRecord(string hash, int tenant);
    List<BackupRecord> GetExpiredBackupRecords();
    List<BackupRecord> GetScheduledBackupRecords();
    List<BackupRecord> GetBackupRecordsByTenantId(int tenantId);
    void DeleteBackupRecord(Guid id);
    void MigrationBackupRecords(int tenantId, int newTenantId, string configPath);
    void SaveBackupSchedule(Schedule schedule);
    Schedule GetBackupSchedule(int tenantId);
    List<Schedule> GetBackupSchedules();
    void DeleteBackupSchedule(int tenantId);
}

public static class Smoke
{
    public static Task RunAsync(IBackupRepository repository)
    {
        var id = Guid.NewGuid();
        repository.SaveBackupRecord(new BackupRecord { Id = id, TenantId = 1, Hash = "h1", FileName = "a.tar.gz", IsScheduled = true, ExpiresOn = DateTime.MinValue });
        repository.SaveBackupRecord(new BackupRecord { Id = Guid.NewGuid(), TenantId = 1, Hash = "h2", ExpiresOn = DateTime.UtcNow.AddDays(-1) });
        Check.Equal(2, repository.GetBackupRecordsByTenantId(1).Count, "GetBackupRecordsByTenantId lists the tenant's rows");
        Check.Equal(0, repository.GetBackupRecordsByTenantId(2).Count, "of that tenant only");
        Check.Equal(1, repository.GetScheduledBackupRecords().Count, "GetScheduledBackupRecords lists the scheduled rows");
        repository.SaveBackupRecord(new BackupRecord { Id = id, TenantId = 1, Hash = "h1", FileName = "b.tar.gz", IsScheduled = true });
        Check.Equal("b.tar.gz", repository.GetBackupRecordsByTenantId(1).Single(r => r.Id == id).FileName, "SaveBackupRecord of an existing Id replaces it");
        repository.SaveBackupRecord(new BackupRecord { Id = Guid.NewGuid(), TenantId = 1, IsScheduled = true, Removed = true });
        Check.Equal(2, repository.GetBackupRecordsByTenantId(1).Count, "a row saved with Removed set is not listed for its tenant (removed = false in the query)");
        Check.Equal(1, repository.GetScheduledBackupRecords().Count, "nor as scheduled");
        repository.DeleteBackupRecord(id);
        Check.Equal(1, repository.GetBackupRecordsByTenantId(1).Count, "a deleted row is no longer listed for its tenant");
        Check.Equal(0, repository.GetScheduledBackupRecords().Count, "nor as scheduled");
        Check.True(repository.GetBackupRecord(id).Removed, "DeleteBackupRecord is a soft delete: the row stays readable by Id, Removed");
        Check.Equal(id, repository.GetBackupRecord("h1", 1).Id, "GetBackupRecord(hash, tenant) finds the row");
        Check.Null(repository.GetBackupRecord("h1", 2), "of that tenant only");
        Check.Equal(1, repository.GetExpiredBackupRecords().Count, "GetExpiredBackupRecords lists the rows past ExpiresOn");
        repository.SaveBackupSchedule(new Schedule(1) { Cron = "0 0 * * *" });
        Check.Equal("0 0 * * *", repository.GetBackupSchedule(1).Cron, "GetBackupSchedule returns the tenant's schedule");
        Check.Null(repository.GetBackupSchedule(2), "GetBackupSchedule of another tenant is null");
        repository.DeleteBackupSchedule(1);
        Check.Null(repository.GetBackupSchedule(1), "DeleteBackupSchedule deletes it");
        return Task.CompletedTask;
    }
}
