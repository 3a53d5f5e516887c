// Source: https://github.com/microsoft/SmartHotel360-Mobile
// Commit: 12a8e8fc4f87
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing (rule 1: in each of 7 Microsoft repositories, Azure-Samples/todo-csharp-cosmos-sql,
//   Azure-Samples/todo-csharp-sql, microsoft/SmartHotel360-Backend, microsoft/TailwindTraders-Backend, microsoft/PartsUnlimited,
//   microsoft/InventorySample, microsoft/teams-ai, the first 2 interfaces in path order, outside paths containing "test",
//   named *Repository/*Store/*Storage/*Cache with at least 3 members: none found; rule 2, fixed before any probe: the same
//   7 plus microsoft/dotnet-podcasts, microsoft/SmartHotel360-Mobile, microsoft/TailwindTraders-Mobile,
//   microsoft/SmartHotel360-Website, names ending in Repository, Store, Storage, Cache or Service, at least 3 members of
//   which at least 2 methods start with a data verb Get/Find/List/Add/Create/Insert/Save/Update/Upsert/Set/Delete/Remove:
//   5 interfaces). This one: the 2nd of microsoft/SmartHotel360-Mobile.
// Path: Source/SmartHotel.Clients/SmartHotel.Clients/Services/Hotel/IHotelService.cs (models: Models/City.cs, Hotel.cs,
//   Review.cs, Service.cs)
// Adapted: Hotel keeps Id, Name, CityId, City, Rating, PricePerNight (pictures, rooms, services left out).
// Real store: Services/Hotel/HotelService.cs, an HTTP client of SmartHotel360-Backend's hotels service: GetCitiesAsync
//   GET /cities every city; SearchAsync(cityId) GET /hotels/search?cityId= the hotels of that city; SearchAsync(cityId,
//   rating, minPrice, maxPrice) the hotels of the city with that rating and a price per night within [minPrice, maxPrice];
//   GetMostVisitedAsync GET /hotels/mostVisited (the server's ranking, not stored data the client sees); GetHotelByIdAsync(id)
//   the hotel; GetReviewsAsync(id) GET /reviews/{id} the reviews of hotel id; GetHotelServicesAsync / GetRoomServicesAsync
//   the two service catalogues.
// Shapes: SearchAsync=1,4; GetMostVisitedAsync=1; GetReviewsAsync=4; GetHotelServicesAsync=1; GetRoomServicesAsync=1; GetCitiesAsync=core; GetHotelByIdAsync=core
// First try (6713fa8): incomplete: IMF0001 SearchAsync (both), GetMostVisitedAsync, GetReviewsAsync,
//   GetHotelServicesAsync, GetRoomServicesAsync | WRONG: none (GetCitiesAsync lists every city, GetHotelByIdAsync finds
//   by key, as the real service)
// After h-oblivious (session 29): still incomplete (other members); GetHotelByIdAsync answers null for a missing entity
//   as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store is an HTTP GET (what a missing hotel
//   gives is not in the transcription): the Info points at it.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SmartHotel360.IHotelServiceCase;

public class City
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Country { get; set; }
}

public class Hotel
{
    public int Id { get; set; }
    public string Name { get; set; }
    public int CityId { get; set; }
    public string City { get; set; }
    public int Rating { get; set; }
    public int PricePerNight { get; set; }
}

public class Review
{
    public int HotelId { get; set; }
    public string User { get; set; }
    public string Message { get; set; }
    public int Rating { get; set; }
}

public class Service
{
    public int Id { get; set; }
    public string Name { get; set; }
}

[InMemoryFake]
public interface IHotelService
{
    Task<IEnumerable<City>> GetCitiesAsync();
    Task<IEnumerable<Hotel>> SearchAsync(int cityId);
    Task<IEnumerable<Hotel>> SearchAsync(int cityId, int rating, int minPrice, int maxPrice);
    Task<IEnumerable<Hotel>> GetMostVisitedAsync();
    Task<Hotel> GetHotelByIdAsync(int id);
    Task<IEnumerable<Review>> GetReviewsAsync(int id);
    Task<IEnumerable<Service>> GetHotelServicesAsync();
    Task<IEnumerable<Service>> GetRoomServicesAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IHotelService hotels)
    {
        Check.Equal(0, (await hotels.GetCitiesAsync()).Count(), "no city until seeded");
        Check.Null(await hotels.GetHotelByIdAsync(1), "no hotel until seeded");
    }
}
