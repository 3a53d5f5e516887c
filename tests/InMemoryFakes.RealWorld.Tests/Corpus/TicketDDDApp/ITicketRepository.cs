// Source: https://github.com/neominalsolutions/TicketDDDApp
// Commit: be80ad4d3347 (the version the search result shows: DomainEvents/Src/Domain/Task/Repositories/ITicketRepository.cs,
//   Src/SeedWork/IRepository.cs, Src/Domain/Task/Entities/Ticket.cs; read from the fetched snapshot, 0f499f77); the real
//   store at 4b4c33680174 (see Real store)
// Licence: none stated (an interface signature and a minimal model transcribed for a test; the only licence files are
//   those of the bootstrap and jQuery copies under wwwroot/lib)
// Sample: h-sample114 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample114-rule.md):
//   the search tool (corpus code) with these queries, in this order: (1) `interface ITicketRepository Task`, (2)
//   `interface IBookingRepository Task`, (3) `interface IReservationRepository`, (4) `interface IEventRepository Task`,
//   (5) `interface ISeatRepository`, (6) `interface IShowtimeRepository`, (7) `interface IAppointmentRepository Task`,
//   (8) `interface IVenueRepository`; from each, the FIRST result in the order returned that is a C# interface
//   declaration with at least 3 members (inherited ones count when the base interface is declared in the same
//   repository), whose path contains no "test" (any case), from a repository not already a corpus source and not
//   already picked; a result naming no repository or path (anonymous excerpt) is not taken; at most 1 per repository;
//   stop after 3. Picks: (1) rank 2, neominalsolutions/TicketDDDApp ITicketRepository (declares none; its base
//   IRepository<TEntity> 7; rank 1, ahmedadel95-hub/TicketSystem, is a corpus source); (2) rank 4,
//   joyce-santos23/HotelBooking IBookingRepository (4; ranks 1 and 2 declare 1 and 2, rank 3,
//   DimaInNature/VictoryRestaurant, is a corpus source); (3) none from query (3): rank 1, iremaydogan/Ceng382, is a
//   corpus source, the other 11 are Go, Java, TypeScript or anonymous; (4) rank 4, Nanoster1/Televent IEventRepository
//   (1 of its own and 5 of its base IRepository<TEntity, TId>; rank 1, valerycadovic/GoParty-backend, is a corpus
//   source, rank 2, rrickgauer/DotNetTasks, declares 2, rank 3 is Go). Three picks: queries (5)-(8) not run.
//   This one: query (1), rank 2.
// Path: DomainEvents/Src/Domain/Task/Repositories/ITicketRepository.cs (its members: IRepository<TEntity> in
//   DomainEvents/Src/SeedWork/IRepository.cs; real store: none at this version, see below)
// Adapted: one namespace; Ticket cut to its properties, its constructor (a new Guid string as Id, the owner required)
//   and SetTechDetail (the enums as int); Entity's domain-event list left out (the save dispatches it, the rows do not
//   hold it). Nullable disabled, as in the source (net5.0, DomainEvents.csproj states no Nullable). At this version
//   IRepository.Where returns List<TEntity>; from 4b4c3368 on it returns IQueryable<TEntity>.
// Real store: none at be80ad4d: the repository then had only TaskContext (a DbContext of no DbSet that dispatches domain
//   events in SaveChanges) and no class implementing ITicketRepository. The next commit that has one, 4b4c3368, moves the
//   interface to Src/Domain/Tickets (same members, Where returning IQueryable) and implements it as
//   Src/EFCore/Repositories/EFTicketRepository.cs over TicketContext (SQL Server, one scoped context), the store this
//   file follows: Add = Tickets.Add + SaveChanges (a taken Id fails: DbUpdateException or the tracker's
//   InvalidOperationException); Update = Tickets.Update + SaveChanges (a ticket not stored: DbUpdateConcurrencyException);
//   Delete(Id) = Remove(Find(Id)) + SaveChanges with no check, so an Id not stored is Remove(null):
//   ArgumentNullException; Find = FirstOrDefault(x => x.Id == Id): null when missing; List = ToList(); Where(expression)
//   = Tickets.Where(expression); Any(expression) = Tickets.Any(expression).
// Shapes: *=core
// First try (8a486cb1): complete (attribute bare): Add, Update, Delete, Find, List, Where, Any generated; no refusal |
//   WRONG: Delete of an Id not stored does nothing (the documented default of a removal by key returning nothing),
//   where EFTicketRepository's Remove(Find(Id)) throws ArgumentNullException; no signature says it. The others do what
//   the real store does (Find null when missing; Update of a ticket not stored the not-found error, loud as the real
//   DbUpdateConcurrencyException; Add of a taken Id the duplicate error).
// Configured: MissingDelete = MissingDelete.NotFound (the real Delete removes Find's result without a check, so an Id not
//   stored throws; the setting the decision on removals by key names for Remove(Find(id))).
// After this round: complete (configured), smoke script passes; Delete unchanged by design (decision kept, session 22:
//   a removal by key returning nothing does nothing unless MissingDelete says otherwise).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using InMemoryFakes;

namespace Corpus.TicketDDDApp.ITicketRepositoryCase;

public interface IAggregateRoot
{
}

public class Ticket : IAggregateRoot
{
    public string Id { get; private set; }
    public string Subject { get; private set; }
    public string Description { get; private set; }
    public int CurrentState { get; private set; }
    public DateTime CurrentDate { get; private set; }
    public string OwnerId { get; private set; }
    public string AssignedTo { get; private set; }
    public int LevelOfDifficulty { get; private set; }
    public int LevelOfPriority { get; private set; }

    public Ticket(string subject, string description, string ownerId)
    {
        Id = Guid.NewGuid().ToString();
        if (string.IsNullOrEmpty(ownerId))
        {
            throw new Exception("the ticket's owner is required");
        }

        OwnerId = ownerId;
        Subject = subject.Trim();
        Description = description.Trim();
    }

    public void SetTechDetail(int levelOfPriority, int levelOfDifficulty)
    {
        LevelOfDifficulty = levelOfDifficulty;
        LevelOfPriority = levelOfPriority;
        CurrentState = 2;
        CurrentDate = DateTime.Now;
    }
}

public interface IRepository<TEntity> where TEntity : IAggregateRoot
{
    void Add(TEntity entity);
    void Update(TEntity entity);
    void Delete(string Id);
    TEntity Find(string Id);
    List<TEntity> Where(Expression<Func<TEntity, bool>> expression);
    List<TEntity> List();
    bool Any(Expression<Func<TEntity, bool>> expression);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ITicketRepository : IRepository<Ticket>
{
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(ITicketRepository tickets)
    {
        var printer = new Ticket("Printer jammed", "The second floor printer jams on every job", "owner-1");
        var vpn = new Ticket("VPN down", "Cannot connect from home", "owner-2");
        tickets.Add(printer);
        tickets.Add(vpn);
        Check.Equal(2, tickets.List().Count, "List reads every ticket (ToList)");
        Check.Equal("Printer jammed", tickets.Find(printer.Id).Subject, "Find reads a ticket by its Guid string Id");
        Check.Null(tickets.Find("no-such-ticket"), "Find of an Id not stored is null (FirstOrDefault)");
        Check.Equal("VPN down", tickets.Where(t => t.OwnerId == "owner-2").Single().Subject, "Where filters by the expression");
        Check.True(tickets.Any(t => t.Subject == "VPN down"), "Any answers true for a match");
        Check.False(tickets.Any(t => t.OwnerId == "owner-3"), "Any answers false for no match");
        Check.Throws<Exception>(() => tickets.Add(new Ticket("Again", "A second ticket", "owner-1").WithIdOf(printer)), "Add of a taken Id fails (primary key)");

        var found = tickets.Find(printer.Id);
        found.SetTechDetail(3, 2);
        tickets.Update(found);
        Check.Equal(3, tickets.Find(printer.Id).LevelOfPriority, "Update writes the changed ticket (Update + SaveChanges)");
        Check.Throws<Exception>(() => tickets.Update(new Ticket("Never stored", "Not in the table", "owner-9")), "Update of a ticket not stored fails (DbUpdateConcurrencyException)");

        tickets.Delete(vpn.Id);
        Check.Null(tickets.Find(vpn.Id), "Delete removes the ticket");
        Check.Equal(1, tickets.List().Count, "one ticket is left");
        Check.Throws<Exception>(() => tickets.Delete("no-such-ticket"), "Delete of an Id not stored throws (Remove(null): ArgumentNullException)");
        Check.Equal(1, tickets.List().Count, "the failed Delete removed nothing");
        return System.Threading.Tasks.Task.CompletedTask;
    }

    private static Ticket WithIdOf(this Ticket ticket, Ticket other)
    {
        typeof(Ticket).GetProperty(nameof(Ticket.Id)).SetValue(ticket, other.Id);
        return ticket;
    }
}
