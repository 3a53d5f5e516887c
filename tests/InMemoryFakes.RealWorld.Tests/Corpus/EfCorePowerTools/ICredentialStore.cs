// Source: https://github.com/ErikEJ/EFCorePowerTools
// Commit: b5312dc61fe3
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample86 rule, fixed before looking at any interface: the repositories find_repos("EFCore") lists, in its
//   order, keeping those with C# files (then find_repos("EfCore") had the list run out; it did not); in each, the first
//   C# interface in path order (git grep of the fetched snapshot) outside test paths whose implementation in the same
//   repository keeps state (a database, cache, blob, table, in-memory collection) and that has at least 3 members; not
//   already in the corpus; at most 1 per repository; stop after 5. The fifth pick is the 8th repository listed.
//   dotnet/efcore: ILazyLoader, first in path order (LazyLoader keeps a dictionary of the navigations loaded and loads
//   them from the database). npgsql/efcore.pg: no such interface (options, a plugin, a type mapping, a factory of 1
//   member; INpgsqlRelationalConnection opens connections and reads or writes no data through its members;
//   INpgsqlValueGeneratorCache has 2 with its base). mongodb/mongo-efcore-provider: IMongoClientWrapper (an options
//   builder, an encryption-schema provider of 1 member, a search-index definition and an expression before it keep no
//   state). ErikEJ/EFCorePowerTools: ICredentialStore (before it: DacFx model-element wrappers, scaffolders, model
//   factories of 1 member, the extension-version service, the reverse-engineer BLL, view models, dialogs and wizard
//   contracts, none a store). LayeredCraft/dynamodb-efcore-provider: IDynamoClientWrapper (an options builder, an index
//   analyzer, factories and private serializer factories before it keep no state). ibprovider/Lcpi.EFCore.LcpiOleDb-v06.00:
//   no such interface (query-translation services; its lookups Structure_IGetDataByKey and ...Key2 have 1 and 2
//   members). win7user10/Laraue.EfCoreTriggers: no such interface (visitors and SQL generators; IDbSchemaRetriever reads
//   the EF model's metadata, nothing stored). JonPSmith/EfCoreinAction-SecondEdition: IAddReviewService (before it:
//   IPlaceOrderDbAccess has 2 members; IBizAction and IPlaceOrderAction, IPlaceOrderPart1, IPlaceOrderPart2 (3, inherited)
//   are business logic whose implementations hold no store of their own: they validate and hand the order to
//   IPlaceOrderDbAccess, keeping only the last call's errors; IBizActionAsync has no implementation outside tests;
//   IUserIdService has 1).
//   The 5 picks, in order: EfCore ILazyLoader, MongoEfCoreProvider IMongoClientWrapper, EfCorePowerTools
//   ICredentialStore, DynamoDbEfCoreProvider IDynamoClientWrapper, EfCoreInAction IAddReviewService.
//   This one: the 1st of ErikEJ/EFCorePowerTools (3 members).
// Path: src/GUI/Shared/DAL/ICredentialStore.cs (implementation: src/GUI/Shared/Helpers/CredentialStore.cs; model:
//   src/GUI/Shared/ViewModels/DatabaseConnectionModel.cs, src/GUI/RevEng.Shared/DatabaseType.cs)
// Adapted: DatabaseConnectionModel keeps FilePath, ConnectionName, ConnectionString and DatabaseType as plain
//   properties (INotifyPropertyChanged, DisplayName, ToolTip and the Visual Studio IVsDataConnection are dropped). The
//   GUI projects build without nullable annotations (#nullable disable).
// Real store: CredentialStore over the Windows Credential Manager (AdysTech.CredentialManager), generic credentials
//   persisted for the local machine under the target "efpt:" + ConnectionName, the connection string as the password
//   and the database type as an attribute. SaveCredential(model) reads every stored connection first and throws
//   InvalidOperationException("Name already used: '…' - please pick another one") when one has the same
//   ConnectionName (ordinal), else writes the credential and returns the API's success. GetStoredDatabaseConnections
//   lists every credential whose target starts with "efpt:" (a new list, ORDERED BY ConnectionName; a credential
//   that cannot be read back is skipped), each a new model with ConnectionName, ConnectionString and DatabaseType
//   (FilePath is not stored). DeleteCredential(name) removes the target "efpt:" + name and returns the API's answer.
// Shapes: *=core
// First try (8b82adcf): incomplete: IMF0009 on the interface (DatabaseConnectionModel has no key; nothing generated)
//   | WRONG: none. With Key = "ConnectionName", as the message offers: IMF0001 on all three (DeleteCredential's 'name'
//   is neither the key nor a property, GetStoredDatabaseConnections is no known verb, SaveCredential's bool does not
//   say what true means), nothing wrong either.
// After this round: unchanged, and the refusals are right: the key is the ConnectionName only by the implementation's
//   target names; "Credential" names no type of the signature; the save refuses a taken name where an upsert would
//   replace it, and the list is ordered by name, which no signature says.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EfCorePowerTools.ICredentialStoreCase;

public enum DatabaseType
{
    Undefined = 0,
    SQLServer = 3,
    SQLite = 4,
    Npgsql = 5,
    Mysql = 6,
    Oracle = 7,
    SQLServerDacpac = 8,
    Firebird = 10,
    Snowflake = 11,
}

public class DatabaseConnectionModel
{
    public string FilePath { get; set; }

    public string ConnectionName { get; set; }

    public string ConnectionString { get; set; }

    public DatabaseType DatabaseType { get; set; }
}

[InMemoryFake]
public interface ICredentialStore
{
    bool DeleteCredential(string name);

    List<DatabaseConnectionModel> GetStoredDatabaseConnections();

    bool SaveCredential(DatabaseConnectionModel connectionModel);
}

public static class Smoke
{
    public static Task RunAsync(ICredentialStore store)
    {
        Check.Equal(0, store.GetStoredDatabaseConnections().Count, "a new store lists no connection");
        Check.True(store.SaveCredential(new DatabaseConnectionModel { ConnectionName = "Northwind", ConnectionString = "Server=.;Database=Northwind", DatabaseType = DatabaseType.SQLServer }), "SaveCredential stores a new connection");
        Check.True(store.SaveCredential(new DatabaseConnectionModel { ConnectionName = "Chinook", ConnectionString = "Data Source=chinook.db", DatabaseType = DatabaseType.SQLite, FilePath = "chinook.db" }), "and another");
        Check.Throws<InvalidOperationException>(() => store.SaveCredential(new DatabaseConnectionModel { ConnectionName = "Northwind", ConnectionString = "other" }), "a name already used is refused, not replaced");

        var listed = store.GetStoredDatabaseConnections();
        Check.Equal(2, listed.Count, "the list holds both");
        Check.Equal("Chinook", listed[0].ConnectionName, "ordered by connection name");
        Check.Equal("Northwind", listed[1].ConnectionName, "whatever the order they were saved in");
        Check.Equal("Server=.;Database=Northwind", listed[1].ConnectionString, "with the connection string first saved");
        Check.Equal(DatabaseType.SQLite, listed[0].DatabaseType, "and the database type");
        Check.Null(listed[0].FilePath, "the file path is not stored");

        Check.True(store.DeleteCredential("Northwind"), "DeleteCredential removes the connection of that name");
        Check.Equal(1, store.GetStoredDatabaseConnections().Count, "so one is left");
        return Task.CompletedTask;
    }
}
