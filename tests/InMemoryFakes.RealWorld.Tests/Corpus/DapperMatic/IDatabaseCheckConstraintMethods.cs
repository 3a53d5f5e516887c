// Source: https://github.com/mjczone/MJCZone.DapperMatic
// Commit: e13d717cfaea
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample91 rule, fixed and written down before any interface was looked at: the repositories
//   find_repos("Dapper") lists, in its order, keeping those with C# files (then find_repos("Sql") if the list ran out;
//   it did not); in each, at its newest stored snapshot, the first C# interface in path order (git grep of the fetched
//   snapshot, paths in byte order) outside test paths whose implementation in the same repository keeps state (a
//   database, cache, blob, table, in-memory collection: read, before the walk, as the implementation reading and
//   writing such a store; a read-only wrapper of the OS file system or a holder of SQL text does not count) and that
//   has at least 3 members (inherited ones count); not a corpus source already; a licence file that allows
//   transcribing a signature; at most 1 per repository; stop after 5. The walk: dapperfu/python_Meijer,
//   DapperBanana/LocalTests: no C#; DapperBanana/Local-CS-Tests, webtonic-technologies/iGuruERP_API_Dapper: no licence
//   file; DapperBanana/Local-ASM-Tests, dapperAuteur/witus-learn: no C#; Paymentsense/Dapper.SimpleSave: no such
//   interface (a script DTO and a logger); dapperAuteur/centenarian-os, contractor-os: no C#; DavidParks8/DapperCode:
//   no such interface (OS and service wrappers; its IFileSystem only queries the OS file system, IUserSettings has 1
//   member); five repositories with no C#;
//   Avi-Karalis/dapperAutomapperDBFirstProject, webtonic-technologies/iGuruPrep_API_Dapper: no licence file;
//   nansencenter/DAPPER: no C#; DapperLib/DapperAOT: ICommand<TArgs>; DapperCollectives/VESSEL: no C#;
//   klmallory/Dapper.Accelr8: no licence file; jbock-java/dapper, dapperlabs/nba-smart-contracts: no C#;
//   Edes0/API-Dapper-Showcase: no licence file; AdaskoTheBeAsT/AdaskoTheBeAsT.Identity.Dapper: IUserRoleClaimStore<TUser>;
//   dapperAuteur/tour-manager-os, wanderlearn-app: no C#; DapperLib/Dapper: no such interface (type maps, parameter and
//   type-handler hooks); two with no C#; ratanachh/dapperx: IStudentRepository; mjczone/MJCZone.DapperMatic:
//   IDatabaseCheckConstraintMethods; six with no C#; steffenskov/Dapper.DDD.Repository: IWeatherStationRepository.
//   The 5 picks, in order: DapperAot ICommand, AdaskoIdentityDapper IUserRoleClaimStore, DapperX IStudentRepository,
//   DapperMatic IDatabaseCheckConstraintMethods, DapperDddRepository IWeatherStationRepository.
//   This one: the 1st of mjczone/MJCZone.DapperMatic (11 members; before it in path order, IDbTypeConverter<,> is a
//   converter of 1 member).
// Path: src/MJCZone.DapperMatic/Interfaces/IDatabaseCheckConstraintMethods.cs (real store:
//   src/MJCZone.DapperMatic/Providers/Base/DatabaseMethodsBase.CheckConstraints.cs, with the SQL of each provider's
//   DatabaseMethods (SQL Server, MySQL, PostgreSQL, SQLite); model: Models/DmCheckConstraint.cs, DmConstraint.cs,
//   DmConstraintType.cs)
// Adapted: one namespace; DmCheckConstraint keeps its constructors, properties and ConstraintType, without
//   [Serializable], its argument checks (the store makes its own) and ToString; the XML comments dropped. Nullable
//   enabled, as in src/Directory.Build.props.
// Real store: DatabaseMethodsBase, the DDL of the database behind the IDbConnection each call is given (with an
//   optional transaction): the check constraints are the database's own schema. GetCheckConstraintsAsync reads the
//   table's definition (an empty list when the table does not exist or the provider has no check constraints),
//   filtered by constraintNameFilter as a wildcard pattern; GetCheckConstraintAsync is the single one of that name;
//   the …OnColumn members match ColumnName ignoring case; the names are the constraints' names. Create…IfNotExists
//   runs ALTER TABLE … ADD CONSTRAINT … CHECK (expression) and answers true, or false when one of that name exists
//   (or the provider has none); Drop…IfExists runs the DROP and answers whether there was one. Blank table, constraint,
//   column names or expressions throw ArgumentException before the database is asked.
// Shapes: *=core
// First try (45df1faa): incomplete: IMF0001 on all 11 (read as a key-value store: the key 'db' is an IDbConnection,
//   which compares by reference; 'CreateCheckConstraintIfNotExists', 'DoesCheckConstraintExist…', 'Drop…IfExists',
//   'Get…OnColumn' and 'GetCheckConstraintNames' are no known verbs) | generated: none | WRONG: none.
// After this round: unchanged, rightly: the store is the schema of whatever database each call's connection opens,
//   keyed by schema, table and constraint name, with a wildcard filter and a column matched ignoring case; a fake
//   keyed by the connection object would keep one schema per connection instance, which no real database does.
// Session 34 (h-uow34): the 11 refusals (still IMF0001, incomplete) name that cause: "it is handed 'db' (IDbConnection,
//   an ADO.NET connection) and works on the database behind it" (Parsing/HandedStoreRule), where they spoke of the
//   connection as a key and of unknown verbs.
#nullable enable

using System;
using System.Collections.Generic;
using System.Data;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DapperMatic.IDatabaseCheckConstraintMethodsCase;

public enum DmConstraintType
{
    PrimaryKey,
    ForeignKey,
    Unique,
    Check,
    Default,
}

public abstract class DmConstraint
{
    protected DmConstraint(string constraintName)
    {
        ConstraintName = constraintName;
    }

    public abstract DmConstraintType ConstraintType { get; }

    public string ConstraintName { get; set; }
}

public class DmCheckConstraint : DmConstraint
{
    public DmCheckConstraint()
        : base(string.Empty) { }

    [SetsRequiredMembers]
    public DmCheckConstraint(
        string? schemaName,
        string tableName,
        string? columnName,
        string constraintName,
        string expression
    )
        : base(constraintName)
    {
        SchemaName = schemaName;
        TableName = tableName;
        ColumnName = columnName;
        Expression = expression;
    }

    public string? SchemaName { get; set; }

    public required string TableName { get; set; }

    public string? ColumnName { get; set; }

    public required string Expression { get; set; }

    public override DmConstraintType ConstraintType => DmConstraintType.Check;
}

[InMemoryFake]
public interface IDatabaseCheckConstraintMethods
{
    Task<bool> CreateCheckConstraintIfNotExistsAsync(
        IDbConnection db,
        DmCheckConstraint constraint,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<bool> CreateCheckConstraintIfNotExistsAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string? columnName,
        string constraintName,
        string expression,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<bool> DoesCheckConstraintExistOnColumnAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string columnName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<bool> DoesCheckConstraintExistAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string constraintName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<DmCheckConstraint?> GetCheckConstraintOnColumnAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string columnName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<DmCheckConstraint?> GetCheckConstraintAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string constraintName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<List<DmCheckConstraint>> GetCheckConstraintsAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string? constraintNameFilter = null,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<string?> GetCheckConstraintNameOnColumnAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string columnName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<List<string>> GetCheckConstraintNamesAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string? constraintNameFilter = null,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<bool> DropCheckConstraintOnColumnIfExistsAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string columnName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );

    Task<bool> DropCheckConstraintIfExistsAsync(
        IDbConnection db,
        string? schemaName,
        string tableName,
        string constraintName,
        IDbTransaction? tx = null,
        CancellationToken cancellationToken = default
    );
}

public static class Smoke
{
    // Only what the store does before it asks the database: the script has no database, so the connection is null.
    public static async Task RunAsync(IDatabaseCheckConstraintMethods methods)
    {
        IDbConnection db = null!;
        await Check.ThrowsAsync<ArgumentException>(() => methods.CreateCheckConstraintIfNotExistsAsync(db, null, " ", "Price", "ck_price", "Price > 0"), "a blank table name is refused before the database is asked");
        await Check.ThrowsAsync<ArgumentException>(() => methods.CreateCheckConstraintIfNotExistsAsync(db, null, "Products", "Price", "", "Price > 0"), "so is a blank constraint name");
        await Check.ThrowsAsync<ArgumentException>(() => methods.CreateCheckConstraintIfNotExistsAsync(db, null, "Products", "Price", "ck_price", " "), "and a blank expression");
        await Check.ThrowsAsync<ArgumentException>(() => methods.GetCheckConstraintAsync(db, null, "Products", ""), "GetCheckConstraintAsync needs a constraint name");
        await Check.ThrowsAsync<ArgumentException>(() => methods.GetCheckConstraintOnColumnAsync(db, null, "Products", ""), "GetCheckConstraintOnColumnAsync needs a column name");
        await Check.ThrowsAsync<ArgumentException>(() => methods.DropCheckConstraintIfExistsAsync(db, null, "", "ck_price"), "DropCheckConstraintIfExistsAsync needs a table name");
        await Check.ThrowsAsync<ArgumentException>(() => methods.DropCheckConstraintOnColumnIfExistsAsync(db, null, "Products", ""), "DropCheckConstraintOnColumnIfExistsAsync needs a column name");
        await Check.ThrowsAsync<ArgumentException>(() => methods.GetCheckConstraintsAsync(db, null, ""), "GetCheckConstraintsAsync needs a table name");
    }
}
