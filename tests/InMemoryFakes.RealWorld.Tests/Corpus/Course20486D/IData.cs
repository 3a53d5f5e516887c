// Source: https://github.com/MicrosoftLearning/20486D-DevelopingASPNETMVCWebApplications
// Commit: c492aab500f3
// Licence: MIT (a class's public members, as an extracted interface, and a minimal model transcribed for a test)
// Sample: h-sample54 rule, fixed before probing: the repositories in the order find_repos("MicrosoftLearning/") lists
//   them (the first 100, highest file_versions first), keeping those with C# code, skipping translated copies (a locale
//   at the end of the name, .de-de, .ja-JP, .zh-cn, or in the course code, AZ-220KO, AZ-103ZH, AZ-900DE) and
//   repositories already a corpus source (none of MicrosoftLearning/ is); then find_repos("MicrosoftLearning/mslearn"),
//   ("MicrosoftLearning/AZ"), ("MicrosoftLearning/dp") for the ones not yet seen. For each, at the newest stored snapshot
//   (fetch, then git grep -n -E "(interface I\w*|class \w*)(Repository|Repo|Store|Storage|Cache|Service|Database|
//   DataAccess|Data)\b" -- '*.cs', paths sorted ordinally), the first type outside paths containing "test" (any case)
//   that declares at least 3 public members and holds state: an interface, or a class transcribed as the interface
//   Visual Studio's "Extract interface" gives from its public instance members (declaration order, named I + the
//   class's name). A type that only computes, calls a remote API, or is static, is skipped; so is a copy identical to
//   a type already picked (decided before any probe: two repositories ship the same sample). At most 1 per
//   repository; stop after 6.
//   In that order: 20486D gives Data (this one, the 1st pick); AI-Flight-Academy, mslearn-azure-ai, mslearn-ai-language,
//   mslearn-fabric, mslearn-ai-studio, MD-102T00, PL-200, mslearn-ai-fundamentals, mslearn-ai-vision,
//   mslearn-cosmosdb-mongodb-vcore, SC-900, AZ-040T00, AI-900, mslearn-databricks, AZ400, MB-310, mslearn-ai-agents,
//   PL-900, mslearn-postgresql, MB-800, AZ-700, MS-102T00, AZ-104, SC-200T00A, SC-300, SC-400T00A, dp-300, PL-300,
//   DP-900T00A, MS-4004, MB-230, SC-100, mslearn-copilotstudio have no C# at their newest snapshot; 20483 has only
//   ISalesService (1 member), GradesWebDataService (1 public instance member, a WCF Data Service) and the private
//   metadata class GradeMetaData (annotations, never instantiated); AI-102-AIEngineer, PL-400, AZ-204 (its
//   IAdventureWorksProductContext is named …Context, outside the pattern), 20480, mslearn-openai, AZ500 have C# but no
//   such type; dp-420-cosmos-db-dev (31 .cs files) none; AZ-2007 gives IPatronRepository (2nd; ILoanRepository and
//   ILoanService before it declare 2 each); mslearn-github-copilot-dev: its az-2007-* folders are byte-identical copies
//   of AZ-2007's Library app (ILoanRepository, ILoanService, IPatronRepository, IPatronService, JsonData...), skipped;
//   then AuditService, EmailService and InventoryService of consolidate-duplicate-code are static, IEmailService sends
//   mail, ISecurityValidationService computes, and IInventoryService gives the 3rd pick; AB-620T00 has no snapshot here.
//   mslearn list: mslearn-genaiops, mslearn-ai-concepts, mslearn-ai-sims, mslearn-azure-ml, mslearn-mlops, mslearn-aml-cli
//   no C#; MSLearn-Implement-interfaces-in-CSharp, mslearn-ai-information-extraction, mslearn-ai-document-intelligence,
//   mslearn-knowledge-mining C# but no such type; mslearn-devops gives CosmosDbService (4th, a class). AZ list:
//   AZ-120, AZ-030T00, AZ-900T0xID, AZ-140, AZ-800, AZ-900T0xIT, AZ-801, AZ-1012, AZ-305 no C#; AZ-2005 and az-2003
//   C# but none; AZ-802 no snapshot. dp list: dp-080, dp-203, DP-750T00, DP-500, DP080, dp100-explore-workspace no C#.
//   That made 4, and the lists were spent; extended before any probe with find_repos("MicrosoftLearning/20") (the
//   MOC-era course repositories the first list's 100 cut off): 20532 has C# but none; 20487D gives
//   HotelBookingRepository (5th; StudentRepository and TeacherRepository before it declare 1 and 2, Store is an entity
//   (Id, Name, Products)). 5 picks.
//   This one: the 1st pick, the first in path order of 20486D (Allfiles/Mod01/Labfiles/01_ActorsRazorPages_begin/
//   Data.cs, a class; the lab's end state declares exactly this interface beside it, Models/IData.cs).
// Path: Allfiles/Mod01/Labfiles/01_ActorsRazorPages_begin/Data.cs (identical to
//   01_ActorsRazorPages_end/ActorsRazorPages/Models/Data.cs, which implements Models/IData.cs; model:
//   Models/Actor.cs; registered AddSingleton<IData, Data>() in Startup.cs; callers: Pages/Actors/Index.cshtml.cs,
//   Details.cshtml.cs)
// Adapted: the namespaces (one for all). Nullable disabled, as in the source (netcoreapp2.1).
// Real store: Data, one instance for the application, holds List<Actor> ActorsList (an auto-property, null until
//   something sets it). ActorsInitializeData() replaces ActorsList with a new list of the lab's two actors (Id 1 Kelly
//   Bailey "Kelly the great", Oscar winner, actor.jpg; Id 2 "Pauline " Tapia "woman in white", Oscar winner,
//   actress.jpg) and returns that list (the same instance ActorsList then holds). GetActorById(null) is null;
//   GetActorById(id) is ActorsList.SingleOrDefault(a => a.Id == id): the actor (the instance the list holds), or null;
//   NullReferenceException while ActorsList is null. The setter stores the list given (the same instance), which
//   GetActorById then searches.
// Shapes: *=core
// First try (10e6d05): incomplete: IMF0001 ActorsList ("properties with a setter are not supported") and
//   ActorsInitializeData ("not a known verb"); GetActorById generated, a lookup of Actor by its nullable Id in the
//   fake's table (null for null, null for an id not stored). The probe stops at ActorsList, the script's first line |
//   WRONG: none. GetActorById reads the fake's table where the real one reads the list ActorsList holds: the same once
//   ActorsList is written by hand over that table (its Store property); it hands out a copy where Data hands out the
//   actor its list holds.
// After this round: unchanged, both refusals right: ActorsList is the store itself (a settable list the caller
//   replaces and changes in place, which GetActorById then searches: the fake keeps a table and hands out copies), and
//   ActorsInitializeData puts the lab's two actors in, data no signature shows. Writing ActorsList by hand over Store (a
//   getter listing the table, a setter replacing it) keeps GetActorById's generated lookup right.
// After h-oblivious (session 29): still incomplete (other members); GetActorById answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Course20486D.IDataCase;

public class Actor
{
    public int Id { get; set; }
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string KnownFor { get; set; }
    public bool OscarWinner { get; set; }
    public string ImageName { get; set; }
}

[InMemoryFake]
public interface IData
{
    List<Actor> ActorsList { get; set; }
    List<Actor> ActorsInitializeData();
    Actor GetActorById(int? id);
}

public static class Smoke
{
    public static Task RunAsync(IData data)
    {
        Check.Null(data.ActorsList, "ActorsList is null until something sets it");
        var actors = data.ActorsInitializeData();
        Check.Equal("Kelly,Pauline ", string.Join(",", actors.Select(a => a.FirstName)), "ActorsInitializeData returns the lab's two actors");
        Check.True(ReferenceEquals(actors, data.ActorsList), "and ActorsList is that list");
        Check.Equal("Bailey", Check.NotNull(data.GetActorById(1), "GetActorById finds actor 1").LastName, "Kelly Bailey");
        Check.Null(data.GetActorById(null), "GetActorById(null) is null");
        Check.Null(data.GetActorById(3), "GetActorById of an id not in the list is null");

        data.ActorsList = new List<Actor> { new Actor { Id = 7, FirstName = "Ada", LastName = "Lovelace" } };
        Check.Equal("Lovelace", Check.NotNull(data.GetActorById(7), "GetActorById searches the list ActorsList was set to").LastName, "the actor set");
        Check.Null(data.GetActorById(1), "and no longer finds the lab's actors");
        data.ActorsList[0].LastName = "Byron";
        Check.Equal("Byron", data.GetActorById(7).LastName, "the list is the one given: a change to its actor shows");
        return Task.CompletedTask;
    }
}
