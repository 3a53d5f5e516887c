// Source: https://github.com/microsoft/code-challenges
// Commit: 7c021c373ba1 (the interface last changed in b8097af01845)
// Licence: Apache-2.0 (the file's header, Click2Cloud Inc.; an interface signature and a minimal model transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs, this
//   file): h-sample62's rule (Corpus/CodeContracts/IClousotCache.cs) continued: find_repos("microsoft/c") in its order
//   from the repository after CRA (the last h-sample62 considered), then find_repos("microsoft/d"), ("microsoft/e"), ...
//   letter by letter, each in its order, leaving out the first listing's 100 (find_repos("microsoft/")), the
//   repositories earlier headers account for and owners that are not Microsoft itself; kept: C# code (find_files ext
//   cs, or the fetched snapshot) and not a corpus source already; for each, at the newest stored snapshot (fetch, then
//   git grep -n -E "interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs', paths sorted ordinally,
//   then line order), the first interface outside paths containing "test" (any case) that declares at least 3 members
//   (inherited ones count if the base is in the same repository) and holds state (a member writes or keeps data that
//   another reads back; a ...Provider that only computes, or only hands out services it makes, is skipped); at most 1
//   per repository; stop after 8. As in h-sample61/62, only "test" paths are left out. One clarification, written down
//   when first met (dotnet-apiport): an interface with no implementation in its repository is skipped, since neither
//   its state nor a real store's behaviour can be read from code (the brief's "state-keeping implementation"). The
//   walk, with every repository skipped and why, is in docs/generator-rounds.md, "Out-of-sample round h-sample64 (session 27)".
//   The picks: code-challenges IPersonRepository (this file), CEDAR.Core.Collector ICache<T>, devhome
//   IWinGetPackageCache, digital-content-distribution-toolkit IContentProviderRepository, data-accelerator
//   IDesignTimeConfigStorage, developer-immersion-data IRepository<T>, developer-platform IDocumentRepository<TDocument>,
//   Dynamics-365-Fraud-Protection-Samples IAsyncRepository<T> (the 8th: stop).
//   This one: the 1st pick (code-challenges; its first hit, Labs/Live Unit Testing.../IMovieRepository.cs, is under a
//   path holding "Testing"; this is the next, 6 members).
// Path: Labs/SQL on Linux-Docker-OpenShift/src/dotnet-core-mssql-app/Repository/PersonRepository.cs (the interface sits
//   below its one implementation, PersonRepository, over EF Core 1.0 and SQL Server; model: Models/Person.cs; context:
//   Contexts/AppContext.cs; the caller: Controllers/HomeController.cs)
// Adapted: the namespaces (one for all). Person as declared. Nullable disabled, as in the source (a project.json
//   project of 2016).
// Real store: PersonRepository over MyContext.Persons (SQL Server; PersonID, by EF's convention the key, an IDENTITY
//   column). Add(item) adds the person and saves (PersonID set by the database and written back on the entity).
//   GetAll() reads every person and rewrites each one's Picture for the page before returning it: an empty Picture
//   becomes "/pics/no_picture.jpg", a file name without "/pics/" is prefixed with "/pics/" (the tracked entities are
//   changed in memory, not saved). Find(key), Remove(Id), Update(item) and CheckValidUserKey(reqkey) throw
//   NotImplementedException: the lab's page only adds and lists, so the script checks those two.
// Shapes: *=core; Find=4; Remove=4; CheckValidUserKey=1
// First try (f923f300): incomplete: IMF0001 on Find and Remove (a string parameter named as the key, PersonID, an int)
//   and CheckValidUserKey ('not a known verb'); Add, GetAll and Update generated | WRONG: GetAll answers each person's
//   Picture as stored, where the real GetAll rewrites it for the page (an empty one to "/pics/no_picture.jpg", a bare file
//   name under "/pics/"); the script's probe fails there.
// After this round: unchanged. The refusals are right (the real Find, Remove and CheckValidUserKey throw
//   NotImplementedException, and a string key of an int row says no lookup). GetAll's rewrite is the lab's display code
//   inside its repository, in no signature: it stays the one difference, reported by the probe, not a rule to learn.
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CodeChallenges.IPersonRepositoryCase;

public class Person
{
    public int PersonID { get; set; }
    public string Name { get; set; }
    public string Address { get; set; }
    public string ContactNo { get; set; }
    public string Picture { get; set; }
}

[InMemoryFake]
public interface IPersonRepository
{
    void Add(Person item);
    IEnumerable<Person> GetAll();
    Person Find(string key);
    void Remove(string Id);
    void Update(Person item);

    bool CheckValidUserKey(string reqkey);
}

public static class Smoke
{
    public static Task RunAsync(IPersonRepository people)
    {
        Check.Equal(0, people.GetAll().Count(), "a new table holds no person");

        var amy = new Person { Name = "Amy Jones", Address = "1 Main St", ContactNo = "555-0100", Picture = string.Empty };
        people.Add(amy);
        var gary = new Person { Name = "Gary Donovan", Address = "2 Side St", ContactNo = "555-0101", Picture = "Gary_Donovan.jpg" };
        people.Add(gary);
        Check.True(amy.PersonID != 0 && gary.PersonID != 0 && amy.PersonID != gary.PersonID, "Add numbers each person (IDENTITY), written back");

        var all = people.GetAll().ToList();
        Check.Equal(2, all.Count, "GetAll lists every person added");
        Check.Equal("/pics/no_picture.jpg", all.Single(p => p.Name == "Amy Jones").Picture, "GetAll shows the placeholder picture for a person without one");
        Check.Equal("/pics/Gary_Donovan.jpg", all.Single(p => p.Name == "Gary Donovan").Picture, "and puts a bare file name under /pics/");
        return Task.CompletedTask;
    }
}
