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
//   This one: the 2nd of Dotnet-Boxed/Templates.
// Path: Source/GraphQLTemplate/Source/GraphQLTemplate/Repositories/IDroidRepository.cs (models: Models/Character.cs,
//   Droid.cs, Human.cs, Episode.cs)
// Adapted: the models as they are; nullable enabled and implicit usings as in the template.
// Real store: Repositories/DroidRepository.cs over the static Repositories/Database.cs (three droids and two humans built
//   once; Characters is the droids then the humans, a list made once at start-up): GetDroidsAsync() every droid as an
//   IQueryable; GetDroidsAsync(ids) the droids whose Id is in ids, in stored order (a lazy Where); GetFriendsAsync(droid)
//   the characters, droids and humans, whose Id is in droid.Friends, in Characters order. No member adds a droid; the
//   script seeds the start-up data.
// Shapes: *=core; GetFriendsAsync=6
// First try (f2bb1c3): incomplete: IMF0001 GetDroidsAsync(ids) (a collection of keys was read only from a
//   ByIds name, not from the parameter's name 'ids'), GetFriendsAsync (droids and humans: two tables). Generated:
//   GetDroidsAsync(), right. After this round: a collection of the key type named as the keys lists by keys (its order
//   stated by ByKeysOrder, configured); GetFriendsAsync stays refused (the probe stops at seeding a Human, which a fake
//   of droids has no table for).
// Configured: ByKeysOrder = ByKeysOrder.Stored: DroidRepository.GetDroidsAsync(ids) is Database.Droids.Where(x =>
//   ids.Contains(x.Id)): the list's order, each droid once, a missing id left out.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetBoxed.IDroidRepositoryCase;

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
public interface IDroidRepository
{
    Task<IQueryable<Droid>> GetDroidsAsync(CancellationToken cancellationToken);

    Task<IEnumerable<Droid>> GetDroidsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    Task<List<Character>> GetFriendsAsync(Droid droid, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IDroidRepository repository)
    {
        var t = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var r2 = new Droid(Guid.NewGuid(), "R2-D2", "Astromech", TimeSpan.FromHours(5), t, t, t);
        var c3 = new Droid(Guid.NewGuid(), "C-3PO", "Protocol", TimeSpan.FromHours(1), t, t, t);
        var luke = new Human(Guid.NewGuid(), "Luke Skywalker", "Tatooine", new DateOnly(3020, 4, 5), t, t);
        r2.Friends.Add(luke.Id);
        r2.Friends.Add(c3.Id);
        ((IInMemoryFake)repository).Seed(r2, c3);
        Check.Equal(2, (await repository.GetDroidsAsync(default)).Count(), "GetDroidsAsync() returns every droid");
        Check.Equal("R2-D2,C-3PO", string.Join(",", (await repository.GetDroidsAsync(new[] { c3.Id, Guid.NewGuid(), r2.Id }, default)).Select(d => d.Name)), "GetDroidsAsync(ids) returns the droids with those ids, in stored order (a Where over the list)");
        ((IInMemoryFake)repository).Seed(luke);
        var friends = await repository.GetFriendsAsync(r2, default);
        Check.Equal("C-3PO,Luke Skywalker", string.Join(",", friends.Select(c => c.Name)), "GetFriendsAsync returns the droid's friends among the start-up characters, droids then humans");
    }
}
