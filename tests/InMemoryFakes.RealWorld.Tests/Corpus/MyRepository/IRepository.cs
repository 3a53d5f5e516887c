// Source: https://github.com/heng222/MyRepository
// Commit: 6f2e61343fcc
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample89 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Repository") lists, in its order, keeping those with C# files (find_files(repo, ext="cs") lists any; then
//   find_repos("repository") if that list runs out, which it did not); in each, the first C# interface in path order
//   (git grep of a fetched snapshot, paths sorted ordinally; the commit find_files lists where the newest snapshot has no
//   C#), outside test paths, whose implementation in the same repository keeps state (a database, cache, blob, table,
//   in-memory collection: the members read or write records it holds) and which has at least 3 members (inherited ones
//   count when the base is the repository's own); not a corpus source already; at most 1 per repository; stop after 5.
//   Licences, added to the note after the first C# repository (mason-nz/Repository-Privious) was seen to have no licence
//   file and before any interface was read: no licence file reads "none stated" and is taken, as the corpus's 77 such
//   files are; a licence or notice that forbids transcription is skipped. The walk, in find_repos("Repository")'s order:
//   Sage-Bionetworks/Synapse-Repository-Services, CodeJayFlick/DANGER-Repository, saulommartins/ForkFromExternalRepository,
//   nasa/Common-Metadata-Repository, edu-sharing/edu-sharing-community-repository, indranilhalder/MyRepository,
//   Kurry/frontend-repository, valanmca/2023_Java_Batch-1_Hands-On_Repository, sphinxlogic/Microsoft-Windows-NT-Repository
//   (no C#); mason-nz/Repository-Privious (C#, skipped for its licence: no licence file, and its files carry the
//   companies' "版权所有" (all rights reserved) notices: XYAuto's and BitAuto's internal code); j4tdn/java16-repository,
//   jenesis/jenesis-repository, j4tdn/java11-repository, xn-intenton-z2a/repository0, j4tdn/java15-repository,
//   nicrepository/nchat, Akshay832-DT/cdm_trade_repository_poc, m-shayanshafi/FactRepositoryProjects,
//   esemalulu/Erepository-, j4tdn/java13-repository, adamkennedy/TheOpenRepository, bitrepository/reference,
//   all-of-us/raw-data-repository, magicxxm/gitRepository, billee1011/repository, fssrepository/myscoutee,
//   j4tdn/java21-repository, nhsconnect/national-document-repository (no C#); jesus830/movie-repository (4,016 generated
//   C# snippet scripts over a MovieRepository class, no C# interface); j4tdn/java18-repository, oamg/leapp-repository,
//   j4tdn/java09-repository, j4tdn/java08-repository, j4tdn/java23-repository, xn-intenton-z2a/repository0-plot-code-lib,
//   jsj2008/MyCodeRepository, Conscious-Repository/manifest, johnn-vozzi-wmw/repository-teste2,
//   3Dsamples/Development-Temporary-Godot-4.6-repository-, ChauhanDigvijay/ExtraRepositoryAll,
//   ptidejteam/p-mart-Repository-Programs, j4tdn/java24-repository, FINDERFEED/SolarCraftRepository,
//   xn-intenton-z2a/repository0-crucible, PEP-Repository/core, j4tdn/java20-repository (no C#); heng222/MyRepository
//   (picked, the 1st); leleliu008/ndk-pkg-formula-repository-official-core, j4tdn/java19-repository,
//   ShengjiLau/lsjRepository (no C#); Amulet-Games/DialogueSystemNodeBase-Repository (a Unity dialogue editor: UI
//   callbacks, IReversible of 2 members, ILanguageFieldView and IDialogueLogic of 1; no such interface);
//   Elschnagoo/App4MC-Fork-Repository, j4tdn/java25-repository, ddbj/ddbj-repository,
//   Acurioustractor/palm-island-repository, riotkit-org/backup-repository, guoxuankai/myRepository,
//   Maqaleed-Digital/PetCare-Evidence-Repository, matheuspegorari/jrepository, Digital-Repository-of-Ireland/dri-app,
//   j4tdn/java22-repository, sideJobRepository/bgm-agit (no C#); ppiecuch/repository-of-projects (picked, the 2nd);
//   c-haowan-g/MyFirstRepository, KDT-Java-3/template-project-repository, SongHaoJ/testRepository (no C#);
//   faster64/repository-service (picked, the 3rd); peterdocter/Repository01, xtxtop/txRepository, exxxar/bots-repository,
//   sampritipanda/IOI_Repository, warishakhan3548-hash/updating-repository (no C#); kyle-appion/mercurialRepository
//   (picked, the 4th); youzongku/repository1, gmCodeShare/gmCodeShareRepository, karzhouAndrew/JavaRepository,
//   i3-Market-V3-Public-Repository/SP3-SCGBSSW-I3mWalletMonorepo, NCAR/eol-svn-repository,
//   common-repository/universam-demo, SStranks/MyFirstRepository, BGCX261/zhouwei-repository-svn-to-git,
//   cuckoo03/repository, JoseCanova/repository-spring-core, dasch-swiss/dsp-repository,
//   Open-Laboratory-Data-Repository/openldr, islamdev96/mohra-mobile-application-latest-repository-development,
//   PTRJRepository/portal-daftar-upah-services, TheY2T/the-music-repository, guivos-repositorio/Guivos-Knowledge-Repository
//   (no C#); LartAceIgnacio/TrainingRepository (picked, the 5th: the rule stops). None of the five was a corpus source.
//   Picks, in order: MyRepository IRepository; repository-of-projects IBehaviourTriggable; repository-service
//   IRetailDbService; mercurialRepository IAlarmManager; TrainingRepository IAppointmentRepository.
//   This one: the 1st pick. No licence file (the file headers are a template's, "Copyright (C) 公司名称" with the
//   company name left as a placeholder). Before it in path order: IComInterface and IComInterfaceEvent (a COM demo),
//   IShoppingDataAccess (no implementation: NMock mocks it), NUnitStudy's Mocks (a unit-test study, IRepository<T> of 1
//   member), ISingleTopicMessageBus (a message bus), the protocol frame observers and parsers, IRawUdpParamProvider and
//   IRssp1ParamProvider (read-only settings from an .ini file), ILifeCycleManagement, ISystemProperty and INodeContext
//   (settings), IDbConfigurationProvider (1 member).
// Path: C#/OSGi.NewProduct/ProductName/Foundation/Products.Infrastructure/Specification/Persistence/IRepository.cs
//   (implementation: Plugins/Persistence/Products.Persistence/RepositoryManager.cs, which hands each call to the
//   repository of the entity type's data source: Services/Repositories/Sqlite/RepositorySqlite.cs over Acl.Data, a CSV
//   one, a remote one, and RepositoryMemory for configuration tables; model: Products.Infrastructure/Entities/Entity.cs)
// Adapted: Acl.Data's IDbContext (a third-party library) is an empty interface; Entity is transcribed whole but for its
//   [Column] attribute (Acl.Data's); Device is a stand-in entity for the smoke script (the project's entities, such as
//   SystemNode and OperationLog, derive from Entity the same way). The XML comments are dropped. Nullable disabled, as in
//   the source.
// Real store: RepositoryManager picks the repository of T's data source (a table per entity type) and calls it; the SQLite
//   one runs each write on a serial scheduler (asynchronously) and each read after the writes queued before it. Insert(params
//   entities) inserts the rows (AsyncInsert too, its exception handler ignored by the SQLite repository). Where<T>(predicate)
//   reads T's rows the predicate matches (every row when it is null); Where<T>(sql, parameters) runs the SQL. Update<T>(
//   instance, predicate) is Acl.Data's UPDATE: the columns named by the instance's properties (an anonymous object,
//   `new { Password = newPwdMd5 }`, or a whole entity) are set on every row of T the predicate matches. Delete<T>(predicate)
//   deletes the rows it matches (every row when null). NextSequence<T>() reads MAX(Code) of T's table once and then counts
//   up from it, one more per call (never below 1). Execute/AsyncExecute hand the handler the database context.
// Shapes: *=none; Where=2; Update=2; Delete=2
// First try (8b82adcf): incomplete: IMF0001 NextSequence, both Where (not known verbs), Insert ("it takes no key, but
//   other members do"), AsyncInsert, Execute, AsyncExecute (not known verbs), Delete (generic methods only for
//   Get/TryGet/Set/GetOrAdd); generated: Update<T> | WRONG: Update<T>(instance, predicate) was read as the replace of a
//   store of object values: it stored the predicate expression under the instance as key (a set: nothing the repository
//   reads), where the real repository sets the instance's columns on the rows of T the predicate matches.
// After this round: Update<T> is refused (IMF0001): a LINQ expression parameter in a store of object values is a
//   condition the real store evaluates against its rows, not a key or a value it keeps (KeyValuePlanner.
//   ExpressionParameterRefusal, Sample89Tests). The other refusals are right: a repository over every entity type reached
//   by generic methods, whose rows are found by predicates and SQL and whose sequence counts from the table's largest
//   Code, is no key-value store, and no key of T is in the signatures.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MyRepository.IRepositoryCase;

public interface IDbContext
{
}

[Serializable]
public abstract class Entity
{
    public const uint InvalidCode = uint.MinValue;

    public uint Code { get; set; }

    protected Entity()
    {
    }
}

public class Device : Entity
{
    public string Name { get; set; }
}

[InMemoryFake]
public interface IRepository
{
    uint NextSequence<T>() where T : Entity;

    IList<T> Where<T>(Expression<Func<T, bool>> predicate = null) where T : Entity;

    IList<T> Where<T>(string sql, object namedParameters = null);

    void Insert<T>(params T[] entities) where T : Entity;

    void AsyncInsert<T>(T[] entities, Action<Exception> exceptionHandler = null) where T : Entity;

    void Update<T>(object instance, Expression<Func<T, bool>> predicate) where T : Entity;

    void Delete<T>(Expression<Func<T, bool>> predicate = null) where T : Entity;

    void Execute<T>(Action<IDbContext> handler) where T : Entity;

    void AsyncExecute<T>(Action<IDbContext> handler, Action<Exception> errorHandler) where T : Entity;
}

public static class Smoke
{
    public static Task RunAsync(IRepository repository)
    {
        Check.Equal(0, repository.Where<Device>().Count, "a new table holds no row");

        repository.Insert(new Device { Code = 1, Name = "gateway" }, new Device { Code = 2, Name = "sensor" });
        Check.Equal(2, repository.Where<Device>().Count, "Insert inserts every entity given; Where with no predicate reads them all");
        Check.Equal("sensor", repository.Where<Device>(d => d.Code == 2)[0].Name, "Where reads the rows its predicate matches");

        repository.Update<Device>(new { Name = "relay" }, d => d.Code == 2);
        Check.Equal("relay", repository.Where<Device>(d => d.Code == 2)[0].Name, "Update sets the instance's columns on the rows the predicate matches");
        Check.Equal("gateway", repository.Where<Device>(d => d.Code == 1)[0].Name, "and leaves the others");

        Check.Equal(3u, repository.NextSequence<Device>(), "NextSequence counts up from the largest Code");
        Check.Equal(4u, repository.NextSequence<Device>(), "one more per call");

        repository.Delete<Device>(d => d.Code == 1);
        Check.Equal(1, repository.Where<Device>().Count, "Delete removes the rows its predicate matches");
        repository.Delete<Device>();
        Check.Equal(0, repository.Where<Device>().Count, "and every row when it is null");
        return Task.CompletedTask;
    }
}
