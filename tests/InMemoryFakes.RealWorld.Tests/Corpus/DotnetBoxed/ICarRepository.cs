// Source: https://github.com/Dotnet-Boxed/Templates
// Commit: 05951902
// Licence: MIT (an interface signature and a model transcribed for a test)
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
//   This one: the 1st of Dotnet-Boxed/Templates.
// Path: Source/ApiTemplate/Source/ApiTemplate/Repositories/ICarRepository.cs (model: Source/ApiTemplate/Source/ApiTemplate/
//   Models/Car.cs)
// Adapted: Car as it is; nullable enabled and implicit usings as in the template.
// Real store: Repositories/CarRepository.cs, a static List<Car> (it starts with six sample cars: data, not behaviour; the
//   script starts empty): AddAsync (null: ArgumentNullException) adds the car, THEN sets CarId = the highest CarId + 1
//   (the car's own CarId included: 1 in an empty list), returns it; DeleteAsync removes the car when the list holds that
//   very instance (List.Contains; Car has reference equality), else nothing; GetAsync the car with that CarId or null;
//   GetCarsAsync(first, createdAfter, createdBefore) orders by Created, keeps Created > createdAfter and < createdBefore
//   (each when given), then Take(first); GetCarsReverseAsync the same with TakeLast(last); GetHasNextPageAsync(first,
//   createdAfter) whether any car is left after skipping first of those after createdAfter; GetHasPreviousPageAsync(last,
//   createdBefore) whether any is left after SkipLast(last) of those before createdBefore; GetTotalCountAsync counts every
//   car; UpdateAsync (null: ArgumentNullException) copies Cylinders, Make and Model onto the stored car with that CarId
//   (none: InvalidOperationException from First), keeping its Created and Modified, and returns the car given.
// Shapes: *=core; GetCarsAsync=14; GetCarsReverseAsync=14; GetHasNextPageAsync=14; GetHasPreviousPageAsync=14; UpdateAsync=6
// First try (f2bb1c3): incomplete: IMF0001 GetCarsAsync, GetCarsReverseAsync, GetHasNextPageAsync,
//   GetHasPreviousPageAsync (cursor pages over Created: 'first' and 'last' name no property), DeleteAsync (MissingDelete
//   unstated) | WRONG: AddAsync keeps a CarId the caller set (7) where the real store numbers max + 1 (8), and after a
//   delete of the highest car numbers on where the real store reuses max + 1; UpdateAsync replaces the whole car, Created
//   and Modified too, where the real store copies only Cylinders, Make and Model. After this round: MissingDelete
//   configured; the pages stay refused; both wrongs remain (below).
// Configured: MissingDelete = MissingDelete.Ignore: CarRepository.DeleteAsync removes the car only when the list holds
//   it (List.Contains), else does nothing.
// Still wrong: AddAsync's numbering (max + 1 of the list, the car's own CarId included, reused after a delete of the
//   highest) and UpdateAsync's partial copy (Cylinders, Make, Model; Created and Modified kept): a store's own numbering
//   and its own choice of written properties are in no signature, and no setting states them; DeleteAsync removes only
//   the very instance the list holds (reference equality) where the fake removes by CarId (the same for a car read
//   from the store). Seed data (six sample cars) is data, not behaviour.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DotnetBoxed.ICarRepositoryCase;

public class Car
{
    public int CarId { get; set; }
    public DateTimeOffset Created { get; set; }
    public int Cylinders { get; set; }
    public string Make { get; set; } = default!;
    public string Model { get; set; } = default!;
    public DateTimeOffset Modified { get; set; }
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface ICarRepository
{
    Task<Car> AddAsync(Car car, CancellationToken cancellationToken);

    Task DeleteAsync(Car car, CancellationToken cancellationToken);

    Task<Car?> GetAsync(int carId, CancellationToken cancellationToken);

    Task<List<Car>> GetCarsAsync(
        int? first,
        DateTimeOffset? createdAfter,
        DateTimeOffset? createdBefore,
        CancellationToken cancellationToken);

    Task<List<Car>> GetCarsReverseAsync(
        int? last,
        DateTimeOffset? createdAfter,
        DateTimeOffset? createdBefore,
        CancellationToken cancellationToken);

    Task<bool> GetHasNextPageAsync(
        int? first,
        DateTimeOffset? createdAfter,
        CancellationToken cancellationToken);

    Task<bool> GetHasPreviousPageAsync(
        int? last,
        DateTimeOffset? createdBefore,
        CancellationToken cancellationToken);

    Task<int> GetTotalCountAsync(CancellationToken cancellationToken);

    Task<Car> UpdateAsync(Car car, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(ICarRepository repository)
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ford = await repository.AddAsync(new Car { Make = "Ford", Model = "GT", Cylinders = 8, Created = t0.AddDays(2), Modified = t0.AddDays(2) }, default);
        Check.Equal(1, ford.CarId, "AddAsync numbers the first car 1");
        var mini = await repository.AddAsync(new Car { Make = "Mini", Model = "Cooper", Cylinders = 4, Created = t0.AddDays(1), Modified = t0.AddDays(1) }, default);
        Check.Equal(2, mini.CarId, "AddAsync numbers the next car one above the highest");
        await repository.AddAsync(new Car { Make = "Audi", Model = "R8", Cylinders = 10, Created = t0.AddDays(3), Modified = t0.AddDays(3) }, default);
        Check.Equal("Ford", (await repository.GetAsync(ford.CarId, default))?.Make, "GetAsync returns the car");
        Check.Null(await repository.GetAsync(99, default), "GetAsync of a missing id returns null");
        Check.Equal(3, await repository.GetTotalCountAsync(default), "GetTotalCountAsync counts every car");
        await repository.UpdateAsync(new Car { CarId = ford.CarId, Make = "Ford", Model = "Mustang", Cylinders = 8, Created = t0.AddDays(9), Modified = t0.AddDays(9) }, default);
        var updated = await repository.GetAsync(ford.CarId, default);
        Check.Equal("Mustang", updated?.Model, "UpdateAsync writes Model");
        Check.Equal(t0.AddDays(2), updated?.Created, "UpdateAsync keeps the stored Created");
        Check.Equal(t0.AddDays(2), updated?.Modified, "UpdateAsync keeps the stored Modified");
        await Check.ThrowsAsync<InvalidOperationException>(() => repository.UpdateAsync(new Car { CarId = 99, Make = "X", Model = "Y" }, default), "UpdateAsync of a missing car throws InvalidOperationException");
        Check.Equal("Mini,Ford", string.Join(",", (await repository.GetCarsAsync(2, null, null, default)).Select(c => c.Make)), "GetCarsAsync orders by Created and takes first");
        Check.Equal("Ford", string.Join(",", (await repository.GetCarsAsync(null, t0.AddDays(1), t0.AddDays(3), default)).Select(c => c.Make)), "GetCarsAsync keeps Created strictly between the bounds");
        Check.Equal("Ford,Audi", string.Join(",", (await repository.GetCarsReverseAsync(2, null, null, default)).Select(c => c.Make)), "GetCarsReverseAsync takes the last ones in Created order");
        Check.True(await repository.GetHasNextPageAsync(2, null, default), "GetHasNextPageAsync: a car is left after the first two");
        Check.False(await repository.GetHasNextPageAsync(1, t0.AddDays(2), default), "GetHasNextPageAsync: nothing after the first one created after the bound");
        Check.True(await repository.GetHasPreviousPageAsync(2, null, default), "GetHasPreviousPageAsync: a car is before the last two");
        Check.False(await repository.GetHasPreviousPageAsync(1, t0.AddDays(2), default), "GetHasPreviousPageAsync: nothing before the last one created before the bound");
        var stored = await repository.GetAsync(mini.CarId, default);
        await repository.DeleteAsync(stored!, default);
        Check.Null(await repository.GetAsync(mini.CarId, default), "DeleteAsync removes the car it is given (read from the store)");
        Check.Equal(2, await repository.GetTotalCountAsync(default), "DeleteAsync removes one car");
    }
}
