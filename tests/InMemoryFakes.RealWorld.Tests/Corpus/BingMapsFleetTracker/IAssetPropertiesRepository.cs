// Source: https://github.com/microsoft/Bing-Maps-Fleet-Tracker
// Commit: 0678a48
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample61 rule, fixed before probing (Corpus/AgentGovernanceToolkit/ISandboxProvider.cs has it in full;
//   docs/generator-rounds.md, "Out-of-sample round h-sample61 (session 25)", the walk). After BotBuilder-V3 in
//   find_repos("microsoft/b"): botbuilder-java, blueprints, bedrock, BitBLAS, BCQuality, bedrock-cli, brewlet: no C#
//   file; BCTech (565 MB): over the limit; botframework-components: IContactProvider (1 member); bobsql,
//   botbuilder-tools, binskim: no interface of the pattern; BosqueLanguage (one file under a test path), BlingFire (five
//   utility and test files): none by name.
//   This one: the 7th pick (Bing-Maps-Fleet-Tracker; its first hit in path order: 1 member and the 7 of its base
//   IRepository<int, AssetProperties>, in the same repository).
// Path: Backend/src/Trackable.Repositories/IAssetPropertiesRepository.cs (base: IRepository.cs beside it; real store:
//   Repositories/AssetPropertiesRepository.cs over Repositories/DbRepositoryBase.cs, EF6 and AutoMapper; model:
//   Trackable.Models/AssetProperties.cs, ModelBase.cs, MutableAttribute.cs)
// Adapted: the namespaces (one for all); the XML comments dropped. IRepository<TKey1, TKey2, TModel>, declared in the same
//   file, is left out (IAssetPropertiesRepository does not extend it). Nullable enabled, as in the source
//   (Trackable.Repositories.csproj and Trackable.Models.csproj).
// Real store: AssetPropertiesRepository : DbRepositoryBase<int, AssetPropertiesData, AssetProperties> over EF6, rows with
//   a database-generated int Id and a Deleted flag, mapped to and from AssetProperties by AutoMapper (reads answer new
//   models). CheckValidity(p) throws BadArgumentException ("One of the Asset Properties are invalid") when a dimension
//   (height, width, length, weight, max gradient, min turn radius) is negative, AssetAxels is outside 0..20 or
//   AssetTrailers outside 0..10, else completes. AddAsync(p) runs CheckValidity, adds the row and answers it with its new
//   Id; AddAsync(models) adds them all (no validity check: only the single add overrides) and answers them with their Ids
//   (none given: an empty list). GetAsync(id) answers the row not deleted with that Id, else default (null);
//   GetAllAsync() every row not deleted. UpdateAsync(id, p): no such row (or a deleted one) is ResourceNotFoundException;
//   else it copies p's [Mutable] properties (all but Id) onto the row found by id (p.Id is not read) and answers it.
//   UpdateAsync(models) updates the rows whose Ids are the dictionary's keys, the same way, and answers those; keys with
//   no row are skipped (its check for a missing row tests the rows found, so it never fires). DeleteAsync(id) sets the
//   row's Deleted flag (a soft delete: the row stays, reads skip it); no such row is ResourceNotFoundException.
// Shapes: *=core; UpdateAsync=7
// Configured: MissingKeyReads = MissingKeyRead.Default (GetAsync answers default(TModel), null, for an Id not stored);
//   MissingDelete = MissingDelete.NotFound (DeleteAsync of an Id not stored throws ResourceNotFoundException).
// First try (ac6de91): incomplete: IMF0001 UpdateAsync(IDictionary<int, AssetProperties>) ("it must take one
//   AssetProperties parameter") and CheckValidity ("not a known verb"); generated: both AddAsync, DeleteAsync, GetAllAsync,
//   GetAsync, UpdateAsync(id, model). The probe fails at the script's third check: the add of a model with 30 axels
//   is stored, where the real AddAsync refuses it | WRONG: GetAsync of an Id not stored threw the
//   not-found error (declared not null under nullable annotations), where the real store answers null; DeleteAsync of an
//   Id not stored did nothing, where it throws ResourceNotFoundException; AddAsync stores an invalid model (30 axels),
//   which the real AddAsync refuses through CheckValidity (BadArgumentException); UpdateAsync(id, model) of a model whose
//   own Id is another throws ArgumentException, where the real store updates the row of id and does not read model.Id
//   (loud).
// After this round: still incomplete, the two settings above (which exist) make GetAsync and DeleteAsync right.
//   CheckValidity (the store's own rules) and UpdateAsync(models) (keys with no row skipped, a rule of its code) are
//   rightly refused.
// Still wrong: AddAsync validates in the real store (the interface's own CheckValidity says a validation exists, not that
//   the add runs it); UpdateAsync(id, model) with another model.Id, loud (not reached: the probe fails at the add's validation first).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BingMapsFleetTracker.IAssetPropertiesRepositoryCase;

[AttributeUsage(AttributeTargets.Property)]
public class MutableAttribute : Attribute
{
}

[Serializable]
public abstract class ModelBase<TKey>
{
    public virtual TKey Id { get; set; } = default!;
}

public class AssetProperties : ModelBase<int>
{
    [Mutable] public double? AssetHeight { get; set; }
    [Mutable] public double? AssetWidth { get; set; }
    [Mutable] public double? AssetLength { get; set; }
    [Mutable] public double? AssetWeight { get; set; }
    [Mutable] public int? AssetAxels { get; set; }
    [Mutable] public int? AssetTrailers { get; set; }
    [Mutable] public bool? AssetSemi { get; set; }
    [Mutable] public double? AssetMaxGradient { get; set; }
    [Mutable] public double? AssetMinTurnRadius { get; set; }
}

public interface IRepository<TKey, TModel>
{
    Task<TModel> AddAsync(TModel model);

    Task<IEnumerable<TModel>> AddAsync(IEnumerable<TModel> models);

    Task DeleteAsync(TKey id);

    Task<IEnumerable<TModel>> GetAllAsync();

    Task<TModel> GetAsync(TKey id);

    Task<TModel> UpdateAsync(TKey id, TModel model);

    Task<IEnumerable<TModel>> UpdateAsync(IDictionary<TKey, TModel> models);
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default, MissingDelete = MissingDelete.NotFound)]
public interface IAssetPropertiesRepository : IRepository<int, AssetProperties>
{
    Task CheckValidity(AssetProperties assetProperties);
}

public static class Smoke
{
    public static async Task RunAsync(IAssetPropertiesRepository repository)
    {
        var truck = await repository.AddAsync(new AssetProperties { AssetHeight = 3.5, AssetAxels = 3, AssetSemi = true });
        Check.True(truck.Id > 0, "AddAsync answers the row with the Id the database gave it");
        Check.Equal(3.5, (await repository.GetAsync(truck.Id))?.AssetHeight, "GetAsync finds it by Id");
        await Check.ThrowsAsync<Exception>(() => repository.AddAsync(new AssetProperties { AssetAxels = 30 }), "AddAsync checks validity first: 30 axels is refused");
        Check.Equal(1, (await repository.GetAllAsync()).Count(), "and the refused one is not stored");

        await repository.CheckValidity(new AssetProperties { AssetTrailers = 2 });
        await Check.ThrowsAsync<Exception>(() => repository.CheckValidity(new AssetProperties { AssetWeight = -1 }), "CheckValidity refuses a negative weight");

        var vans = (await repository.AddAsync(new[] { new AssetProperties { AssetHeight = 2 }, new AssetProperties { AssetHeight = 2.2 } })).ToList();
        Check.Equal(2, vans.Count, "AddAsync(models) answers every model added");
        Check.True(vans.All(v => v.Id > 0 && v.Id != truck.Id), "each with its own new Id");
        Check.Equal(3, (await repository.GetAllAsync()).Count(), "GetAllAsync lists every row");

        var updated = await repository.UpdateAsync(truck.Id, new AssetProperties { Id = 999, AssetHeight = 4.0, AssetAxels = 4 });
        Check.Equal(truck.Id, updated.Id, "UpdateAsync(id, model) updates the row of id (the model's Id is not read)");
        Check.Equal(4.0, (await repository.GetAsync(truck.Id))?.AssetHeight, "with the model's properties");
        Check.Null(await repository.GetAsync(999), "and adds no row of the model's Id");
        await Check.ThrowsAsync<Exception>(() => repository.UpdateAsync(12345, new AssetProperties()), "an update of an Id not stored fails");

        var many = (await repository.UpdateAsync(new Dictionary<int, AssetProperties>
        {
            [vans[0].Id] = new AssetProperties { AssetHeight = 2.5 },
            [12345] = new AssetProperties { AssetHeight = 9 },
        })).ToList();
        Check.Equal(1, many.Count, "UpdateAsync(models) answers the rows it updated, skipping Ids not stored");
        Check.Equal(2.5, (await repository.GetAsync(vans[0].Id))?.AssetHeight, "and updates them");

        await repository.DeleteAsync(truck.Id);
        Check.Null(await repository.GetAsync(truck.Id), "a deleted row is not found");
        Check.Equal(2, (await repository.GetAllAsync()).Count(), "nor listed");
        await Check.ThrowsAsync<Exception>(() => repository.DeleteAsync(truck.Id), "a delete of an Id not there fails");
    }
}
