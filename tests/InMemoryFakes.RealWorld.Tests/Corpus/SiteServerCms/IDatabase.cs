// Source: https://github.com/siteserver/cms
// Commit: 6f61ef110413
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample82 rule, fixed before probing (the walk and every skip: Corpus/CodeMazeGuides/ICmCourseService.cs).
//   This one: the 3rd pick (the 12th repository of find_repos("Cms")): the first interface of its snapshot in path order.
// Path: src/Datory/IDatabase.cs (implementation: src/Datory/Database.cs, Datory's database over Dapper and SqlKata;
//   models: DatabaseType.cs, DataType.cs, TableColumn.cs, Entity.cs)
// Adapted: Entity keeps its public column properties (Id, Guid, CreatedDate, LastModifiedDate); its extended values,
//   JSON converter and reflection caches are dropped, and so are the enums' display attributes. TableColumn is whole.
//   Nullable disabled, as in the source (Datory.csproj does not enable it).
// Real store: the site's SQL database (MySQL, MariaDB, SQL Server, PostgreSQL, SQLite, KingbaseES, Dm, OceanBase) as a
//   schema: IsTableExistsAsync asks the engine's catalog; CreateTableAsync runs CREATE TABLE with the columns given (an
//   identity Id when a column says so); AlterTableAsync adds the columns missing and drops dropColumnNames;
//   AddIdentityColumnIdIfNotExistsAsync adds an identity Id column and answers its name; CreateIndexAsync creates an
//   index (nothing for no columns); GetColumnNamesAsync and GetTableColumnsAsync read the table's columns from the
//   catalog; DropTableAsync runs DROP TABLE; GetDatabaseNamesAsync and GetTableNamesAsync list the server's databases
//   and the database's tables. GetTableName<T> is the [DataTable] name of T (empty without one) and GetTableColumns<T>
//   its [DataColumn] properties (reflection, no database); GetTableColumns(columns) adds Entity's own columns to
//   those given. GetConnection opens an ADO.NET connection of the engine, GetQuotedIdentifier quotes a name the
//   engine's way, IsConnectionWorksAsync opens one and reports the error; DatabaseType, ConnectionString and
//   DatabaseName are the settings it was made with.
// Shapes: *=none
// First try (93199585): incomplete: IMF0009 on GetTableColumns(tableColumns) (TableColumn has no key; the message adds that a
//   store that keeps repeats, holds one value or computes what it returns has no key that fits and is written by hand)
//   | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: the interface is a database engine's schema (tables, columns,
//   indexes, catalogs, connections), not a store of TableColumn records. A column belongs to a table that no member
//   takes with it as a key, and its AttributeName repeats across tables; marking it the key would make the second
//   table's Id column a duplicate.
#nullable disable

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SiteServerCms.IDatabaseCase;

public enum DatabaseType
{
    MySql,
    MariaDB,
    SqlServer,
    PostgreSql,
    SQLite,
    KingbaseES,
    Dm,
    OceanBase,
}

public enum DataType
{
    Boolean,
    DateTime,
    Decimal,
    Integer,
    Text,
    VarChar,
}

[Serializable]
public class TableColumn
{
    public string AttributeName { get; set; }

    public DataType DataType { get; set; }

    public int DataLength { get; set; }

    public bool IsPrimaryKey { get; set; }

    public bool IsIdentity { get; set; }
}

public class Entity
{
    public int Id { get; set; }

    public string Guid { get; set; }

    public DateTime? CreatedDate { get; set; }

    public DateTime? LastModifiedDate { get; set; }
}

[InMemoryFake]
public interface IDatabase
{
    DatabaseType DatabaseType { get; }

    string ConnectionString { get; }

    string DatabaseName { get; }

    DbConnection GetConnection();

    Task<bool> IsTableExistsAsync(string tableName);

    Task<string> AddIdentityColumnIdIfNotExistsAsync(string tableName, List<TableColumn> columns);

    Task AlterTableAsync(string tableName, IEnumerable<TableColumn> tableColumns, IEnumerable<string> dropColumnNames = null);

    Task CreateTableAsync(string tableName, IEnumerable<TableColumn> tableColumns);

    Task CreateIndexAsync(string tableName, string indexName, params string[] columns);

    Task<List<string>> GetColumnNamesAsync(string tableName);

    string GetTableName<T>() where T : Entity;

    List<TableColumn> GetTableColumns<T>() where T : Entity;

    List<TableColumn> GetTableColumns(IEnumerable<TableColumn> tableColumns);

    Task<List<TableColumn>> GetTableColumnsAsync(string tableName);

    Task DropTableAsync(string tableName);

    Task<List<string>> GetDatabaseNamesAsync();

    Task<List<string>> GetTableNamesAsync();

    Task<(bool IsConnectionWorks, string ErrorMessage)> IsConnectionWorksAsync();

    string GetQuotedIdentifier(string identifier);
}

public static class Smoke
{
    public static async Task RunAsync(IDatabase database)
    {
        Check.False(await database.IsTableExistsAsync("siteserver_Demo"), "a table not created does not exist");
        await database.CreateTableAsync("siteserver_Demo", new[]
        {
            new TableColumn { AttributeName = "Id", DataType = DataType.Integer, IsPrimaryKey = true, IsIdentity = true },
            new TableColumn { AttributeName = "Title", DataType = DataType.VarChar, DataLength = 200 },
        });
        Check.True(await database.IsTableExistsAsync("siteserver_Demo"), "CreateTableAsync creates the table");
        Check.True((await database.GetTableNamesAsync()).Contains("siteserver_Demo"), "GetTableNamesAsync lists it");
        Check.Equal(2, (await database.GetColumnNamesAsync("siteserver_Demo")).Count, "its columns are the ones given");
        await database.DropTableAsync("siteserver_Demo");
        Check.False(await database.IsTableExistsAsync("siteserver_Demo"), "DropTableAsync drops it");
    }
}
