// Source: https://github.com/iremaydogan/Ceng382_23_24_202011009
// Commit: 5b019514 (IReservationRepository.cs, ReservationRepository.cs); Reservation.cs at 121e38d7
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample44 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IReservationRepository`, (2) `interface IPaymentRepository Task`, (3) `interface IMessageRepository
//   Task`, (4) `interface IFileRepository`, (5) `interface ICategoryRepository Task`, (6) `interface
//   IAppointmentRepository`, (7) `interface ITenantRepository`, (8) `interface ISubscriptionRepository`, (9) `interface
//   ISessionRepository Task`; from each, the FIRST result in the order returned that is a C# interface declaration
//   with at least 3 members (inherited ones count if the base interface is in the same repository, as in h-sample41),
//   outside paths containing "test" (any case), from a repository not already a corpus source; at most 1 per
//   repository; stop after 7. A result that names no repository or path (the tool's anonymous excerpts) cannot be
//   cited, checked against the corpus or read further, so it is not taken (as in h-sample40 and h-sample41). Each
//   interface is transcribed at the stored version read_file reads, with its real store.
//   Picks: (1) rank 1, iremaydogan/Ceng382_23_24_202011009 IReservationRepository (3 members); (2) rank 1,
//   vikashmaheshwari97/WebApi-ProcessPayment IPaymentRepository (declares none; its base IGenericRepository<TEntity> in
//   the same repository 5); (3) rank 3, Spraay/The-Date-App IMessageRepository (rank 1 is Go; rank 2,
//   mintxelas/TemplateApiWithOutbox, declares 2; this one declares none, its base IEntityBaseRepository<T> in the same
//   repository 23 at the version read); (4) none (ranks 1-4 are Go, ranks 5-12 anonymous); (5) rank 1,
//   hoangthh/Caydauto_Web ICategoryRepository (1 member; its base IRepository<TEntity> in the same repository 8);
//   (6) rank 2, sajadam98/QueuingSystem AppointmentRepository (rank 1 is TypeScript; 6 members, its base Repository an
//   empty marker interface); (7) rank 3, TURKERBEY/BookStore ITenantRepository (rank 1 is TypeScript; rank 2,
//   azizghozzi/IFRS_PFE, declares 1; this one declares none, its base IBaseRepository<T> in the same repository 8);
//   (8) rank 3, developinua/classes_bot ISubscriptionRepository (ranks 1-2 are Go; declares none, its base
//   IGenericRepository<TEntity> in the same repository 5). That is the 7th pick, so query (9) was not used. None of
//   the seven repositories was a corpus source.
//   This one: query (1), rank 1 (3 members).
// Path: IReservationRepository.cs (real store: ReservationRepository.cs beside it, the only one; model: Reservation.cs)
// Adapted: Reservation's Room left out (no member reads it); the namespace added (the source declares none). Nullable
//   disabled: the project file of these root files is not among the stored files (only MyRazorApp's is), so the
//   annotations are left off as the source writes none.
// Real store: ReservationRepository over a List<Reservation> loaded from ReservationData.json at construction and
//   written back to it after each write (File.WriteAllText). AddReservation appends the reservation (no key, no
//   duplicate check: the same reservation added twice is listed twice). DeleteReservation = List.Remove: it removes the
//   first element Equals to the argument, and Reservation does not override Equals, so only the very instance the list
//   holds is removed; a copy with the same values, or a reservation not in the list, removes nothing and throws
//   nothing. GetAllReservations returns the list itself (a later add shows in a list read before it).
// Shapes: *=12
// First try (e557a11): incomplete: IMF0009 "Entity type 'Reservation' used by IReservationRepository has no key" (no
//   property is Id, ReservationId, [Key] or proven by a member): no class generated, so the probe cannot start | WRONG:
//   none (nothing generated). Rightly refused: the real store keeps repeats and removes by reference, so no property
//   identifies a stored reservation.
// After this round: unchanged, and rightly refused (IMF0009): a list that keeps repeats and removes by reference has
//   no key; a fake of it is hand-written (a List<Reservation> behind the three members).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ceng382.IReservationRepositoryCase;

public class Reservation
{
    public DateTime Time { get; set; }
    public DateTime Date { get; set; }
    public string ReserverName { get; set; }
}

[InMemoryFake]
public interface IReservationRepository
{
    void AddReservation(Reservation reservation);
    void DeleteReservation(Reservation reservation);
    List<Reservation> GetAllReservations();
}

public static class Smoke
{
    public static Task RunAsync(IReservationRepository reservations)
    {
        var monday = new Reservation { Date = new DateTime(2024, 4, 1), Time = new DateTime(2024, 4, 1, 9, 0, 0), ReserverName = "Irem" };
        var tuesday = new Reservation { Date = new DateTime(2024, 4, 2), Time = new DateTime(2024, 4, 2, 14, 0, 0), ReserverName = "Ali" };
        reservations.AddReservation(monday);
        reservations.AddReservation(tuesday);
        Check.Equal(2, reservations.GetAllReservations().Count, "GetAllReservations lists every reservation added");
        Check.Equal("Ali,Irem", string.Join(",", reservations.GetAllReservations().Select(r => r.ReserverName).OrderBy(n => n, StringComparer.Ordinal)), "with their values");

        reservations.AddReservation(tuesday);
        Check.Equal(3, reservations.GetAllReservations().Count, "a reservation added twice is listed twice (a list: no key, no duplicate check)");

        reservations.DeleteReservation(new Reservation { Date = monday.Date, Time = monday.Time, ReserverName = "Irem" });
        Check.Equal(3, reservations.GetAllReservations().Count, "DeleteReservation of a copy with the same values removes nothing (List.Remove compares references)");

        reservations.DeleteReservation(tuesday);
        Check.Equal(2, reservations.GetAllReservations().Count, "DeleteReservation of a stored reservation removes one occurrence");
        reservations.DeleteReservation(monday);
        Check.Equal("Ali", string.Join(",", reservations.GetAllReservations().Select(r => r.ReserverName)), "the second Ali is left");
        return Task.CompletedTask;
    }
}
