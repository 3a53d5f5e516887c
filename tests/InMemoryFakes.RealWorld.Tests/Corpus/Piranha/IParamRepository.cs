// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/Repositories/IParamRepository.cs (model: core/Piranha/Models/Param.cs)
// Real store: data/Piranha.Data.EF/Repositories/ParamRepository.cs: GetAll ordered by Key; GetById/GetByKey return
//   null when missing; Save inserts or updates by Id; Delete of a missing id does nothing.
// Shapes: GetByKey=core; GetAll=core; GetById=core; Save=core; Delete=core
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

[InMemoryFake]
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
        await store.Delete(id);
        Check.Null(await store.GetById(id), "Delete removes it");
    }
}
