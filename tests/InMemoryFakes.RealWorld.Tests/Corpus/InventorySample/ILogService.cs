// Source: https://github.com/microsoft/InventorySample
// Commit: 07de2aca19c0
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing (rule 1: in each of 7 Microsoft repositories, Azure-Samples/todo-csharp-cosmos-sql,
//   Azure-Samples/todo-csharp-sql, microsoft/SmartHotel360-Backend, microsoft/TailwindTraders-Backend, microsoft/PartsUnlimited,
//   microsoft/InventorySample, microsoft/teams-ai, the first 2 interfaces in path order, outside paths containing "test",
//   named *Repository/*Store/*Storage/*Cache with at least 3 members: none found; rule 2, fixed before any probe: the same
//   7 plus microsoft/dotnet-podcasts, microsoft/SmartHotel360-Mobile, microsoft/TailwindTraders-Mobile,
//   microsoft/SmartHotel360-Website, names ending in Repository, Store, Storage, Cache or Service, at least 3 members of
//   which at least 2 methods start with a data verb Get/Find/List/Add/Create/Insert/Save/Update/Upsert/Set/Delete/Remove:
//   5 interfaces). This one: the 2nd of microsoft/InventorySample.
// Path: src/Inventory.ViewModels/Infrastructure/Services/ILogService.cs (models: src/Inventory.Data/Data/AppLog.cs,
//   src/Inventory.ViewModels/Models/AppLogModel.cs, Common/DataRequest.cs)
// Adapted: AppLog and AppLogModel keep Id, IsRead, DateTime, User, Type, Source, Action, Message, Description; the real
//   AppLogModel derives from an observable base.
// Real store: src/Inventory.App/Services/Infrastructure/LogService/LogService.cs over AppLogDb (EF Core, SQLite).
//   WriteAsync(type, source, action, message, description) inserts a NEW AppLog (Id generated, DateTime = now, User = the
//   app's user or "App", IsRead = type != Error) and broadcasts "LogAdded"; WriteAsync(type, source, action, ex) writes one
//   Error entry for ex and one per inner exception (Message = ex.Message, Description = ex.ToString()); GetLogAsync(id) the
//   entry as an AppLogModel or null; GetLogsAsync(request) a lazily loading collection of every matching entry;
//   GetLogsAsync(skip, take, request) the entries matching request.Query (Message/Source/Action contain it), request.Where,
//   ordered by request.OrderBy/OrderByDesc, then Skip/Take; GetLogsCountAsync(request) their count; DeleteLogAsync(model)
//   deletes the entry with model.Id; DeleteLogRangeAsync(index, length, request) deletes the entries GetLogsAsync(index,
//   length, request) would list; MarkAllAsReadAsync sets IsRead on every unread entry.
// Shapes: WriteAsync=1,13; GetLogsAsync=2,14; GetLogsCountAsync=2; DeleteLogAsync=core; DeleteLogRangeAsync=2; MarkAllAsReadAsync=20; GetLogAsync=core
// First try (6713fa8): incomplete: IMF0001 WriteAsync (both), GetLogsAsync (both), GetLogsCountAsync,
//   DeleteLogRangeAsync, MarkAllAsReadAsync | WRONG: none (GetLogAsync and DeleteLogAsync act by key as the real store)
// After this round (h-bulkflag, session 21): MarkAllAsReadAsync is generated as a bulk flag write (IsRead set on every
//   entry in one step; the real loop over the unread entries leaves the same rows read). Still incomplete: WriteAsync (both),
//   GetLogsAsync (both), GetLogsCountAsync, DeleteLogRangeAsync.
// After h-oblivious (session 29): still incomplete (other members); GetLogAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
// After h-smoke38 (session 38): DeleteLogAsync carries IMF0029 (Info): an update or a removal by entity answering
//   bool or a count answers 0 for an entity that is not stored (the documented default), where EF Core's
//   Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which.
//   The attribute is left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.InventorySample.ILogServiceCase;

public enum LogType { Information, Warning, Error }

public class DataRequest<T>
{
    public string Query { get; set; }
    public Expression<Func<T, bool>> Where { get; set; }
    public Expression<Func<T, object>> OrderBy { get; set; }
    public Expression<Func<T, object>> OrderByDesc { get; set; }
}

public class AppLog
{
    [Key] public long Id { get; set; }
    public bool IsRead { get; set; }
    public DateTimeOffset DateTime { get; set; }
    public string User { get; set; }
    public LogType Type { get; set; }
    public string Source { get; set; }
    public string Action { get; set; }
    public string Message { get; set; }
    public string Description { get; set; }
}

public class AppLogModel
{
    public long Id { get; set; }
    public bool IsRead { get; set; }
    public DateTimeOffset DateTime { get; set; }
    public string User { get; set; }
    public LogType Type { get; set; }
    public string Source { get; set; }
    public string Action { get; set; }
    public string Message { get; set; }
    public string Description { get; set; }
}

[InMemoryFake]
public interface ILogService
{
    Task WriteAsync(LogType type, string source, string action, string message, string description);
    Task WriteAsync(LogType type, string source, string action, Exception ex);
    Task<AppLogModel> GetLogAsync(long id);
    Task<IList<AppLogModel>> GetLogsAsync(DataRequest<AppLog> request);
    Task<IList<AppLogModel>> GetLogsAsync(int skip, int take, DataRequest<AppLog> request);
    Task<int> GetLogsCountAsync(DataRequest<AppLog> request);

    Task<int> DeleteLogAsync(AppLogModel model);
    Task<int> DeleteLogRangeAsync(int index, int length, DataRequest<AppLog> request);

    Task MarkAllAsReadAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ILogService logs)
    {
        var all = new DataRequest<AppLog>();
        await logs.WriteAsync(LogType.Error, "Orders", "Save", "failed", "details");
        Check.Equal(1, await logs.GetLogsCountAsync(all), "WriteAsync adds one entry");
        var entry = (await logs.GetLogsAsync(0, 10, all)).Single();
        Check.Equal("failed", entry.Message, "the entry keeps the message");
        Check.False(entry.IsRead, "an Error entry starts unread");
        await logs.MarkAllAsReadAsync();
        Check.True((await logs.GetLogAsync(entry.Id)).IsRead, "MarkAllAsReadAsync marks it read");
        Check.Equal(1, await logs.DeleteLogAsync(entry), "DeleteLogAsync deletes it");
        Check.Equal(0, await logs.GetLogsCountAsync(all), "no entry is left");
    }
}
