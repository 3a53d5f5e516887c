// Source: https://github.com/faster64/repository-service
// Commit: 8db2d601f10e
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample89 rule (the whole rule and the repositories it skipped: Corpus/MyRepository/IRepository.cs). This one:
//   the 3rd pick (the 67th repository find_repos("Repository") lists). The repository's master holds only a README; the
//   code (KiotViet's TimeSheet service) is on its develop branch, the commit find_files lists, read there with git grep.
//   No licence file, and no copyright notice in its C# but an empty AssemblyCopyright("Copyright © 2019"). Before it in
//   path order: IInternalRequest (a marker, no member).
// Path: src/Application/KiotVietTimeSheet.Application/Abstractions/IRetailDbService.cs (implementation:
//   src/Infrastructure/KiotVietTimeSheet.Infrastructure/DbRetail/RetailDbService.cs over EF Core's DbRetailContext; model:
//   src/Shared Kernel/KiotVietTimeSheet.SharedKernel/Models/ImportExportFile.cs)
// Adapted: ImportExportFile is transcribed whole, with the three interfaces it implements (IRetailerId, ICreatedBy,
//   ICreatedDate); the Processing status (ImportExportStatus.Processing = 1, a byte in the table) is a constant of the smoke
//   script. Nullable disabled, as in the source (netstandard2.0, no Nullable setting).
// Real store: RetailDbService over DbRetailContext (SQL Server; Revision is a rowversion the database writes,
//   IsConcurrencyToken). AddImportExportFile(entity) stamps the entity from its IAuthService context (RetailerId = the
//   tenant, CreatedBy = the user) and CreatedDate = DateTime.Now, adds it, saves, and returns it with the Id the database
//   numbered. HasDuplicateTaskImportBySessionId(sessionId, type) answers whether the current user has a row of that
//   KvSessionId with IsImport == true, EventType == type and Status == Processing (1). HasDuplicateTaskExportBySessionId(
//   sessionId, revision, type) answers whether the current user has a row of that KvSessionId, IsImport != true (false or
//   null), EventType == type, Status == Processing and a Revision at or after the base64 revision given (byte order; an
//   empty revision matches every row). Both are AnyAsync: true or false, never an error.
// Shapes: *=4; AddImportExportFile=core
// First try (8b82adcf): incomplete: IMF0001 HasDuplicateTaskExportBySessionId, HasDuplicateTaskImportBySessionId
//   ("parameter 'sessionId' names neither the key (Id) nor a property of ImportExportFile; the nearest … KvSessionId … a
//   near name is not read as the property"); generated: AddImportExportFile (an add whose unset Id is numbered; IMF0025,
//   Info, says CreatedDate and ModifiedDate are stored as given) | WRONG: AddImportExportFile keeps the RetailerId and
//   CreatedBy it is given, where the real service overwrites them with the tenant and the user of its IAuthService
//   context (and CreatedDate with DateTime.Now, which IMF0025 reports); no parameter carries them.
// After this round: unchanged. The refusals are right: the checks compare the near-named KvSessionId, a status and a
//   flag the names leave out (Processing, IsImport), the user of a context no parameter gives, and a rowversion order.
// Still wrong: AddImportExportFile keeps the RetailerId and CreatedBy given (the real service stamps its context's tenant
//   and user; a creator or tenant stamped from an injected context is no more visible in a signature than a clock's
//   stamp, and has no Info of its own yet), and CreatedDate as given (IMF0025 reports it; CreatedStamp would stamp it).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RepositoryService.IRetailDbServiceCase;

public interface IRetailerId
{
    int RetailerId { get; set; }
}

public interface ICreatedBy
{
    long CreatedBy { get; set; }
}

public interface ICreatedDate
{
    DateTime CreatedDate { get; set; }
}

public class ImportExportFile : IRetailerId, ICreatedBy, ICreatedDate
{
    public long Id { get; set; }

    public int RetailerId { get; set; }

    public string KvSessionId { get; set; }

    public bool? IsImport { get; set; }

    public string FileName { get; set; }

    public string FilePath { get; set; }

    public string EventType { get; set; }

    public byte Status { get; set; }

    public string Message { get; set; }

    public long CreatedBy { get; set; }

    public long? ModifiedBy { get; set; }

    public System.DateTime CreatedDate { get; set; }

    public DateTime? ModifiedDate { get; set; }

    public byte[] Revision { get; set; }
}

[InMemoryFake]
public interface IRetailDbService
{
    Task<bool> HasDuplicateTaskExportBySessionId(string sessionId, string revision, string type);

    Task<bool> HasDuplicateTaskImportBySessionId(string sessionId, string type);

    Task<ImportExportFile> AddImportExportFile(ImportExportFile entity);
}

public static class Smoke
{
    private const byte Processing = 1;
    private const byte Completed = 2;

    public static async Task RunAsync(IRetailDbService files)
    {
        var import = await files.AddImportExportFile(new ImportExportFile { KvSessionId = "s1", IsImport = true, EventType = "Employee", Status = Processing, FileName = "employees.xlsx" });
        Check.True(import.Id > 0, "AddImportExportFile returns the file with the Id the database numbered");
        var second = await files.AddImportExportFile(new ImportExportFile { KvSessionId = "s1", IsImport = false, EventType = "Employee", Status = Processing, FileName = "export.xlsx" });
        Check.True(second.Id > import.Id, "each add is numbered anew");
        await files.AddImportExportFile(new ImportExportFile { KvSessionId = "s2", IsImport = true, EventType = "Employee", Status = Completed, FileName = "done.xlsx" });

        Check.True(await files.HasDuplicateTaskImportBySessionId("s1", "Employee"), "an import of the session and type still processing is a duplicate");
        Check.False(await files.HasDuplicateTaskImportBySessionId("s1", "Commission"), "another type is not");
        Check.False(await files.HasDuplicateTaskImportBySessionId("s2", "Employee"), "nor a completed import");
        Check.False(await files.HasDuplicateTaskImportBySessionId("s3", "Employee"), "nor a session with no file");

        Check.True(await files.HasDuplicateTaskExportBySessionId("s1", "", "Employee"), "an export of the session and type still processing is a duplicate (an empty revision matches any)");
        Check.False(await files.HasDuplicateTaskExportBySessionId("s2", "", "Employee"), "an import is no duplicate export");
    }
}
