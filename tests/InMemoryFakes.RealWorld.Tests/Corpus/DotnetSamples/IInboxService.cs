// Source: https://github.com/dotnet/samples
// Commit: 5fee0c35e0e8
// Licence: MIT (LICENSE-CODE, the repository's code; its documentation is CC-BY-4.0; an interface signature and a
//   cut-down model transcribed for a test)
// Sample: h-sample117 rule (the whole rule and the repositories it skipped: Corpus/DocsAspire/ICacheService.cs and
//   /work/prompts/out/h-sample117-rule.md). This one: the 2nd pick, from find_repos("dotnet/samples"). Before it in
//   path order, of the 73 declarations named for the rule: IDemoStoreType (1 method), IScopedProcessingService (1), the
//   WCF samples' contracts (under 3 members, or computations: the calculators; or client copies implemented by
//   generated proxies: IAlbumService, IWeatherService), ISubscriptionService (2), and the workflow's message-contract copy
//   of this same contract (HiringReqService/Service References/Contoso.InboxService/Reference.cs, 6 members that take
//   request messages, implemented by no class of the repository).
// Path: framework/windows-workflow-foundation/application/HiringRequestProcess/CS/InboxService/IInboxService.cs (real
//   store: InboxService/InboxService.cs over SQL Server stored procedures, DbSetup/CreateContosoHRTablesAndLogic.sql;
//   model: InboxService/InboxItem.cs)
// Adapted: the namespace; [ServiceContract]/[OperationContract] and [DataContract]/[DataMember] left out (WCF's, not
//   referenced here). Nullable disabled, as in the source (.NET Framework 4.0).
// Real store: InboxService, three tables: InboxItems (RequestId uniqueidentifier primary key, StartedBy int, Title,
//   State, InboxEntryDate date), InboxItemsByEmployee (RequestId, EmployeeId int; no key: a pair can repeat) and
//   InboxItemsArchive. Add(requestId, title, state, requestCreatorId, userId) runs InsertInEmployeeInbox: unless an
//   item of that RequestId already has that State, it first removes the request (the item and every employee's entry),
//   then inserts the item (StartedBy = requestCreatorId, InboxEntryDate = today); then it adds (requestId, userId) to
//   the employee entries. requestId must be a Guid's text (new Guid: FormatException otherwise); the two ids are ints
//   in SQL. Remove(requestId, null) deletes the item and all its entries; Remove(requestId, userId) deletes only that
//   employee's entry. GetRequestsFor(userId) lists the items joined to that employee's entries, by InboxEntryDate;
//   GetRequestsStartedBy(userId) the items whose StartedBy is userId, by InboxEntryDate; GetArchivedRequestsStartedBy
//   (userId) the archive's. Archive(requestId, title, state, requestCreatorId) copies the item into the archive with
//   the given state (the stored title and StartedBy are kept: title and requestCreatorId are not passed to SQL), then
//   deletes the item and its entries; a request not in the inbox archives nothing.
// Shapes: *=4; Add=1; Archive=1
// First try (8a486cb1): incomplete: all 6 refused (IMF0001), read as a key-value store of string values by string
//   (InboxItem has no key the classifier knows: RequestId is no Id of an InboxItem): Add ("its parameters 'state',
//   'requestCreatorId' and 'userId' (string) cannot be a time to live …: what they mean is the real store's own"), Remove
//   ("its parameter 'userId' (string) after the key 'requestId' is nothing a key-value store knows"), Archive ("not a
//   known verb"), GetRequestsFor, GetRequestsStartedBy and GetArchivedRequestsStartedBy ("'RequestsFor' … after it is no
//   noun of this store (its values' type string …)") | WRONG: none (nothing generated). Right in substance: three
//   tables, a write that first removes a request whose state changed, per-employee entries that can repeat, and an
//   archive that keeps the stored title whatever Archive is given.
// After this round: unchanged, rightly. The three reads' causes are thin: they return IList<InboxItem>, rows the fake's
//   table of strings does not hold, which the message could say (Left in the rounds section).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetSamples.IInboxServiceCase;

public class InboxItem
{
    public string RequestId { get; set; }
    public string StartedBy { get; set; }
    public string Title { get; set; }
    public string State { get; set; }
    public DateTime InboxEntryDate { get; set; }
}

[InMemoryFake]
public interface IInboxService
{
    void Add(string requestId, string title, string state, string requestCreatorId, string userId);
    void Remove(string requestId, string userId = null);
    IList<InboxItem> GetRequestsFor(string userId);
    IList<InboxItem> GetRequestsStartedBy(string userId);
    IList<InboxItem> GetArchivedRequestsStartedBy(string userId);
    void Archive(string requestId, string title, string state, string requestCreatorId);
}

public static class Smoke
{
    public static Task RunAsync(IInboxService inbox)
    {
        var first = "6f9619ff-8b86-d011-b42d-00c04fc964ff";
        Check.Equal(0, inbox.GetRequestsFor("7").Count, "a new inbox has nothing for an employee");

        inbox.Add(first, "Hire a tester", "Requested", "1", "7");
        inbox.Add(first, "Hire a tester", "Requested", "1", "8");
        Check.Equal(1, inbox.GetRequestsFor("7").Count, "the request is in the first employee's inbox");
        Check.Equal(1, inbox.GetRequestsFor("8").Count, "the same state adds a second employee to the request");
        Check.Equal(1, inbox.GetRequestsStartedBy("1").Count, "one item per request, started by its creator");

        inbox.Remove(first, "7");
        Check.Equal(0, inbox.GetRequestsFor("7").Count, "Remove with an employee removes only that employee's entry");
        Check.Equal(1, inbox.GetRequestsFor("8").Count, "the other employee keeps the request");

        inbox.Add(first, "Hire a tester", "Approved", "1", "9");
        Check.Equal(0, inbox.GetRequestsFor("8").Count, "a new state first removes the request from every inbox");
        Check.Equal("Approved", inbox.GetRequestsFor("9").Single().State, "then the item is written again in its new state");

        inbox.Archive(first, "ignored", "Closed", "2");
        Check.Equal(0, inbox.GetRequestsFor("9").Count, "an archived request leaves every inbox");
        Check.Equal(0, inbox.GetRequestsStartedBy("1").Count, "and the active items");
        var archived = inbox.GetArchivedRequestsStartedBy("1").Single();
        Check.Equal("Closed", archived.State, "the archive keeps the state given to Archive");
        Check.Equal("Hire a tester", archived.Title, "and the stored title, not the one given");
        return Task.CompletedTask;
    }
}
