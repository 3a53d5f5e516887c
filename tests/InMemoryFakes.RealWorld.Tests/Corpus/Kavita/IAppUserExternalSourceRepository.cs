// Source: https://github.com/Kareadita/Kavita
// Commit: ed7e9d4a6e85
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 1st of Kareadita/Kavita.
// Path: API/Data/Repositories/AppUserExternalSourceRepository.cs (models: API/Entities/AppUserExternalSource.cs,
//   API/DTOs/SideNav/ExternalSourceDto.cs)
// Adapted: AppUser (API/Entities/AppUser.cs, an IdentityUser<int>) keeps Id and UserName. The project builds with
//   <Nullable>warnings</Nullable> (annotations off), kept as #nullable disable.
// Real store: the same file (EF Core; writes are saved by Kavita's IUnitOfWork.CommitAsync, outside this interface):
//   Update(source) marks the row Modified; Delete(source) removes it; GetById(externalSourceId) the source with that
//   Id or null; GetExternalSources(userId) the sources whose AppUserId is userId, projected to ExternalSourceDto;
//   ExternalSourceExists(userId, name, host, apiKey) trims host, is false when host, name or apiKey is empty, else
//   whether that user has a source whose Host equals host with a trailing '/' and whose Name equals name (both
//   case-insensitive) and whose ApiKey equals apiKey exactly.
// Shapes: Update=core; Delete=core; GetById=core; GetExternalSources=4; ExternalSourceExists=4
// Configured: MissingDelete = MissingDelete.NotFound: Delete(source) is the context's Remove, saved by Kavita's
//   IUnitOfWork.CommitAsync; EF Core's SaveChanges of a row that is not there throws DbUpdateConcurrencyException,
//   which a removal that returns nothing cannot say (docs/generator.md, attribute settings). MissingUpdate =
//   MissingUpdate.NotFound (h-close2, session of 2026-12-03): Update(source), the only write, marks the row Modified
//   (_context.Entry(source).State = EntityState.Modified); EF Core's SaveChanges of a Modified row that is not there
//   throws DbUpdateConcurrencyException, so an update of a missing source fails, which the setting states (Update was
//   refused: nothing else creates a source, and whether an update creates a missing one is the store's own).
// Still wrong: Delete and Update of a missing source throw the fake's NotFoundException at once, where the real one
//   throws DbUpdateConcurrencyException at the commit outside this interface.
// First try (ffaa154): incomplete: IMF0001 Update, GetExternalSources, ExternalSourceExists | WRONG: none (Delete and
//   GetById generated right)
// After h-oblivious (session 29): still incomplete (other members); GetById answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Kavita.IAppUserExternalSourceRepositoryCase;

public class AppUserExternalSource
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Host { get; set; }
    public required string ApiKey { get; set; }

    public int AppUserId { get; set; }
    public AppUser AppUser { get; set; }
}

public class AppUser
{
    public int Id { get; set; }
    public string UserName { get; set; }
}

public class ExternalSourceDto
{
    public required int Id { get; set; } = 0;
    public required string Name { get; set; }
    public required string Host { get; set; }
    public required string ApiKey { get; set; }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound, MissingUpdate = MissingUpdate.NotFound)]
public interface IAppUserExternalSourceRepository
{
    void Update(AppUserExternalSource source);
    void Delete(AppUserExternalSource source);
    Task<AppUserExternalSource> GetById(int externalSourceId);
    Task<IList<ExternalSourceDto>> GetExternalSources(int userId);
    Task<bool> ExternalSourceExists(int userId, string name, string host, string apiKey);
}

public static class Smoke
{
    public static async Task RunAsync(IAppUserExternalSourceRepository repository)
    {
        ((IInMemoryFake)repository).Seed(
            new AppUserExternalSource { Id = 1, AppUserId = 7, Name = "Home", Host = "https://kavita.example/", ApiKey = "k1" },
            new AppUserExternalSource { Id = 2, AppUserId = 7, Name = "Work", Host = "https://work.example/", ApiKey = "k2" },
            new AppUserExternalSource { Id = 3, AppUserId = 8, Name = "Other", Host = "https://other.example/", ApiKey = "k3" });
        Check.Equal("Home", (await repository.GetById(1))?.Name, "GetById returns the source with that id");
        Check.Null(await repository.GetById(99), "GetById of a missing id returns null");
        repository.Delete(await repository.GetById(3));
        Check.Null(await repository.GetById(3), "Delete removes the source");
        Check.Equal(2, (await repository.GetExternalSources(7)).Count, "GetExternalSources returns the user's sources");
        Check.True(await repository.ExternalSourceExists(7, "home", " https://KAVITA.example ", "k1"), "ExternalSourceExists trims the host, adds the trailing slash and ignores case");
        Check.False(await repository.ExternalSourceExists(7, "Home", "https://kavita.example/", "K1"), "ExternalSourceExists compares the api key exactly");
        Check.False(await repository.ExternalSourceExists(8, "Home", "https://kavita.example/", "k1"), "ExternalSourceExists looks only at that user's sources");
        var work = await repository.GetById(2);
        work.Name = "Office";
        repository.Update(work);
        Check.Equal("Office", (await repository.GetById(2))?.Name, "Update writes the changed source");
    }
}
