// Source: https://github.com/MicrosoftLearning/20487D-Developing-Microsoft-Azure-and-Web-Services
// Commit: 8adfc432f0b1
// Licence: MIT (a class's public members, as an extracted interface, and minimal models transcribed for a test)
// Sample: h-sample54 rule (Corpus/Course20486D/IData.cs has it in full, with the repositories skipped and why), fixed
//   before probing, extended before any probe to find_repos("MicrosoftLearning/20") when the brief's lists gave 4. This
//   one: the 5th pick (20487D; before it in path order the Mod02 InMemory demo's StudentRepository (1 member) and
//   TeacherRepository (2), and MyFirstEF's Store, an entity (Id, Name, Products)). A class: transcribed as the interface
//   Visual Studio's "Extract interface" gives from its 3 public instance members (the constructors are not members of
//   it; its `public async void Delete` is `void Delete` in the interface), named IHotelBookingRepository, the name the
//   course gives it in Mod04 (BlueYonder.Hotels.DAL/Repository/IHotelBookingRepository.cs).
// Path: AllFiles/Mod02/LabFiles/Lab2/Solution/DAL/Repository/HotelBookingRepository.cs (EF Core 2.1 over SQL Server
//   LocalDB; Database/MyDbContext.cs, Database/DbInitializer.cs; models: Models/Booking.cs, Room.cs, Traveler.cs)
// Adapted: the namespaces (one for all); Room without its Hotel side (Hotel, Models/Hotel.cs, holds the rooms; no
//   member takes or returns it). Nullable disabled, as in the source (netstandard2.0).
// Real store: MyDbContext (EF Core 2.1, SQL Server): Travelers, Rooms, Bookings, Hotels, each keyed by its {Type}Id
//   identity column; a new database is seeded with 3 travelers (TravelerId 1-3), 3 rooms (RoomId 1-3, numbers 10, 20,
//   30) and 3 bookings (1-3). Add(travelerId, roomId, checkIn, guest = 1): when the traveler and the room exist, a new
//   Booking {DateCreated = DateTime.Now, CheckIn = checkIn, CheckOut = checkIn + 1 day, Guests = guest, Paid = false,
//   Traveler, Room} is added and saved (the database numbers BookingId) and returned; else null, nothing stored.
//   Update(booking): DbSet.Update (a set BookingId: every column written as given; an unset one, 0: inserted) and
//   saved; returns the booking given; a BookingId not stored throws DbUpdateConcurrencyException. Delete(bookingId):
//   FirstOrDefault by BookingId, removed and saved when found; not found: nothing (async void: the caller cannot wait
//   for it nor see an error).
// Shapes: *=core
// First try (10e6d05): incomplete: IMF0001 Add (it takes a traveler's and a room's ids, a check-in date and a guest
//   count, and the store makes the booking: "it must take one Booking parameter"); Update and Delete generated: Update
//   writes a stored booking whole and returns it (a BookingId not stored: the not-found error; BookingId 0:
//   ArgumentException, the documented run-time refusal), Delete removes by BookingId and ignores one not stored (right:
//   FirstOrDefault, then Remove only when found). IMF0025 (Info) for Booking.DateCreated. The probe stops at Add, the
//   script's first line | WRONG: none. Loud differences: an update of a booking not stored throws the fake's
//   NotFoundException where EF Core throws DbUpdateConcurrencyException (the script expects any exception), and one of
//   BookingId 0 throws ArgumentException where EF Core's Update inserts it.
// After this round: unchanged: Add refused rightly (the store makes the booking from two other tables' rows and its own
//   values: CheckOut one day after CheckIn, Paid false, DateCreated = DateTime.Now).
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Course20487D.IHotelBookingRepositoryCase;

public class Booking
{
    public int BookingId { get; set; }
    public Room Room { get; set; }
    public DateTime DateCreated { get; set; }
    public DateTime CheckIn { get; set; }
    public DateTime CheckOut { get; set; }
    public int Guests { get; set; }
    public bool Paid { get; set; }
    public Traveler Traveler { get; set; }
}

public class Room
{
    public int RoomId { get; set; }
    public int Number { get; set; }
    public decimal Price { get; set; }
    public bool Available { get; set; }
    public ICollection<Booking> Bookings { get; set; } = new List<Booking>();
}

public class Traveler
{
    public int TravelerId { get; set; }
    public string Name { get; set; }
    public string Email { get; set; }
}

[InMemoryFake]
public interface IHotelBookingRepository
{
    Task<Booking> Add(int travelerId, int roomId, DateTime checkIn, int guest = 1);
    Task<Booking> Update(Booking bookingToUpdate);
    void Delete(int bookingId);
}

public static class Smoke
{
    public static async Task RunAsync(IHotelBookingRepository repository)
    {
        // The database's seed (DbInitializer): travelers 1-3 and rooms 1-3 exist.
        var checkIn = new DateTime(2026, 7, 1);
        var booking = Check.NotNull(await repository.Add(1, 1, checkIn, 2), "Add books room 1 for traveler 1");
        Check.True(booking.BookingId != 0, "the database numbers the booking");
        Check.Equal(checkIn.AddDays(1), booking.CheckOut, "for one night");
        Check.Equal(2, booking.Guests, "for the guests given");
        Check.False(booking.Paid, "not paid yet");
        Check.Equal(1, booking.Traveler.TravelerId, "by the traveler");
        Check.Equal(1, booking.Room.RoomId, "in the room");
        Check.Equal(1, Check.NotNull(await repository.Add(2, 2, checkIn), "Add with the default guest count").Guests, "one guest");
        Check.Null(await repository.Add(99, 1, checkIn), "Add for a traveler that does not exist is null");
        Check.Null(await repository.Add(1, 99, checkIn), "Add of a room that does not exist is null");

        booking.Paid = true;
        Check.True((await repository.Update(booking)).Paid, "Update writes the booking and returns it");

        repository.Delete(booking.BookingId);
        await Check.ThrowsAsync<Exception>(() => repository.Update(booking), "Delete removed it: an update of it throws (DbUpdateConcurrencyException)");
        repository.Delete(booking.BookingId);
    }
}
