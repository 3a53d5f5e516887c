// Source: https://github.com/Azure-Samples/Serverless-microservices-reference-architecture
// Commit: 6d7e6ac2b156
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample51 rule (Corpus/CognitiveServicesSpeechSdk/IClientService.cs has it in full, with the repositories
//   skipped and why), fixed before probing. This one: the 5th pick (Serverless-microservices-reference-architecture; in
//   path order IChangeNotifierService (4 members: posts to the orchestrators or a queue, keeps nothing) and
//   ILoggerService (4: Application Insights) come first and are skipped; this one declares 22).
// Path: dotnet/ServerlessMicroservices.Shared/Services/IPersistenceService.cs (real stores:
//   Services/CosmosPersistenceService.cs, the main one (ServiceFactory.GetPersistenceService), and
//   SqlPersistenceService.cs, the archive; models: dotnet/ServerlessMicroservices.Models/BaseItem.cs, DriverItem.cs,
//   TripItem.cs, PassengerItem.cs, CarItem.cs; Helpers/Constants.cs)
// Adapted: the namespaces (one for all); the Json.NET attributes dropped; Constants cut to MAX_RETRIEVE_DOCS (20);
//   TripItem without TripDemoState and TripDriver; PassengerItem and CarItem cut to their codes and names. Nullable
//   disabled, as in the source.
// Real store: CosmosPersistenceService, one Cosmos container partitioned by /code, every document typed by its
//   CollectionType. UpsertDriver(driver, isIgnoreChangeFeed): CollectionType = Driver, UpsertDate = now; an empty Id
//   becomes "{Code}-Driver" (and an empty Code 8 random lower-case letters and digits first); upserts (insert or
//   replace) and returns the stored driver; unless isIgnoreChangeFeed, notifies the change (SignalR/Event Grid).
//   RetrieveDriver(code): reads the document "{CODE}-Driver" (code upper-cased) in partition CODE: the driver, or null
//   when not found; an empty code throws Exception. RetrieveDrivers(max): the drivers, newest UpsertDate first, at most
//   max; RetrieveActiveDrivers(max): only those IsAcceptingRides; RetrieveDrivers(lat, lon, miles, max) is
//   RetrieveActiveDrivers(max) (the location unused). RetrieveDriversCount(): how many drivers. DeleteDriver(code):
//   RetrieveDriver, then deletes it; none: Exception ("Unable to locate a driver with code ..."). UpsertDriverLocation
//   (location): Exception when the driver is not stored; else stores the location (Id "{DriverCode}-DriverLocation-
//   {Guid}"), copies its latitude and longitude onto the driver (UpsertDriver) and returns "" (always).
//   RetrieveDriverLocations(code, max): every driver location, newest first, at most max (the code is unused). Trips
//   as drivers ("{CODE}-Trip"): UpsertTrip gives an empty Id a new random lower-case Code (which the upper-cased
//   partition key then does not match: Cosmos rejects it; the smoke script gives its trip an Id and an upper-case
//   Code) and sets Duration from EndDate - StartDate when EndDate is set; RetrieveActiveTrips/RetrieveActiveTripsCount:
//   trips with no EndDate; DeleteTrip as DeleteDriver. The high-level methods: AssignTripAvailableDrivers (sets
//   AvailableDrivers, upserts), AssignTripDriver (the driver stops accepting rides and moves to the trip's source; the
//   trip gets the driver and AcceptDate = now), RecycleTripDriver (the trip's driver accepts rides again),
//   CheckTripCompletion (EndDate = now when the driver stands at the destination; MonitorIterations + 1),
//   AbortTrip (EndDate = now, IsAborted, the driver accepts rides again). Every failure is rethrown as
//   System.Exception.
// Shapes: *=core
// First try (30887e9): incomplete, a table per entity type (DriverItem, DriverLocationItem, TripItem): IMF0001 on 20 of
//   22: the Upserts (UpsertDriver and UpsertDriverLocation: the bool isIgnoreChangeFeed after the entity; UpsertTrip
//   "not a known verb"), every list with max alone ("reads as paging ... not alone") or a location, the counts and
//   DeleteDriver/DeleteTrip ("its name names none of the types it stores": Driver, not DriverItem), the five high-level
//   methods. Generated: RetrieveDriver(code) and RetrieveTrip(code), the single entity whose Code equals code, or null.
//   The probe passes RetrieveDriver of a code not stored (null) and stops at UpsertDriver, the script's second line |
//   WRONG: not reached by the probe, RetrieveDriver and RetrieveTrip compare the code ordinally, where the real store
//   upper-cases it (a stored driver "AA100" is found by "aa100" there, not here: the open class of keys normalized,
//   docs/generator.md); and RetrieveDriver("") answers null where the real store throws ("Code is null or empty").
// After this round: unchanged. The refusals stand: the Upserts make the Id from the Code (and a random Code) and
//   notify unless isIgnoreChangeFeed; the lists take the newest max by UpsertDate, an order no signature shows; the
//   counts and deletes name Driver and Trip where the types are DriverItem and TripItem (the multi-entity planner does
//   not drop a leave-out word such as Item from a type's name, as a single entity's conventions do: left to the lead,
//   since the real DeleteDriver(code) of a code not stored throws, where a removal's default is to ignore it).
// Still wrong: RetrieveDriver and RetrieveTrip compare the code ordinally, where the real store upper-cases it (keys
//   normalized: no signature or setting of the attribute states it; Semantics.TextComparisons per instance compares
//   ignoring case, close to it); RetrieveDriver("") and RetrieveTrip("") answer null where the real store throws
//   System.Exception ("Code is null or empty string!!"). Not reached by the probe (it stops at UpsertDriver).
// After h-oblivious (session 29): still incomplete (other members); RetrieveDriver, RetrieveTrip answer null for a
//   missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one,
//   and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a
//   missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ServerlessMicroservices.IPersistenceServiceCase;

public static class Constants
{
    public const int MAX_RETRIEVE_DOCS = 20;
}

public enum ItemCollectionTypes
{
    Driver,
    DriverLocation,
    Car,
    Trip,
    Passenger
}

public enum TripTypes
{
    Normal,
    Demo
}

public class BaseItem
{
    public string Id { get; set; } = "";
    public string Self { get; set; } = "";
    public string CorrelationId { get; set; } = "";
    public DateTime UpsertDate { get; set; } = DateTime.Now;
    public ItemCollectionTypes CollectionType { get; set; }
}

public class CarItem : BaseItem
{
    public string DriverCode { get; set; } = "";
    public string Make { get; set; } = "";
    public string Model { get; set; } = "";
}

public class PassengerItem : BaseItem
{
    public string Code { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
}

public class DriverItem : BaseItem
{
    public string Code { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public double Latitude { get; set; } = 0;
    public double Longitude { get; set; } = 0;
    public CarItem Car { get; set; } = new CarItem();
    public bool IsAcceptingRides { get; set; } = true;
}

public class DriverLocationItem : BaseItem
{
    public string DriverCode { get; set; } = "";
    public double Latitude { get; set; } = 0;
    public double Longitude { get; set; } = 0;
}

public class TripLocation
{
    public double Latitude { get; set; } = 0;
    public double Longitude { get; set; } = 0;
}

public class TripItem : BaseItem
{
    public string Code { get; set; } = "";
    public PassengerItem Passenger { get; set; } = new PassengerItem();
    public DriverItem Driver { get; set; } = null;
    public List<DriverItem> AvailableDrivers { get; set; } = new List<DriverItem>();
    public TripLocation Source { get; set; } = new TripLocation();
    public TripLocation Destination { get; set; } = new TripLocation();
    public DateTime? AcceptDate { get; set; } = null;
    public DateTime StartDate { get; set; } = DateTime.Now;
    public DateTime? EndDate { get; set; } = null;
    public double Duration { get; set; } = 0;
    public int MonitorIterations { get; set; } = 0;
    public bool IsAborted { get; set; } = false;
    public string Error { get; set; } = "";
    public TripTypes Type { get; set; } = TripTypes.Normal;
}

[InMemoryFake]
public interface IPersistenceService
{
    // Drivers
    Task<DriverItem> RetrieveDriver(string code);
    Task<List<DriverItem>> RetrieveDrivers(int max = Constants.MAX_RETRIEVE_DOCS);
    Task<List<DriverItem>> RetrieveDrivers(double latitude, double longitude, double miles, int max = Constants.MAX_RETRIEVE_DOCS);
    Task<List<DriverItem>> RetrieveActiveDrivers(int max = Constants.MAX_RETRIEVE_DOCS);
    Task<int> RetrieveDriversCount();
    Task<DriverItem> UpsertDriver(DriverItem driver, bool isIgnoreChangeFeed = false);
    Task<string> UpsertDriverLocation(DriverLocationItem driver, bool isIgnoreChangeFeed = false);
    Task<List<DriverLocationItem>> RetrieveDriverLocations(string code, int max = Constants.MAX_RETRIEVE_DOCS);
    Task DeleteDriver(string code);

    // Trips
    Task<TripItem> RetrieveTrip(string code);
    Task<List<TripItem>> RetrieveTrips(int max = Constants.MAX_RETRIEVE_DOCS);
    Task<List<TripItem>> RetrieveTrips(double latitude, double longitude, double miles, int max = Constants.MAX_RETRIEVE_DOCS);
    Task<List<TripItem>> RetrieveActiveTrips(int max = Constants.MAX_RETRIEVE_DOCS);
    Task<int> RetrieveTripsCount();
    Task<int> RetrieveActiveTripsCount();
    Task<TripItem> UpsertTrip(TripItem trip, bool isIgnoreChangeFeed = false);
    Task DeleteTrip(string code);

    // High-level methods
    Task<TripItem> AssignTripAvailableDrivers(TripItem trip, List<DriverItem> drivers);
    Task<TripItem> AssignTripDriver(TripItem trip, string driverCode);
    Task RecycleTripDriver(TripItem trip);
    Task<TripItem> CheckTripCompletion(TripItem trip);
    Task<TripItem> AbortTrip(TripItem trip);
}

public static class Smoke
{
    public static async Task RunAsync(IPersistenceService service)
    {
        Check.Null(await service.RetrieveDriver("AA100"), "RetrieveDriver of a code not stored is null (Resource Not Found)");
        var ann = await service.UpsertDriver(new DriverItem { Code = "AA100", FirstName = "Ann" });
        Check.Equal("AA100-Driver", ann.Id, "UpsertDriver of a new driver gives it the Id {Code}-Driver");
        Check.Equal(ItemCollectionTypes.Driver, ann.CollectionType, "and the Driver collection type");
        await service.UpsertDriver(new DriverItem { Code = "BB200", FirstName = "Ben", IsAcceptingRides = false });

        Check.Equal("Ann", Check.NotNull(await service.RetrieveDriver("AA100"), "RetrieveDriver finds an upserted driver").FirstName, "by its code");
        Check.Equal("Ann", Check.NotNull(await service.RetrieveDriver("aa100"), "RetrieveDriver upper-cases the code it is given").FirstName, "so either case finds it");
        Check.Equal(2, await service.RetrieveDriversCount(), "RetrieveDriversCount counts every driver");
        Check.Equal(2, (await service.RetrieveDrivers()).Count, "RetrieveDrivers lists them");
        Check.Equal("AA100", (await service.RetrieveActiveDrivers()).Single().Code, "RetrieveActiveDrivers lists those accepting rides");

        ann.LastName = "Lee";
        await service.UpsertDriver(ann);
        Check.Equal("Lee", (await service.RetrieveDriver("AA100")).LastName, "UpsertDriver of a stored driver replaces it");
        Check.Equal(2, await service.RetrieveDriversCount(), "and adds no driver");

        await service.DeleteDriver("BB200");
        Check.Null(await service.RetrieveDriver("BB200"), "DeleteDriver removes the driver");
        await Check.ThrowsAsync<Exception>(() => service.DeleteDriver("BB200"), "DeleteDriver of a code not stored throws (Unable to locate a driver)");
        await Check.ThrowsAsync<Exception>(() => service.RetrieveDriver(""), "RetrieveDriver of an empty code throws");

        var trip = await service.UpsertTrip(new TripItem { Id = "TR001-Trip", Code = "TR001", Destination = new TripLocation { Latitude = 1, Longitude = 2 } });
        Check.Equal(ItemCollectionTypes.Trip, trip.CollectionType, "UpsertTrip stores a trip");
        Check.NotNull(await service.RetrieveTrip("TR001"), "RetrieveTrip finds it by its code");
        Check.Equal(1, await service.RetrieveTripsCount(), "RetrieveTripsCount counts it");
        Check.Equal(1, await service.RetrieveActiveTripsCount(), "as active while it has no EndDate");

        var aborted = await service.AbortTrip(trip);
        Check.True(aborted.IsAborted && aborted.EndDate != null, "AbortTrip ends the trip and marks it aborted");
        Check.Equal(0, await service.RetrieveActiveTripsCount(), "so it is no longer active");
        await service.DeleteTrip("TR001");
        Check.Null(await service.RetrieveTrip("TR001"), "DeleteTrip removes the trip");
    }
}
