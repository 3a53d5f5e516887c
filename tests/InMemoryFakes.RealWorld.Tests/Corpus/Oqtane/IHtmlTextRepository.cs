// Source: https://github.com/oqtane/oqtane.framework
// Commit: c7096eaf
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample12 rule, fixed before probing: in these repositories, in this order (oqtane/oqtane.framework,
//   blogifierdotnet/Blogifier, madskristensen/Miniblog.Core, mbdavid/LiteDB, gautema/CQRSlite, Eventuous/eventuous,
//   asynkron/protoactor-dotnet, akkadotnet/akka.net, NEventStore/NEventStore, jamesmh/coravel,
//   SQLStreamStore/SQLStreamStore, BlogEngine/BlogEngine.NET, dotnetcore/FreeSql), skipping any the tools do not hold
//   or already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Blogifier, Miniblog.Core and NEventStore have no such interface; akka.net's
//   only one (ITestSnapshotStore) is under Akka.Persistence.TestKit; CQRSlite's IRepository, IEventStore and
//   ISnapshotStore, and Eventuous's two IDefineStore and ICheckpointStore, declare 2 or fewer. The 12: Oqtane
//   IHtmlTextRepository and IAliasRepository; LiteDB ILiteRepository and ILiteStorage<TFileId>; CQRSlite ICache;
//   Eventuous IEventStore; protoactor IContextStore and IKeyValueStore<T>; coravel ICache; SQLStreamStore
//   IReadonlyStreamStore and IStreamStore; BlogEngine.NET IBlogRepository (FreeSql not reached). Not transcribed
//   (dozens of members or an event-stream model, a gap to close): LiteDB ILiteRepository (about 40 members over
//   BsonExpression queries), Eventuous IEventStore, SQLStreamStore IReadonlyStreamStore and IStreamStore.
//   This one: the 1st of oqtane/oqtane.framework.
// Path: Oqtane.Server/Modules/HtmlText/Repository/HtmlTextRepository.cs (models: Oqtane.Shared/Modules/HtmlText/Models/HtmlText.cs,
//   Oqtane.Shared/Models/ModelBase.cs)
// Adapted: HtmlText keeps its properties; ModelBase keeps its four audit properties (IAuditable dropped). Oqtane
//   builds without nullable annotations (#nullable disable).
// Real store: HtmlTextRepository (EF Core, a context per call): GetHtmlTexts(moduleId) every row of that ModuleId (all
//   versions); GetHtmlText(moduleId) the row of that ModuleId with the LATEST CreatedOn (OrderByDescending(CreatedOn)
//   .FirstOrDefault()), null when there is none: the module's current version, not any row of it; AddHtmlText adds
//   the row (the database numbers HtmlTextId; DbContextUtils.SaveChanges stamps CreatedBy/CreatedOn and
//   ModifiedBy/ModifiedOn with the user and DateTime.UtcNow) and first deletes the module's oldest versions beyond
//   the module's "Versions" setting (default 5; 0 keeps every version), read from another repository; returns the row.
//   DeleteHtmlText(htmlTextId) deletes that row; a missing id does nothing.
// Shapes: *=core; GetHtmlText=6
// First try (1fd5c95): WRONG: complete (IMF0025 Info: CreatedOn, ModifiedOn stored as given) | WRONG: GetHtmlText(moduleId)
//   of a module with several versions returns the FIRST stored where the real store returns the one with the latest
//   CreatedOn (the smoke script fails: expected 'v2', got 'v1'); AddHtmlText keeps every version where the real one
//   deletes those beyond the module's Versions setting (5 by default); CreatedOn/ModifiedOn kept as given where the real
//   SaveChanges stamps them (IMF0025 said so).
// Configured: CreatedStamp = "CreatedOn", UpdatedStamp = "ModifiedOn", UpdatedStampOnInsert = StampOnInsert.Stamp:
//   Oqtane's DbContextUtils.SaveChanges (run by every context's SaveChanges) sets CreatedOn on an added entity and
//   ModifiedOn on an added or modified one, to DateTime.UtcNow; no signature says so.
//   SeveralMatches = SeveralMatches.First, DefaultOrder = "CreatedOn desc, HtmlTextId desc" (h-close2, session of
//   2026-12-03): GetHtmlText(moduleId) is OrderByDescending(CreatedOn).FirstOrDefault() at c7096eaf, the first match in
//   that order, which the two settings state together (SeveralMatches.First answers the first match in DefaultOrder);
//   HtmlTextId desc breaks a tie of CreatedOn (two versions saved in the same clock tick: the real store's answer is then
//   unspecified, the fake's the one added last). GetHtmlTexts(moduleId) has no OrderBy in the real store (Where(...)
//   .ToList(): SQL promises no order), so listing newest first is one of its possible answers.
// Still wrong: AddHtmlText's pruning beyond the module's Versions setting (kept in another repository,
//   ISettingRepository) is in no signature and no setting; the smoke script adds 2 versions, under the default 5.
//   CreatedBy/ModifiedBy (the signed-in user) are stored as given (no setting names a user).
// After h-oblivious (session 29): complete as before; GetHtmlText answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Oqtane.IHtmlTextRepositoryCase;

public class ModelBase
{
    public string CreatedBy { get; set; }
    public DateTime CreatedOn { get; set; }
    public string ModifiedBy { get; set; }
    public DateTime ModifiedOn { get; set; }
}

public class HtmlText : ModelBase
{
    [Key]
    public int HtmlTextId { get; set; }
    public int ModuleId { get; set; }
    public string Content { get; set; }
}

[InMemoryFake(CreatedStamp = "CreatedOn", UpdatedStamp = "ModifiedOn", UpdatedStampOnInsert = StampOnInsert.Stamp,
    SeveralMatches = SeveralMatches.First, DefaultOrder = "CreatedOn desc, HtmlTextId desc")]
public interface IHtmlTextRepository
{
    IEnumerable<HtmlText> GetHtmlTexts(int moduleId);
    HtmlText GetHtmlText(int moduleId);
    HtmlText AddHtmlText(HtmlText htmlText);
    void DeleteHtmlText(int htmlTextId);
}

public static class Smoke
{
    public static Task RunAsync(IHtmlTextRepository repository)
    {
        var first = repository.AddHtmlText(new HtmlText { ModuleId = 1, Content = "v1", CreatedOn = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        Check.True(first.HtmlTextId != 0, "AddHtmlText numbers the new row");
        var second = repository.AddHtmlText(new HtmlText { ModuleId = 1, Content = "v2", CreatedOn = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc) });
        repository.AddHtmlText(new HtmlText { ModuleId = 2, Content = "other" });
        Check.Equal(2, repository.GetHtmlTexts(1).Count(), "GetHtmlTexts returns every version of the module");
        Check.Equal("v2", repository.GetHtmlText(1).Content, "GetHtmlText returns the module's latest version");
        Check.Null(repository.GetHtmlText(3), "GetHtmlText of a module without text returns null");
        repository.DeleteHtmlText(second.HtmlTextId);
        Check.Equal("v1", repository.GetHtmlText(1).Content, "DeleteHtmlText deletes that version");
        repository.DeleteHtmlText(999);
        Check.Equal(1, repository.GetHtmlTexts(1).Count(), "DeleteHtmlText of a missing id does nothing");
        return Task.CompletedTask;
    }
}
