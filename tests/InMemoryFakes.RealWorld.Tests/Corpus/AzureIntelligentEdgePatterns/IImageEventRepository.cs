// Source: https://github.com/Azure-Samples/azure-intelligent-edge-patterns
// Commit: 1d2f42cbf9f2
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample42 rule 1, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IRepository Azure-Samples Cosmos`, (2) `interface IStateStore Task`, (3) `interface IItemRepository
//   Task`, (4) `interface ITodoRepository`, (5) `interface IStorageService Task blob`, (6) `interface
//   IConversationStore`, (7) `interface ICacheProvider Task`, (8) `interface IDataStore Task`, (9) `interface
//   IUserRepository Task`; from each, the FIRST result in the order returned that is a C# interface declaration with at
//   least 3 members, in a repository owned by microsoft, dotnet, Azure, Azure-Samples, MicrosoftDocs,
//   dotnet-architecture, OfficeDev, microsoftgraph, MicrosoftLearning, Microsoft-Build or Azure-Functions, outside
//   paths containing "test" (any case), from a repository+path not in the corpus; at most 1 per repository; stop after
//   7. Rule 1 picked nothing: the 36 results that name a repository (ranks 1-4 of each query) are all in other owners'
//   repositories (rank 1 of query 1 is eduardorauchbach/Azure-Samples-2022: Azure-Samples is its name, not its owner;
//   rank 3 of query 8 is MicrosoftDocs/DynamicsAX2012-technet's Markdown page of IDataStore, no C# declaration), and
//   the anonymous excerpts (ranks 5-12) name no repository, so none can be shown to be Microsoft's (a search for a
//   distinctive line of two of them, the Microsoft.Azure.Cosmos IRepository<T> and TodoApi.Models ITodoRepository,
//   answered them anonymous again; find_string and read_file name no repository either), as h-sample40 ruled.
//   Rule 2, fixed after rule 1 and before any probe: the repositories find_repos("Azure-Samples/") answers (owner
//   Azure-Samples, highest file_versions first), in that order, at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|StorageService|Cache|CacheProvider)\b` in *.cs, paths sorted
//   ordinally): the first interface in ordinal path order (at most 1 per repository), outside paths containing "test"
//   (any case), declaring at least 3 members (inherited ones count if the base interface is in the same repository),
//   not in the corpus (an identical copy of one in it does not count); stop after 3 (the brief's 7 lowered, before any
//   probe, to what the time left could finish). In that order: cognitive-services-speech-sdk has no such interface;
//   azure-intelligent-edge-patterns gives IImageEventRepository; chat-with-your-data-solution-accelerator has none;
//   azure-search-openai-demo (1017 MB) is over fetch's limit; modern-data-warehouse-dataops gives IRepository;
//   holiday-peak-hub has none; azure-cli-samples, azure-sdk-for-go-samples none; MyDriving gives IBaseStore<T>. (Next
//   would have been: Legacy-Modernization-Agents IMigrationRepository (13 members); azure-sql-db-ci-cd,
//   azure-spring-boot-samples, communication-services-dotnet-quickstarts, azure-health-data-and-ai-samples,
//   azure-ai-vision-sdk, contoso-real-estate, blockchain, Durable-Task-Scheduler, active-directory-aspnetcore-webapp-
//   openidconnect-v2, openai, azuresandbox, streaming-at-scale, communication-services-javascript-quickstarts,
//   Cognitive-Speech-TTS, explore-iot-operations, tutor, iot-edge-opc-plc none; miyagi's IRepository<T> an identical
//   copy of Corpus/ChatCopilot/IRepository.cs; AI-Video-Intelligence-Solution-Accelerator IStorage (18 members).)
//   No interface of these repositories was in the corpus.
//   This one: rule 2, the 1st pick (azure-intelligent-edge-patterns; its first in path order, 1 member and 5 inherited
//   from IRepository in the same folder).
// Path: edge-ai-void-detection/modules/apiserver/src/RetailDemo.Core/Interfaces/IImageEventRepository.cs (base:
//   IRepository.cs beside it; real store: RetailDemo.Infrastructure/Data/ImageEventRepository.cs on EfRepository.cs,
//   over AppDbContext.cs (EF Core 2.2, SQL Server); models: RetailDemo.Core/Entities/ImageEvent.cs, EdgeDevice.cs,
//   SharedKernel/BaseEntity.cs)
// Adapted: the namespaces (one for all). ImageEvent without its Body graph (Body, Result, Size and the detection lists,
//   entities of their own) and EncodedImage; BaseEntity without its domain-event list. Nullable disabled, as in the
//   source (netcoreapp2.2).
// Real store: EfRepository over one AppDbContext (SQL Server; the int Id of BaseEntity is the key by EF Core's
//   convention, "Id" before "ImageEventId", an identity column). Add<T>(entity) adds and saves: the database numbers
//   Id (1, 2, ... per table) and the same entity comes back with it. GetById<T>(id) is SingleOrDefault(e => e.Id ==
//   id): the entity, or null. List<T>() every row of T's table. Update<T>(entity) marks it modified and saves (a row
//   not stored: DbUpdateConcurrencyException). Delete<T>(entity) removes and saves (a row not stored:
//   DbUpdateConcurrencyException). GetLast(edgeDeviceName) is ImageEvents.Where(i =>
//   i.EdgeDeviceName.Contains(edgeDeviceName)).LastOrDefault(): EF Core 2.2 evaluates LastOrDefault on the client over
//   the rows in the order SQL Server returns them (the clustered key, Id): the image event with the highest Id whose
//   device name CONTAINS the text, or null.
// First try (f04f4fc): incomplete, nothing generated: IMF0001 on all six. The five generic members of IRepository
//   (GetById<T>, List<T>, Add<T>, Update<T>, Delete<T>, each `where T : BaseEntity`) were read as a key-value store's
//   ("generic methods are supported only for Get/TryGet/Set/GetOrAdd of a store whose values are object"; Add<T>
//   "returns T, which is not a key"; GetById "no write names its key 'id'"; Update "takes no key"); GetLast "is not a
//   known verb". The probe stops at List<ImageEvent>(), the script's first line | WRONG: none (no member generated).
// After this round: still incomplete, all six refused, and rightly so for GetLast (CONTAINS the text, then the last row
//   in the database's order: neither is in the name). The five generic members now say why they are refused: each is
//   generic over the entity type (T : BaseEntity, keyed by Id), a repository of every type deriving from BaseEntity, one
//   table per type argument (the 2018 shape of Ardalis' Clean Architecture template, which this sample copies), where a
//   fake's tables are planned when it is generated (docs/generator.md, key-value refused guesses); their messages no
//   longer give key-value causes they do not have. Faking them (a table, a key and a copy made per type argument at run
//   time, keyed by the constraint's Id, which the constraint proves) is left to the lead.
// Configured: MissingDelete = MissingDelete.NotFound (session 41; Delete<T> of a row not stored: EF Core's
//   Remove + SaveChanges throws DbUpdateConcurrencyException; the fake's not-found error).
// After h-pertype41 (session 41): the five generic members of IRepository are generated, a table per type argument made
//   on first use and keyed by BaseEntity's Id (docs/generator.md, "Repositories generic per member over the entity
//   type"): ImageEvent and EdgeDevice numbered 1, 2, ... each in its own table, as SQL Server's identity columns are;
//   GetById<T> null for an id not stored; Update<T> and Delete<T> of a row not stored throw not-found. GetLast stays
//   refused, rightly (CONTAINS the text, then the last row in the database's order: neither is in the name), so the
//   fake is still incomplete; the smoke script's generic lines pass in the probe, which stops at GetLast.
#nullable disable

using System;
using System.Collections.Generic;
using InMemoryFakes;

namespace Corpus.AzureIntelligentEdgePatterns.IImageEventRepositoryCase;

public abstract class BaseEntity
{
    public int Id { get; set; }
}

public class ImageEvent : BaseEntity
{
    public ImageEvent()
    {
        ImageEventId = 0;
        Name = string.Empty;
        Type = string.Empty;
        Source = string.Empty;
        CaptureTime = DateTimeOffset.Now;
        TimeRecieved = DateTimeOffset.Now;
        EdgeDeviceName = string.Empty;
        RequestId = string.Empty;
    }

    public int ImageEventId { get; set; }
    public string Name { get; set; }
    public string Type { get; set; }
    public string Source { get; set; }
    public DateTimeOffset CaptureTime { get; set; }
    public DateTimeOffset TimeRecieved { get; set; }
    public string EdgeDeviceName { get; set; }
    public string RequestId { get; set; }
}

public class EdgeDevice : BaseEntity
{
    public int EdgeDeviceId { get; set; }
    public string EdgeDeviceName { get; set; }
}

public interface IRepository
{
    T GetById<T>(int id) where T : BaseEntity;
    List<T> List<T>() where T : BaseEntity;
    T Add<T>(T entity) where T : BaseEntity;
    void Update<T>(T entity) where T : BaseEntity;
    void Delete<T>(T entity) where T : BaseEntity;
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IImageEventRepository : IRepository
{
    ImageEvent GetLast(string edgeDeviceName);
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(IImageEventRepository repository)
    {
        Check.Equal(0, repository.List<ImageEvent>().Count, "List of an empty table is empty");
        var first = repository.Add(new ImageEvent { Name = "shelf-1", Type = "void", EdgeDeviceName = "edge-01" });
        Check.True(first.Id != 0, "Add numbers the new image event's Id (an identity column)");
        var second = repository.Add(new ImageEvent { Name = "shelf-2", Type = "void", EdgeDeviceName = "edge-02" });
        Check.True(second.Id != first.Id, "with a new number for each");
        var device = repository.Add(new EdgeDevice { EdgeDeviceName = "edge-01" });
        Check.True(device.Id != 0, "Add numbers an edge device too, in its own table");

        Check.Equal("shelf-1", Check.NotNull(repository.GetById<ImageEvent>(first.Id), "GetById finds an added image event").Name, "with what Add stored");
        Check.Null(repository.GetById<ImageEvent>(first.Id + second.Id + 100), "GetById of an id not stored is null (SingleOrDefault)");
        Check.Equal("edge-01", Check.NotNull(repository.GetById<EdgeDevice>(device.Id), "GetById finds the edge device").EdgeDeviceName, "in its own table");
        Check.Equal(2, repository.List<ImageEvent>().Count, "List returns every image event");
        Check.Equal(1, repository.List<EdgeDevice>().Count, "and every edge device, table by table");

        first.Name = "shelf-1b";
        repository.Update(first);
        Check.Equal("shelf-1b", repository.GetById<ImageEvent>(first.Id).Name, "Update writes the image event");

        Check.Equal("shelf-2", Check.NotNull(repository.GetLast("edge-0"), "GetLast finds a device name containing the text").Name, "the last of them (highest Id)");
        Check.Equal("shelf-1b", Check.NotNull(repository.GetLast("edge-01"), "GetLast of a whole name").Name, "its last image event");
        Check.Null(repository.GetLast("camera"), "GetLast of a text no device name contains is null");

        repository.Delete(second);
        Check.Null(repository.GetById<ImageEvent>(second.Id), "Delete removes the image event");
        Check.Equal(1, repository.List<ImageEvent>().Count, "and List no longer returns it");
        Check.Throws<Exception>(() => repository.Delete(second), "Delete of an image event not stored throws (DbUpdateConcurrencyException)");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
