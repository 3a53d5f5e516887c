// Source: https://github.com/dotnet/orleans
// Commit: e558829b0b0f
// Licence: MIT
// Path: src/Orleans.Core/SystemTargetInterfaces/IMembershipTable.cs (TableVersion, MembershipTableData, MembershipEntry in the same file)
// Adapted: SiloAddress is a record of (Endpoint, Generation); MembershipEntry keeps the members the table reads
//   (SiloAddress, SiloName, Status, IAmAliveTime, EffectiveUpdateTime); SiloStatus keeps its values.
// Real store: src/Orleans.Runtime/MembershipService/InMemoryMembershipTable.cs behind SystemTargetBasedMembershipTable.cs:
//   rows keyed by SiloAddress, each with its own ETag, plus ONE table version (number + ETag); InsertRow(entry, version)
//   returns false when the silo has a row or version.VersionEtag is not the table's current one, else adds the row with a
//   new ETag and sets the table version to version.Version with a new ETag; UpdateRow(entry, etag, version) is the same
//   for an existing row whose ETag equals etag; ReadRow/ReadAll return the row(s) with their ETags and the table version;
//   UpdateIAmAlive changes only IAmAliveTime of an existing row; CleanupDefunctSiloEntries removes non-Active rows
//   updated before the date.
// Shapes: *=19; InsertRow=19; UpdateRow=19; UpdateIAmAlive=20
// First try (a75b0ce): incomplete: IMF0009 MembershipEntry (no key)
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Orleans.IMembershipTableCase;

public sealed record SiloAddress(string Endpoint, int Generation);

public enum SiloStatus { None = 0, Created = 1, Joining = 2, Active = 3, ShuttingDown = 4, Stopping = 5, Dead = 6 }

[InMemoryFake]
public interface IMembershipTable
{
    Task InitializeMembershipTable(bool tryInitTableVersion);

    Task DeleteMembershipTableEntries(string clusterId);

    Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate);

    Task<MembershipTableData> ReadRow(SiloAddress key);

    Task<MembershipTableData> ReadAll();

    Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion);

    Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion);

    Task UpdateIAmAlive(MembershipEntry entry);
}

public sealed class TableVersion : IEquatable<TableVersion>
{
    public int Version { get; }

    public string VersionEtag { get; }

    public TableVersion(int version, string eTag)
    {
        Version = version;
        VersionEtag = eTag;
    }

    public TableVersion Next() => new(Version + 1, VersionEtag);

    public override bool Equals(object? obj) => Equals(obj as TableVersion);
    public override int GetHashCode() => HashCode.Combine(Version, VersionEtag);
    public bool Equals(TableVersion? other) => other is not null && Version == other.Version && VersionEtag == other.VersionEtag;
}

public sealed class MembershipTableData
{
    public IReadOnlyList<Tuple<MembershipEntry, string>> Members { get; private set; }

    public TableVersion Version { get; private set; }

    public MembershipTableData(List<Tuple<MembershipEntry, string>> list, TableVersion version)
    {
        Members = list;
        Version = version;
    }

    public MembershipTableData(Tuple<MembershipEntry, string> tuple, TableVersion version)
    {
        Members = new[] { tuple };
        Version = version;
    }

    public MembershipTableData(TableVersion version)
    {
        Members = Array.Empty<Tuple<MembershipEntry, string>>();
        Version = version;
    }
}

public sealed class MembershipEntry
{
    public SiloAddress SiloAddress { get; set; } = null!;
    public SiloStatus Status { get; set; }
    public string SiloName { get; set; } = "";
    public DateTime IAmAliveTime { get; set; }
    public DateTime EffectiveUpdateTime => IAmAliveTime;
}

public static class Smoke
{
    public static async Task RunAsync(IMembershipTable table)
    {
        await table.InitializeMembershipTable(true);
        var all = await table.ReadAll();
        Check.Equal(0, all.Members.Count, "a new table has no rows");
        var version = all.Version;
        var silo = new SiloAddress("10.0.0.1:11111", 1);
        Check.True(await table.InsertRow(new MembershipEntry { SiloAddress = silo, SiloName = "a", Status = SiloStatus.Joining }, version.Next()),
            "InsertRow with the current table version ETag inserts");
        Check.False(await table.InsertRow(new MembershipEntry { SiloAddress = silo, SiloName = "a" }, version.Next()),
            "InsertRow of a silo that has a row (and with a stale version ETag) returns false");
        var row = await table.ReadRow(silo);
        Check.Equal(1, row.Members.Count, "ReadRow finds the silo's row");
        Check.Equal(version.Version + 1, row.Version.Version, "the table version moved to the one InsertRow gave");
        var etag = row.Members[0].Item2;
        Check.True(await table.UpdateRow(new MembershipEntry { SiloAddress = silo, SiloName = "a", Status = SiloStatus.Active }, etag, row.Version.Next()),
            "UpdateRow with the row's ETag and the current version ETag updates");
        Check.Equal(SiloStatus.Active, (await table.ReadRow(silo)).Members[0].Item1.Status, "the row was updated");
    }
}
