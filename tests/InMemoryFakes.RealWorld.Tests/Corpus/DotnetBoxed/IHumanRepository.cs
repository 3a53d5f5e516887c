// Source: https://github.com/Dotnet-Boxed/Templates
// Commit: 05951902
// Licence: MIT (an interface signature and models transcribed for a test)
// Sample: h-sample13 rule, fixed before probing: in these repositories, in this order (SimpleIdServer/SimpleIdServer,
//   blazorhero/CleanArchitecture, EdiWang/Moonglade, dotnet-architecture/eShopOnContainers, cofoundry-cms/cofoundry,
//   AntonioFalcaoJr/EventualShop, thangchung/coolstore-microservices, vietnam-devs/coolstore-microservices,
//   kimcu-on-thenet/ddd-net-ef-core, davidfowl/TodoApi, Dotnet-Boxed/Templates, nopSolutions/nopCommerce-plugins,
//   jbogard/ContosoUniversityDotNetCore-Pages), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). Not held: SimpleIdServer,
//   thangchung/coolstore-microservices, nopCommerce-plugins. eShopOnContainers' newest snapshot is a README (the repo
//   moved); blazorhero's IBrandRepository, IDocumentRepository, IDocumentTypeRepository and IProductRepository,
//   cofoundry's IDistributedLockDefinitionRepository, coolstore's IGridRepository<T> and IEventStorage declare 2 or
//   fewer; EventualShop's seven other IEventStoreRepository files are identical copies; TodoApi and
//   ContosoUniversityDotNetCore-Pages have none. The list ends at 11: Moonglade IEmailOutboxStore and
//   IBlogImageStorage; cofoundry IObjectCache, IAdvancedContentRepositoryAuthorizedTaskRepository and
//   IAuthorizedTaskTypeDefinitionRepository; EventualShop IEventStoreRepository; vietnam-devs/coolstore IRepository<T>;
//   ddd-net-ef-core IRepository<TAggregate, TIdentity>; Dotnet-Boxed ICarRepository, IDroidRepository, IHumanRepository.
//   This one: the 3rd of Dotnet-Boxed/Templates.
// Path: Source/GraphQLTemplate/Source/GraphQLTemplate/Repositories/IHumanRepository.cs (models: Models/Character.cs,
//   Droid.cs, Human.cs, Episode.cs)
// Adapted: the models as they are; nullable enabled and implicit usings as in the template.
// Real store: Repositories/HumanRepository.cs over the static Repositories/Database.cs (three droids and two humans built
//   once; Characters is a list of those five made once at start-up): AddHumanAsync appends the human to Database.Humans
//   (List.Add: a repeated Id is stored twice) and returns it, but NOT to Characters; GetHumansAsync() every human as an
//   IQueryable; GetHumansAsync(ids) those whose Id is in ids; GetFriendsAsync(human) the start-up characters whose Id
//   is in human.Friends (a human added later is never anyone's friend). The script seeds the start-up data.
// Shapes: *=core; AddHumanAsync=6; GetFriendsAsync=6
// First try (f2bb1c3): incomplete: IMF0001 GetHumansAsync(ids) (as IDroidRepository), GetFriendsAsync (a
//   list of Character from a list of Guid). Generated: AddHumanAsync and GetHumansAsync(); AddHumanAsync of an Id
//   already stored throws DuplicateKeyException where the real List.Add stores it twice (loud). After this round:
//   GetHumansAsync(ids) generated (ByKeysOrder configured); GetFriendsAsync stays refused.
// Configured: ByKeysOrder = ByKeysOrder.Stored: HumanRepository.GetHumansAsync(ids) is Database.Humans.Where(x =>
//   ids.Contains(x.Id)): the list's order, each human once, a missing id left out.
// Still wrong: AddHumanAsync of a repeated Id (loud: DuplicateKeyException; the real list stores it twice).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetBoxed.IHumanRepositoryCase;

public enum Episode
{
    NEWHOPE = 4,
    EMPIRE = 5,
    JEDI = 6,
}

public abstract record class Character(Guid Id, string Name, DateTimeOffset Created, DateTimeOffset Modified)
{
    public List<Episode> AppearsIn { get; } = new List<Episode>();
    public List<Guid> Friends { get; } = new List<Guid>();
}

public record class Droid(
    Guid Id,
    string Name,
    string PrimaryFunction,
    TimeSpan ChargePeriod,
    DateTimeOffset Manufactured,
    DateTimeOffset Created,
    DateTimeOffset Modified) :
    Character(Id, Name, Created, Modified)
{
}

public record class Human(
    Guid Id,
    string Name,
    string HomePlanet,
    DateOnly DateOfBirth,
    DateTimeOffset Created,
    DateTimeOffset Modified) :
    Character(Id, Name, Created, Modified)
{
}

[InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
public interface IHumanRepository
{
    Task<Human> AddHumanAsync(Human human, CancellationToken cancellationToken);

    Task<List<Character>> GetFriendsAsync(Human human, CancellationToken cancellationToken);

    Task<IQueryable<Human>> GetHumansAsync(CancellationToken cancellationToken);

    Task<IEnumerable<Human>> GetHumansAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IHumanRepository repository)
    {
        var t = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var leia = new Human(Guid.NewGuid(), "Leia Organa", "Alderaan", new DateOnly(3020, 4, 5), t, t);
        ((IInMemoryFake)repository).Seed(leia);
        var luke = new Human(Guid.NewGuid(), "Luke Skywalker", "Tatooine", new DateOnly(3020, 4, 5), t, t);
        var han = new Human(Guid.NewGuid(), "Han Solo", "Corellia", new DateOnly(3018, 7, 13), t, t);
        luke.Friends.Add(leia.Id);
        luke.Friends.Add(han.Id);
        Check.Equal("Luke Skywalker", (await repository.AddHumanAsync(luke, default)).Name, "AddHumanAsync returns the human");
        await repository.AddHumanAsync(han, default);
        Check.Equal(3, (await repository.GetHumansAsync(default)).Count(), "GetHumansAsync() returns every human, start-up and added");
        Check.Equal("Leia Organa,Han Solo", string.Join(",", (await repository.GetHumansAsync(new[] { han.Id, Guid.NewGuid(), leia.Id }, default)).Select(h => h.Name)), "GetHumansAsync(ids) returns the humans with those ids, in stored order (a Where over the list)");
        Check.Equal("Leia Organa", string.Join(",", (await repository.GetFriendsAsync(luke, default)).Select(c => c.Name)), "GetFriendsAsync reads the start-up characters only: a human added later is never a friend");
    }
}
