// Source: https://github.com/steffenskov/Dapper.DDD.Repository
// Commit: 6d753ac86438
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
//   This one: the 1st of steffenskov/Dapper.DDD.Repository (7 members with its base; before it in path order,
//   IWeatherForecastViewRepository has 2).
// Path: samples/WeatherService-Simplified/src/WeatherService.Model/Repositories/IWeatherStationRepository.cs (its base:
//   src/Dapper.DDD.Repository/Interfaces/ITableRepository.cs; real store: WeatherStationRepository.cs beside it over
//   src/Dapper.DDD.Repository/Repositories/TableRepository.cs and BaseRepository.cs, SQL from
//   src/Dapper.DDD.Repository.Sql/SqlQueryGenerator.cs, configured in Setup.cs; the table:
//   samples/Database/WeatherService.Database/WeatherStations.sql; model: Entities/WeatherStation.cs,
//   ValueObjects/Address.cs)
// Adapted: one namespace; Address keeps its two init properties without their length checks (100 and 50
//   characters); XML comments dropped. Nullable enabled, as in WeatherService.Model.csproj.
// Real store: TableRepository<WeatherStation, int> on SQL Server through Dapper, the key Id an IDENTITY(1,1) column
//   (Setup: HasKey, HasIdentity), the table with a unique index on Name (UQ_WeatherStations_Name). InsertAsync throws
//   ArgumentException when the station's Id is not 0, else INSERTs Name and the flattened Address and answers the row
//   read back (OUTPUT inserted.*: a new instance with the new Id; the caller's keeps 0); a taken Name breaks the index
//   (SqlException). GetAsync(id) is the row or null; GetAllAsync every row (no ORDER BY). UpdateAsync(station) UPDATEs
//   the row of its Id and answers it read back, null when no row has the Id. UpsertAsync: a station with Id 0 is
//   inserted as InsertAsync does; one with an Id is updated, and QuerySingleAsync throws InvalidOperationException when
//   no row has it. DeleteAsync(id) answers the deleted row (OUTPUT deleted.*), null when none. NameInUseAsync(name) is
//   SELECT TOP 1 … WHERE Name = @name: whether a station has the name (under the database's collation, case-insensitive
//   by default, where the fake compares ordinal as InMemoryFakeOptions.Semantics says; the smoke script uses one case).
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Refuse: UpsertAsync of a station whose Id is set is the store's UPDATE,
//   which throws InvalidOperationException when no row has the Id (QuerySingleAsync), and InsertAsync refuses a set Id
//   (ArgumentException there, InvalidOperationException in the fake); no signature says a store refuses a preset key.
// Shapes: NameInUseAsync=6; *=core
// First try (45df1faa): incomplete: IMF0001 on NameInUseAsync ('NameInUse' is not a known verb) | generated:
//   DeleteAsync, GetAsync, GetAllAsync, InsertAsync, UpdateAsync, UpsertAsync | WRONG: InsertAsync and UpsertAsync of
//   a new station (Id has a private init, so every station a caller makes has Id 0): the fake stored it under 0 and
//   answered Id 0, where the IDENTITY numbers it 1, and a second new station was the fake's duplicate-key error; and
//   UpsertAsync of a station whose Id is set but not stored inserted it under that Id, where the store's UPDATE finds no
//   row and throws InvalidOperationException.
// After this round: complete with [InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse)]. A key with a private or
//   protected init accessor is numbered as one with a private setter is (an ORM writes both; the fake through an
//   UnsafeAccessor to the accessor), and NameInUseAsync asks whether some station has the name, as IsNameInUse does
//   (docs/generator.md, Sample91Tests). The setting states the upsert's refusal of a set Id not stored; an insert of a
//   station whose Id is set then throws InvalidOperationException where the store throws ArgumentException (loud in
//   both). Left, and listed in KnownSmokeMismatches: the unique index on Name is the table's, which no signature shows
//   (the fake stores a second station of a taken name).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DapperDddRepository.IWeatherStationRepositoryCase;

public record Address
{
    public string Street { get; init; } = default!;

    public string City { get; init; } = default!;
}

public class WeatherStation
{
    public int Id { get; private init; } // init because it's an identity field in the database, as such the code should never set it explicitly
    public string Name { get; set; } = default!;
    public Address Address { get; set; } = default!;
}

public interface ITableRepository<TAggregate, TAggregateId>
{
    Task<TAggregate?> DeleteAsync(TAggregateId id, CancellationToken cancellationToken = default);
    Task<TAggregate?> GetAsync(TAggregateId id, CancellationToken cancellationToken = default);
    Task<IEnumerable<TAggregate>> GetAllAsync(CancellationToken cancellationToken = default);
    Task<TAggregate> InsertAsync(TAggregate aggregate, CancellationToken cancellationToken = default);
    Task<TAggregate?> UpdateAsync(TAggregate aggregate, CancellationToken cancellationToken = default);
    Task<TAggregate> UpsertAsync(TAggregate aggregate, CancellationToken cancellationToken = default);
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Refuse)]
public interface IWeatherStationRepository : ITableRepository<WeatherStation, int>
{
    Task<bool> NameInUseAsync(string name, CancellationToken cancellationToken);
}

public static class Smoke
{
    private static WeatherStation Station(string name, string city) => new() { Name = name, Address = new Address { Street = "Stationsvej 1", City = city } };

    public static async Task RunAsync(IWeatherStationRepository stations)
    {
        Check.Equal(0, (await stations.GetAllAsync()).Count(), "a new table lists no station");
        var aarhus = await stations.InsertAsync(Station("Aarhus", "Aarhus"));
        Check.Equal(1, aarhus.Id, "InsertAsync answers the station as stored, numbered by the IDENTITY(1,1) column");
        var odense = await stations.InsertAsync(Station("Odense", "Odense"));
        Check.Equal(2, odense.Id, "the next station gets the next number");
        Check.Equal("Odense", (await stations.GetAsync(2))?.Address.City, "GetAsync reads a station by Id, with its address");
        Check.Null(await stations.GetAsync(3), "GetAsync of an Id not stored is null");
        Check.Equal(2, (await stations.GetAllAsync()).Count(), "GetAllAsync lists every station");
        Check.True(await stations.NameInUseAsync("Aarhus", CancellationToken.None), "NameInUseAsync is true for a name a station has");
        Check.False(await stations.NameInUseAsync("Vejle", CancellationToken.None), "and false for a name no station has");

        aarhus.Name = "Aarhus C";
        Check.Equal("Aarhus C", (await stations.UpdateAsync(aarhus))?.Name, "UpdateAsync writes the station and answers it as stored");
        Check.Equal("Aarhus C", (await stations.GetAsync(1))?.Name, "so GetAsync reads the new name");
        Check.False(await stations.NameInUseAsync("Aarhus", CancellationToken.None), "and the old name is free");

        Check.Equal("Odense", (await stations.DeleteAsync(2))?.Name, "DeleteAsync answers the station it deleted");
        Check.Null(await stations.DeleteAsync(2), "and null for an Id not stored");
        Check.Null(await stations.GetAsync(2), "the deleted station is gone");
        Check.Null(await stations.UpdateAsync(odense), "UpdateAsync of a station no row has (any more) is null");
        await Check.ThrowsAsync<InvalidOperationException>(() => stations.UpsertAsync(odense), "UpsertAsync of a station whose Id is set is an update, and throws when no row has the Id");
        Check.Equal(1, (await stations.GetAllAsync()).Count(), "and stores nothing");

        var vejle = await stations.UpsertAsync(Station("Vejle", "Vejle"));
        Check.Equal(3, vejle.Id, "UpsertAsync of a new station inserts it under the next number (an IDENTITY does not reuse a deleted one)");
        aarhus.Name = "Aarhus H";
        Check.Equal("Aarhus H", (await stations.UpsertAsync(aarhus)).Name, "UpsertAsync of a stored station updates it");
        Check.Equal("Aarhus H", (await stations.GetAsync(1))?.Name, "as GetAsync reads");
        Check.Equal(2, (await stations.GetAllAsync()).Count(), "two stations are stored");

        await Check.ThrowsAsync<Exception>(() => stations.InsertAsync(Station("Vejle", "Vejle")), "a second station of a taken name breaks the unique index on Name (SqlException)");
        Check.Equal(2, (await stations.GetAllAsync()).Count(), "and is not stored");
    }
}
