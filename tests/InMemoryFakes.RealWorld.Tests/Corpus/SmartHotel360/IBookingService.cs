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
//   5 interfaces). This one: the 1st of microsoft/SmartHotel360-Mobile.
// Path: Source/SmartHotel.Clients/SmartHotel.Clients/Services/Booking/IBookingService.cs (models: Models/Booking.cs,
//   BookingSummary.cs, Occupancy.cs)
// Adapted: Booking's Rooms list left out.
// Real store: Services/Booking/BookingService.cs is an HTTP client of SmartHotel360-Backend's bookings service
//   (Source/Backend/src/SmartHotel.Services.Bookings/Controllers/BookingsController.cs): GetBookingsAsync(token) GET
//   /Bookings = the bookings of the user the TOKEN identifies (its "emails" claim); GetLatestBookingsAsync(token) GET
//   /Bookings/latest = that user's latest booking; GetBookingsByEmailAsync(email, token) the bookings of email, only when
//   it is the token's user (404 otherwise; an empty list without a token); GetLatestBookingsByEmailAsync likewise;
//   CreateBookingAsync(booking, token) POST /Bookings: creates a booking for the token's user (400 when booking.UserId is
//   another user); GetOccupancyInformationAsync(roomId, date) GET /Rooms/{roomId}/occupancy?date= a forecast computed
//   from the weather, not stored data.
// Shapes: GetBookingsAsync=4,8; GetLatestBookingsAsync=4,8; GetBookingsByEmailAsync=4,8; GetLatestBookingsByEmailAsync=4,8; CreateBookingAsync=8; GetOccupancyInformationAsync=1
// First try (6713fa8): incomplete: IMF0001 GetBookingsAsync, GetLatestBookingsAsync, CreateBookingAsync,
//   GetOccupancyInformationAsync; IMF0015 GetBookingsByEmailAsync, GetLatestBookingsByEmailAsync | WRONG: none (no
//   member generated)
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SmartHotel360.IBookingServiceCase;

public class Booking
{
    public int HotelId { get; set; }
    public string UserId { get; set; }
    public DateTime From { get; set; }
    public DateTime To { get; set; }
    public int Adults { get; set; }
    public int Price { get; set; }
}

public class BookingSummary
{
    public int Id { get; set; }
    public string UserId { get; set; }
    public int HotelId { get; set; }
    public DateTime From { get; set; }
    public DateTime To { get; set; }
}

public class Occupancy
{
    public double OcuppancyIfSunny { get; set; }
    public double OccupancyIfNotSunny { get; set; }
}

[InMemoryFake]
public interface IBookingService
{
    Task<IEnumerable<BookingSummary>> GetBookingsAsync(string token = "");
    Task<IEnumerable<BookingSummary>> GetLatestBookingsAsync(string token = "");
    Task<IEnumerable<BookingSummary>> GetBookingsByEmailAsync(string email, string token = "");
    Task<IEnumerable<BookingSummary>> GetLatestBookingsByEmailAsync(string email, string token = "");
    Task<Booking> CreateBookingAsync(Booking booking, string token = "");
    Task<Occupancy> GetOccupancyInformationAsync(int roomId, DateTime date);
}

public static class Smoke
{
    public static async Task RunAsync(IBookingService bookings)
    {
        await bookings.CreateBookingAsync(new Booking { HotelId = 1, UserId = "ann@contoso.com" }, "token-of-ann");
        Check.Equal(1, (await bookings.GetBookingsByEmailAsync("ann@contoso.com", "token-of-ann")).Count(), "the user sees her booking");
    }
}
