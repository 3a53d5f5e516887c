// Source: https://github.com/IEvangelist/azure-cosmos-dotnet-repository
// Commit: ed6f8fbe3298
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample93 rule (Corpus/CosmosFramework/ICommandBinder.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 4th pick; the first interface of the repository in path order (samples/ sorts before src/).
// Path: samples/Microsoft.Azure.CosmosEventSourcing/BasicEventSourcingSample/Core/IShipRepository.cs (implementation:
//   ../Infrastructure/ShipRepository.cs over the library's IEventStore<ShipEventItem> and
//   IRepository<ShipInformation>; models: Ship.Definition.cs, Ship.Applys.cs, ShipStatus.cs,
//   ../Projections/Models/ShipInformation.cs, ../Projections/ShipInformationProjections.cs)
// Adapted: Ship keeps its scalar state (Name, Commissioned, Status, Port, CargoWeight), its constructor and Dock;
//   the event-sourcing base (AggregateRoot's events and atomic marker event), the other domain methods and the
//   DomainException type are dropped (a blank name throws ArgumentException here). ShipInformation keeps its
//   properties and constructor; FullItem, its base, is cut to Id and Type. Nullable enabled, as in the source.
// Real store: two Cosmos DB containers. SaveAsync(ship) persists the ship's new events and its atomic marker event as
//   one transactional batch in the partition of ship.Name (the marker's ETag makes a save of a stale ship fail).
//   FindAsync(shipName) reads every event of that partition and rebuilds the ship (Ship.Build): the state the saved
//   events give; a name with no events throws DomainEventsRequiredException. GetShipNamesAsync and
//   GetInformationAsync read the "ship-projections" container, which the change-feed projections fill from the events
//   (ShipCreated makes a ShipInformation with Id = Name in the partition "ShipInformation"; DockedInPort sets its
//   LatestPort, Loaded its LatestCargoWeight): GetShipNamesAsync lists the Name of every ShipInformation,
//   GetInformationAsync(name) answers the one of that name, null when none (TryGetAsync). Both lag the saves by the
//   change feed's delay; the script reads them once the projection ran.
// Shapes: *=4
// First try (45df1faa): incomplete: read as a repository of ShipInformation (Ship has no key): IMF0001 FindAsync
//   ('shipName' names neither the key, Id, nor a property of ShipInformation; the nearest, Name, is not read as it),
//   SaveAsync (it must take one ShipInformation, and takes a Ship), GetShipNamesAsync ('ShipNames' names neither
//   ShipInformation nor a property of it); generated: GetInformationAsync(name), the ShipInformation whose Name equals
//   name, null when none | WRONG: none (the real TryGetAsync(name, "ShipInformation") reads the projection by its Id,
//   which its constructor sets to the Name; nothing in the interface fills that table, which the change feed does).
// After this round: unchanged, and the refusals are right: the ship is event-sourced (FindAsync rebuilds it from its
//   events and throws for a name with none, SaveAsync appends the new events under an ETag'd marker event), and the
//   names and the information are a projection the change feed fills from those events: none of it is in the
//   signatures, and a ship keyed by its Name (a private setter, no [Key]) would be a guess.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureCosmosRepository.IShipRepositoryCase;

public enum ShipStatus
{
    UnUsed,
    Docked,
    Loading,
    AwaitingDeparture,
    AtSea
}

public class Ship
{
    public string Name { get; private set; } = null!;
    public DateTime Commissioned { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public ShipStatus Status { get; private set; }
    public string? Port { get; private set; }
    public double? CargoWeight { get; private set; }

    public Ship(string name, DateTime commissioned, DateTime? createdAt = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A ship name must be provided", nameof(name));
        }

        Name = name;
        Commissioned = commissioned;
        CreatedAt = createdAt ?? commissioned;
    }

    public void Dock(string port)
    {
        if (Status is not (ShipStatus.AtSea or ShipStatus.UnUsed))
        {
            throw new InvalidOperationException($"A ship cannot dock when at status {Status}");
        }

        Port = port;
        Status = ShipStatus.Docked;
    }
}

public abstract class FullItem
{
    public string Id { get; set; } = null!;

    public string Type { get; set; }

    protected FullItem() => Type = GetType().Name;
}

public class ShipInformation : FullItem
{
    public string Name { get; init; }
    public DateTime Commissioned { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? LatestPort { get; set; }

    public double? LatestCargoWeight { get; set; }
    public string PartitionKey { get; set; }

    public ShipInformation(
        string name,
        DateTime commissioned,
        DateTime createdAt)
    {
        Id = name;
        Name = name;
        Commissioned = commissioned;
        CreatedAt = createdAt;
        PartitionKey = Type;
    }
}

[InMemoryFake]
public interface IShipRepository
{
    ValueTask<Ship> FindAsync(string shipName);
    ValueTask SaveAsync(Ship ship);
    Task<IEnumerable<string>> GetShipNamesAsync();
    ValueTask<ShipInformation?> GetInformationAsync(string name);
}

public static class Smoke
{
    public static async Task RunAsync(IShipRepository ships)
    {
        Check.Equal(0, (await ships.GetShipNamesAsync()).Count(), "no ship is saved yet");
        await Check.ThrowsAsync<Exception>(async () => await ships.FindAsync("Endeavour"), "FindAsync of a ship with no events throws");
        Check.Null(await ships.GetInformationAsync("Endeavour"), "GetInformationAsync of a ship never saved is null");

        var ship = new Ship("Endeavour", new DateTime(1764, 1, 1));
        ship.Dock("Plymouth");
        await ships.SaveAsync(ship);

        var found = await ships.FindAsync("Endeavour");
        Check.Equal(ShipStatus.Docked, found.Status, "FindAsync rebuilds the saved ship");
        Check.Equal("Plymouth", found.Port, "with its port");
        Check.Equal("Endeavour", string.Join(",", await ships.GetShipNamesAsync()), "GetShipNamesAsync lists the saved ship's name");
        var info = await ships.GetInformationAsync("Endeavour");
        Check.Equal("Plymouth", info?.LatestPort, "GetInformationAsync answers the projection: the latest port");
    }
}
