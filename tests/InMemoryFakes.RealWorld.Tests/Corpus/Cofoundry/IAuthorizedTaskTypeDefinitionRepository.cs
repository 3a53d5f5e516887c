// Source: https://github.com/cofoundry-cms/cofoundry
// Commit: d3b30b10
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
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
//   This one: the 3rd of cofoundry-cms/cofoundry.
// Path: src/Cofoundry.Domain/Domain/AuthorizedTasks/Repositories/IAuthorizedTaskTypeDefinitionRepository.cs (model:
//   src/Cofoundry.Domain/Domain/AuthorizedTasks/Configuration/IAuthorizedTaskTypeDefinition.cs)
// Adapted: EntityNotFoundException<T> (Cofoundry.Domain) is a minimal exception here; a TaskType class implements the
//   definition interface so the script can seed. Nullable enabled as in Cofoundry.
// Real store: AuthorizedTaskTypeDefinitionRepository, a read-only registry of the definitions the DI container holds
//   (no member adds one; the constructor rejects a blank code, a duplicate code or name ignoring case, a code that is not
//   6 characters, a blank name or one longer than 20): GetByCode returns the definition with that code (exact, ordinal:
//   Dictionary with the default comparer) or null; GetRequiredByCode the same, or throws
//   EntityNotFoundException<IAuthorizedTaskTypeDefinition>; GetAll every definition.
// Shapes: *=core; GetRequiredByCode=2
// First try (f2bb1c3): incomplete: IMF0001 GetByCode, GetRequiredByCode: read as a key-value
//   store (the definition type, an interface, has no Id and no member writes), whose verbs have no By{Property}; GetAll
//   is generated; the probe cannot seed (no table stores IAuthorizedTaskTypeDefinition). Nothing wrong. Key =
//   "AuthorizedTaskTypeCode" (the real registry is keyed by it) is IMF0010 here, for a key-value store: a read-only
//   registry of interface-typed definitions stays a gap (the classification, not a setting). Unchanged after this
//   round's fixes.
// After h-conv2 (2026-12-04): unchanged, GetByCode and GetRequiredByCode still refused, now saying that Code is no
//   parameter's name but a property of the values (IAuthorizedTaskTypeDefinition.AuthorizedTaskTypeCode), which a
//   key-value store does not index.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cofoundry.IAuthorizedTaskTypeDefinitionRepositoryCase;

public class EntityNotFoundException<TEntity>(object? id, string message) : Exception(message)
{
    public object? Id { get; } = id;
}

public interface IAuthorizedTaskTypeDefinition
{
    string AuthorizedTaskTypeCode { get; }

    string Name { get; }
}

public class TaskType(string code, string name) : IAuthorizedTaskTypeDefinition
{
    public string AuthorizedTaskTypeCode { get; } = code;

    public string Name { get; } = name;
}

[InMemoryFake]
public interface IAuthorizedTaskTypeDefinitionRepository
{
    IAuthorizedTaskTypeDefinition? GetByCode(string authorizedTaskTypeCode);

    IAuthorizedTaskTypeDefinition GetRequiredByCode(string authorizedTaskTypeCode);

    IEnumerable<IAuthorizedTaskTypeDefinition> GetAll();
}

public static class Smoke
{
    public static Task RunAsync(IAuthorizedTaskTypeDefinitionRepository repository)
    {
        ((IInMemoryFake)repository).Seed<IAuthorizedTaskTypeDefinition>(new TaskType("PWDRST", "Password Reset"), new TaskType("EMLCNF", "Email Confirm"));
        Check.Equal("Password Reset", repository.GetByCode("PWDRST")?.Name, "GetByCode returns the definition with that code");
        Check.Null(repository.GetByCode("pwdrst"), "GetByCode matches the code exactly (ordinal)");
        Check.Null(repository.GetByCode("NONE00"), "GetByCode of an unknown code returns null");
        Check.Equal("Email Confirm", repository.GetRequiredByCode("EMLCNF").Name, "GetRequiredByCode returns the definition");
        Check.Throws<Exception>(() => repository.GetRequiredByCode("NONE00"), "GetRequiredByCode of an unknown code throws EntityNotFoundException");
        Check.Equal(2, repository.GetAll().Count(), "GetAll returns every definition");
        return Task.CompletedTask;
    }
}
