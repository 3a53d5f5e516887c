// Source: https://github.com/microsoft/data-accelerator
// Commit: dcf8a20b05d1 (the interface last changed in c8104966a12f)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 5th pick (data-accelerator; before it in path order, IConfigGenConfigurationProvider: 3 reads of
//   settings a provider loads once, nothing written through it, skipped; this one 7 members).
// Path: Services/DataX.Config/DataX.Config/Storage/IDesignTimeConfigStorage.cs (real store:
//   Services/DataX.Config/DataX.Config.Storage/CosmosDBConfigStorage.cs over
//   Services/DataX.Utilities/DataX.Utility.CosmosDB/CosmosDBUtility.cs, the MongoDB driver against Cosmos DB's Mongo API;
//   models: Services/DataX.Contract/Result/Result.cs and SuccessResult.cs; the callers: DataX.Config/InternalService/
//   FlowDataManager.cs, DesignTimeCommonDataManager.cs, SparkClusterData.cs, SparkJobData.cs)
// Adapted: the namespaces (one for all). Result and SuccessResult as declared. Nullable disabled, as in the source.
// Real store: CosmosDBConfigStorage keeps JSON documents in named Mongo collections (flows, commons, sparkClusters,
//   ...); a document is found by its own "name" field. SaveByName(name, content, collectionName) parses content as
//   BSON and replaces the document whose "name" equals name, inserting it when none does (ReplaceOne with upsert), and
//   answers a SuccessResult (IsSuccess true; Message the inserted _id, or empty). GetByName(name, collection) answers the
//   matching document as JSON (the driver's ToJson, _id left out), null when none (SingleOrDefault: more than one is an
//   InvalidOperationException). GetByNames(names, collection) the documents whose name is one of names; GetAll(collection)
//   every document; GetByFieldValue(value, field, collection) those whose field equals value. UpdatePartialByName(value,
//   fieldPath, name, collection) parses value as BSON and sets that field of the named document (a field "gui" also
//   copies its displayName); nothing for a missing name. DeleteByName(name, collection) deletes one document of that
//   name; every write answers success, a missing name too. A blank collection or name is an ArgumentException.
// Shapes: *=4; SaveByName=1; GetByFieldValue=2; UpdatePartialByName=20; GetByNames=18
// First try (f923f300): incomplete, nothing generated: IMF0001 on all 7: SaveByName, GetByName, GetByNames,
//   GetByFieldValue and DeleteByName (one value under two names, 'name' and 'fieldValue', read as a key-value store of
//   strings), GetAll (it takes the collection), UpdatePartialByName ('PartialByName' is no noun of the store) | WRONG: none
//   (nothing generated).
// After this round: unchanged, and rightly refused: JSON documents in named collections, found by a field inside the JSON
//   text (name, or any field by its name), written whole or one field by path; every member takes the collection.
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DataAccelerator.IDesignTimeConfigStorageCase;

public class Result
{
    public bool IsSuccess;
    public string Message;
    public Dictionary<string, object> Properties;
}

public class SuccessResult : Result
{
    public SuccessResult(string msg = "", Dictionary<string, object> props = null)
    {
        this.IsSuccess = true;
        this.Message = msg;
        this.Properties = props;
    }
}

[InMemoryFake]
public interface IDesignTimeConfigStorage
{
    Task<Result> SaveByName(string name, string content, string collectionName);
    Task<string> GetByName(string name, string collectionName);
    Task<string[]> GetByNames(string[] names, string collectionName);
    Task<string[]> GetAll(string collectionName);
    Task<string[]> GetByFieldValue(string fieldValue, string fieldName, string collectionName);
    Task<Result> UpdatePartialByName(string partialFieldValue, string fieldPath, string name, string collectionName);
    Task<Result> DeleteByName(string name, string collectionName);
}

public static class Smoke
{
    public static async Task RunAsync(IDesignTimeConfigStorage storage)
    {
        Check.Equal(0, (await storage.GetAll("flows")).Length, "a new collection holds no document");

        Check.True((await storage.SaveByName("flow1", "{\"name\":\"flow1\",\"owner\":\"ann\"}", "flows")).IsSuccess, "SaveByName answers success");
        await storage.SaveByName("flow2", "{\"name\":\"flow2\",\"owner\":\"bob\"}", "flows");
        await storage.SaveByName("flow1", "{\"name\":\"flow1\",\"owner\":\"cleo\"}", "commons");

        Check.True((await storage.GetByName("flow1", "flows"))?.Contains("\"ann\"") == true, "GetByName reads the document of that name in that collection");
        Check.True((await storage.GetByName("flow1", "commons"))?.Contains("\"cleo\"") == true, "the same name in another collection is another document");
        Check.Null(await storage.GetByName("flow3", "flows"), "GetByName of a name not stored is null");
        Check.Equal(2, (await storage.GetAll("flows")).Length, "GetAll lists the collection's documents");
        Check.Equal(1, (await storage.GetByNames(new[] { "flow2", "flow3" }, "flows")).Length, "GetByNames lists those of the names found");
        Check.True((await storage.GetByFieldValue("bob", "owner", "flows")).Single().Contains("\"flow2\""), "GetByFieldValue lists the documents whose field has the value");

        await storage.SaveByName("flow1", "{\"name\":\"flow1\",\"owner\":\"dan\"}", "flows");
        Check.True((await storage.GetByName("flow1", "flows"))?.Contains("\"dan\"") == true, "SaveByName of a stored name replaces the document");
        Check.Equal(2, (await storage.GetAll("flows")).Length, "and adds none");

        Check.True((await storage.UpdatePartialByName("\"eve\"", "owner", "flow2", "flows")).IsSuccess, "UpdatePartialByName answers success");
        Check.True((await storage.GetByName("flow2", "flows"))?.Contains("\"eve\"") == true, "and sets the field of the named document");

        Check.True((await storage.DeleteByName("flow2", "flows")).IsSuccess, "DeleteByName answers success");
        Check.Null(await storage.GetByName("flow2", "flows"), "and the document is gone");
        Check.True((await storage.DeleteByName("flow2", "flows")).IsSuccess, "a delete of a name not stored answers success too");
        Check.Equal(1, (await storage.GetAll("flows")).Length, "the other document stays");
    }
}
