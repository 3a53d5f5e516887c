// Source: https://github.com/karimabdelsalam/hotella
// Commit: 595f1bc91fac
// Licence: none stated (an interface signature and minimal models transcribed for a test)
// Sample: h-sample78 rule (the whole rule and the repositories it skipped: Corpus/ZuluHotel/ITownCrierEntryList.cs).
//   This one: the 4th pick (the 90th of find_repos("Hotel"): Hotella's hotel agent, which links an OPERA property
//   management system to the platform; no snapshot, so its 53 .cs files were listed with find_files and read in path
//   order). Before it in path order: the installer's custom action (no interface); IConnectorAdapter (3 members and 2
//   inherited: adapters over the OPERA IFC8 TCP link, OWS SOAP and this database, keeping no records) and
//   IConnectorFactory (a factory); IAdapterHealth (2); the link's ICommandHandler (2), IQueryHandler (2) and
//   IMessagePublisher (1: LinkClient appends to the durable SQLite outbox, a class); the security, licensing and FIAS
//   files declare classes and records only (IdentityStore, SecretStore and LicenceStore are classes).
// Path: apps/hotel-agent/src/Hotella.Agent.OperaDb/DataSource.cs (the interface and its models; real stores:
//   OracleDataSource.cs, over the hotel's OPERA 5 Oracle database, and FixtureDataSource.cs, over a JSON file shaped
//   like it for development and CI; the statements: DataContract.cs)
// Adapted: DbRow, DbRows, PrivilegeSnapshot and ProbeReport as in the source; ContractStatement cut to its Id and one of
//   DataContract's statements (Rooms), its SQL template and binds dropped. XML comments dropped. Nullable enabled, as in
//   the source (the agent's Directory.Build.props).
// Real store: a read-only query runner: it accepts only the predefined statements of the data contract (there is no
//   member that takes SQL text). QueryAsync(statement, binds, maxRows, ct) runs the statement for the configured resort
//   with the bind values and answers at most maxRows rows (column alias to value) and whether more were there;
//   FixtureDataSource evaluates each statement id with the SQL's filters over the file's reservations, names and rooms
//   (a statement it does not know: InvalidOperationException), re-reading the file on every call. PrivilegesAsync
//   answers what the account may do (system and table privileges, roles), ProbeAsync which contract objects and
//   columns are missing and the row counts. Dispose closes the connection (nothing for the fixture).
// Shapes: *=none; Dispose=17
// First try (2df64237): incomplete: IMF0001 QueryAsync ('Query' is not a known verb), PrivilegesAsync and ProbeAsync
//   (not known verbs); Dispose generated (nothing) | WRONG: none.
// After this round: unchanged, and the refusals are right: a read-only runner of the data contract's SQL statements
//   against a database the hotel owns; what a statement answers is SQL the interface does not carry (ContractStatement
//   holds the template), and privileges and the probe read the database's own catalogue.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Hotella.IOperaDataSourceCase;

public sealed class DbRow(IReadOnlyDictionary<string, object?> values)
{
    public object? this[string column] => values.TryGetValue(column, out var v) ? v : null;

    public IEnumerable<string> Columns => values.Keys;
}

public sealed record DbRows(IReadOnlyList<DbRow> Rows, bool Truncated);

public sealed record PrivilegeSnapshot(
    IReadOnlyList<string> SystemPrivileges,
    IReadOnlyList<(string Owner, string Table, string Privilege)> TablePrivileges,
    IReadOnlyList<string> Roles);

public sealed record ProbeReport(
    IReadOnlyList<string> MissingObjects,
    IReadOnlyList<string> MissingColumns,
    IReadOnlyDictionary<string, long> Counts);

public sealed class ContractStatement
{
    private ContractStatement(string id) => Id = id;

    public string Id { get; }

    public static readonly ContractStatement Rooms = new("ROOMS");
}

[InMemoryFake]
public interface IOperaDataSource : IDisposable
{
    Task<DbRows> QueryAsync(
        ContractStatement statement, IReadOnlyDictionary<string, object?> binds, int maxRows, CancellationToken ct);

    Task<PrivilegeSnapshot> PrivilegesAsync(CancellationToken ct);

    Task<ProbeReport> ProbeAsync(CancellationToken ct);
}

public static class Smoke
{
    // What a data source over a hotel with no rooms and an account granted nothing answers (FixtureDataSource over
    // { "resort": …, "rooms": [], "privileges": { } }).
    public static async Task RunAsync(IOperaDataSource source)
    {
        var rooms = await source.QueryAsync(ContractStatement.Rooms, new Dictionary<string, object?>(), 10, CancellationToken.None);
        Check.Equal(0, rooms.Rows.Count, "a hotel with no rooms answers no row");
        Check.False(rooms.Truncated, "and says nothing was left out");

        var privileges = await source.PrivilegesAsync(CancellationToken.None);
        Check.Equal(0, privileges.SystemPrivileges.Count, "an account granted nothing has no system privilege");

        var probe = await source.ProbeAsync(CancellationToken.None);
        Check.Equal(0L, probe.Counts.TryGetValue("ROOM", out var count) ? count : -1L, "the probe counts the rooms: none");
        source.Dispose();
    }
}
