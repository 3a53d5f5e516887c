// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/Repositories/IParamRepository.cs (model: core/Piranha/Models/Param.cs)
// Real store: data/Piranha.Data.EF/Repositories/ParamRepository.cs: GetAll ordered by Key; GetById/GetByKey return
//   null when missing; Save inserts or updates by Id; Delete of a missing id does nothing.
// Shapes: GetByKey=core; GetAll=core; GetById=core; Save=core; Delete=core
// Configured: DefaultOrder = "Key" (h-wrongclass6): ParamRepository.GetAll is OrderBy(p => p.Key) (read at 324c9d08),
//   an order in the query's body that no signature shows.
// After this round (h-wrongclass6): WRONG found reviewing the members the script did not check: GetAll listed in
//   insertion order (the script stored one param); right with the setting, and the script now checks the order of two.
// After h-oblivious (session 29): complete as before; GetById, GetByKey answer null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Piranha.IParamRepositoryCase;

public class Param
{
    public Guid Id { get; set; }
    public string Key { get; set; }
    public string Value { get; set; }
    public string Description { get; set; }
}

[InMemoryFake(DefaultOrder = "Key")]
public interface IParamRepository
{
    Task<IEnumerable<Param>> GetAll();
    Task<Param> GetById(Guid id);
    Task<Param> GetByKey(string key);
    Task Save(Param model);
    Task Delete(Guid id);
}

public static class Smoke
{
    public static async Task RunAsync(IParamRepository store)
    {
        var id = Guid.NewGuid();
        await store.Save(new Param { Id = id, Key = "ArchivePageSize", Value = "10" });
        Check.Equal("10", (await store.GetByKey("ArchivePageSize"))?.Value, "GetByKey finds the param by its Key property");
        Check.Null(await store.GetByKey("Missing"), "GetByKey of an unknown key returns null");
        await store.Save(new Param { Id = id, Key = "ArchivePageSize", Value = "20" });
        Check.Equal("20", (await store.GetById(id))?.Value, "Save updates the param with the same Id");
        Check.Equal(1, (await store.GetAll()).Count(), "GetAll lists the params");
        await store.Save(new Param { Id = Guid.NewGuid(), Key = "AliasCount", Value = "1" });
        Check.Equal("AliasCount,ArchivePageSize", string.Join(",", (await store.GetAll()).Select(p => p.Key)), "GetAll orders by Key (OrderBy(p => p.Key))");
        await store.Delete(id);
        Check.Null(await store.GetById(id), "Delete removes it");
    }
}
