// Source: https://github.com/MicrosoftDocs/mslearn-tailspin-spacegame-web
// Commit: d8a0e56340ce
// Licence: MIT (code samples; CC-BY-4.0 documentation)
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 1st of MicrosoftDocs/mslearn-tailspin-spacegame-web (its only one).
// Path: Tailspin.SpaceGame.Web/IDocumentDBRepository.cs (models: Models/Model.cs, Models/Score.cs)
// Adapted: the models' JsonPropertyName attributes are left out. The interface is faked closed over Score, one of its
//   models ([InMemoryFake(typeof(IDocumentDBRepository<Score>))]). The project builds without nullable annotations
//   (#nullable disable).
// Real store: Tailspin.SpaceGame.Web/LocalDocumentDBRepository.cs (a List<T> read once from a JSON file; read-only):
//   GetItemAsync(id) Enumerable.Single of the items with that Id (a missing id throws InvalidOperationException);
//   GetItemsAsync(queryPredicate, orderDescendingPredicate, page, pageSize) filters, orders by the key DESCENDING and
//   returns Skip(page * pageSize).Take(pageSize): page is ZERO-based although it defaults to 1 (the default skips the
//   first page; HomeController passes its 1-based page - 1, "to make the query 0-based"); CountItemsAsync(queryPredicate) the
//   number of items it matches. The interface has no write: a fake is filled with Seed.
// Shapes: *=core; GetItemsAsync=14
// First try (4060da2): incomplete: IMF0018 GetItemsAsync (the key selector and the paging are not read; read as
//   page/pageSize the page would be 1-based, where this store's is 0-based: the refusal is right) | WRONG:
//   GetItemAsync of a missing id returns null (an oblivious result), where the real store throws
//   InvalidOperationException (Enumerable.Single)
// Still wrong: GetItemAsync of a missing id returns null, as above; the probe stops at GetItemsAsync, before it.
// After h-oblivious (session 29): still incomplete (other members); GetItemAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store throws InvalidOperationException
//   (Enumerable.Single): the fake's null differs, which the Info now says; `MissingKeyReads = MissingKeyRead.NotFound`
//   states the throw in one line.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnTailspin.IDocumentDBRepositoryCase;

public abstract class Model
{
    public string Id { get; set; }
}

public class Score : Model
{
    public string ProfileId { get; set; }
    public int HighScore { get; set; }
    public string GameMode { get; set; }
    public string GameRegion { get; set; }
}

public interface IDocumentDBRepository<T>
    where T : Model
{
    Task<T> GetItemAsync(string id);
    Task<IEnumerable<T>> GetItemsAsync(
        Func<T, bool> queryPredicate,
        Func<T, int> orderDescendingPredicate,
        int page = 1,
        int pageSize = 10
    );
    Task<int> CountItemsAsync(Func<T, bool> queryPredicate);
}

[InMemoryFake(typeof(IDocumentDBRepository<Score>))]
public partial class ScoreRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(IDocumentDBRepository<Score> repository)
    {
        Check.Equal(0, await repository.CountItemsAsync(s => true), "CountItemsAsync of an empty store is 0");
        Check.Equal(0, (await repository.GetItemsAsync(s => true, s => s.HighScore, 0, 10)).Count(), "GetItemsAsync of an empty store is empty");
        await Check.ThrowsAsync<InvalidOperationException>(() => repository.GetItemAsync("missing"), "GetItemAsync of a missing id throws (Enumerable.Single)");
    }
}
