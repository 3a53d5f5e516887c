// Source: https://github.com/enzojga/health-manager
// Commit: 5a4287cc (backend/Repositories/AppointmentRepository/IAppointmentRepository.cs, the version read_file reads,
//   and at the same commit, from the fetched snapshot: AppointmentRepository.cs, backend/Models/Appointment.cs,
//   backend/Models/Patient.cs, backend/Data/AppDbContext.cs, backend/Program.cs, backend/backend.csproj)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample55 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IAppointmentRepository Task`, (2) `interface IReviewRepository Task`, (3) `interface
//   IMessageRepository Task`, (4) `interface IVehicleRepository`, (5) `interface IEventRepository Task`, (6) `interface
//   IStudentRepository Task`, (7) `interface IPostRepository Task`, (8) `interface IMenuItemRepository`; from each, the
//   FIRST result in the order returned that is a C# interface declaration with at least 3 members (inherited ones count
//   if the base interface is in the same repository, as in h-sample41, 47 and 48), outside paths containing "test" (any
//   case), from a repository not already a corpus source; at most 1 per repository; stop after 6. A result that names
//   no repository or path (the tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in
//   h-sample40, 41, 44, 47 and 48). Each interface is transcribed at the stored version read_file reads, with its real
//   store. Picks: (1) rank 2, enzojga/health-manager IAppointmentRepository (8; rank 1, sajadam98/QueuingSystem, is a
//   corpus source); (2) rank 1, Corvolol/BarsGrupProjectForStudents IReviewRepository (4 in the excerpt, 5 in the
//   version read_file reads); (3) none: rank 1 is Go, rank 2, mintxelas/TemplateApiWithOutbox, declares 2, rank 3,
//   Spraay/The-Date-App, is a corpus source, rank 4, Zuijd/TheCircle, declares 1, ranks 5-12 are anonymous; (4) rank 1,
//   Aktden/autoshop IVehicleRepository (5); (5) rank 1, valerycadovic/GoParty-backend IEventRepository (declares none;
//   its base IEntityRepository<TEntity, TId> 1 and that one's base IRepository<TEntity> 9, both in Repositories/Base);
//   (6) rank 1, Hiba-hhm92m/WebApplicationTask IStudentRepository (declares none; its base IRepositoryBase<T> 6); (7)
//   rank 3, Melica101/BlogApi IPostRepository (4; rank 1, CristianoRC/tectopolis, declares 2; rank 2,
//   remen33/RestFullApiNetCore, 1). Six picks: query (8) was not reached. None of the six repositories was a corpus
//   source.
//   This one: query (1), rank 2 (8 members).
// Path: backend/Repositories/AppointmentRepository/IAppointmentRepository.cs (real store: AppointmentRepository.cs
//   beside it, over MyDbContext, EF Core 9 over SQLite)
// Adapted: the namespace replaced; Patient cut down to Id and Name (its room, doctor and nurse left out: no member
//   needs them). Nullable enabled, as in backend.csproj.
// Real store: AppointmentRepository over one scoped MyDbContext (SQLite); Appointment.Id (int, [Key]) is the key,
//   numbered by SQLite at the save and written back. GetAllAsync = every appointment (Include(Patient)), in rowid
//   order. GetByIdAsync = FindAsync: the appointment, or NULL for an id not stored (though Task<Appointment> says never
//   null). AddAsync = Add + SaveChangesAsync, returning the appointment given, its Id written back.
//   UpdateAsync = DbSet.Update + SaveChangesAsync() > 0: true for a stored appointment; one not stored with an Id fails
//   the save (DbUpdateConcurrencyException), it does not answer false. DeleteAsync(appointment) = Remove +
//   SaveChangesAsync: one not stored fails the save (DbUpdateConcurrencyException). GetByPatientIdAsync(userId) = the
//   appointments whose UserId (the foreign key to Patient, [ForeignKey("Patient")]) is userId. GetLastByPatiantId(id)
//   (sic) = OrderByDescending(CreatedAt), Where(UserId == id), FirstOrDefaultAsync: the patient's newest appointment,
//   or null. GetNotFinishedAppointmentsAsync = Where(!Finished).OrderByDescending(CreatedAt): the unfinished ones,
//   newest first. A failed save leaves its entry in the context, so every save after it fails too: the script ends
//   with its two failing writes.
// Shapes: *=core
// First try (10e6d05): incomplete: GetLastByPatiantId (IMF0015: 'Last' between the verb and By, by which order is not
//   said), DeleteAsync (IMF0001: a removal by entity returning nothing, MissingDelete unstated) | generated:
//   GetAllAsync, GetByIdAsync, AddAsync (numbered, written back), UpdateAsync (false for one not stored),
//   GetByPatientIdAsync, GetNotFinishedAppointmentsAsync (Finished == false) | WRONG: GetByPatientIdAsync(userId) read
//   its name as Patient.Id and compared e.Patient?.Id, null unless the caller fills the reference, so it listed nothing
//   (the probe's first failure), where EF Core compares UserId, the foreign key [ForeignKey("Patient")] declares;
//   GetNotFinishedAppointmentsAsync lists in insertion order where the real query orders by CreatedAt, newest first (in
//   its body: no signature shows it); UpdateAsync of an appointment not stored answers false where the real save throws
//   DbUpdateConcurrencyException; GetByIdAsync of an id not stored throws the not-found error (Task<Appointment> under
//   nullable annotations says never null) where FindAsync answers null.
// Configured: MissingDelete = MissingDelete.NotFound (EF Core's Remove + SaveChanges: DbUpdateConcurrencyException for
//   an appointment not stored); MissingKeyReads = MissingKeyRead.Default (FindAsync: null for an id not stored).
// After this round: GetByPatientIdAsync compares UserId: a derived query through a reference to its key compares the
//   foreign key the entity declares with [ForeignKey] (docs/generator.md, derived queries); DeleteAsync generated
//   (configured). Still incomplete: GetLastByPatiantId stays refused, rightly (IMF0015). The probe now passes up to
//   GetLastByPatiantId, its fifth check.
// Still wrong: GetNotFinishedAppointmentsAsync lists in insertion order, where the real query orders by CreatedAt
//   descending (DefaultOrder = "CreatedAt desc" would reorder GetAllAsync and GetByPatientIdAsync too, which the real
//   store lists in rowid order, so it is not set); UpdateAsync of an appointment not stored answers false, where the
//   real save throws (the documented reading of an update returning bool, session 22's decision). Neither is reached by
//   the probe.
// After h-smoke38 (session 38): UpdateAsync carries IMF0029 (Info): an update or a removal by entity answering bool
//   or a count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove
//   + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute
//   is left as it was: the outcome and the generated code are unchanged.
#nullable enable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HealthManager.IAppointmentRepositoryCase;

public class Patient
{
    public int Id { get; set; }
    public required string Name { get; set; }
}

public class Appointment
{
    [Key]
    public int Id { get; set; }

    public bool Finished { get; set; } = false;

    [ForeignKey("Patient")]
    public int UserId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.Now;
    public DateTime UpdatedAt { get; set; } = DateTime.Now;

    public Patient? Patient { get; set; }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound, MissingKeyReads = MissingKeyRead.Default)]
public interface IAppointmentRepository
{
    Task<IEnumerable<Appointment>> GetAllAsync();
    Task<Appointment> GetByIdAsync(int id);
    Task<Appointment> AddAsync(Appointment appointment);
    Task<bool> UpdateAsync(Appointment appointment);
    Task DeleteAsync(Appointment appointment);
    Task<IEnumerable<Appointment>> GetByPatientIdAsync(int userId);
    Task<Appointment> GetLastByPatiantId(int id);
    Task<IEnumerable<Appointment>> GetNotFinishedAppointmentsAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IAppointmentRepository appointments)
    {
        var first = new Appointment { UserId = 7, CreatedAt = new DateTime(2024, 12, 1, 9, 0, 0) };
        var added = await appointments.AddAsync(first);
        Check.True(first.Id != 0, "AddAsync numbers the appointment, written back");
        Check.Equal(first.Id, added.Id, "AddAsync returns the appointment it stored");
        var second = new Appointment { UserId = 7, CreatedAt = new DateTime(2024, 12, 2, 9, 0, 0) };
        await appointments.AddAsync(second);
        var other = new Appointment { UserId = 8, Finished = true, CreatedAt = new DateTime(2024, 12, 3, 9, 0, 0) };
        await appointments.AddAsync(other);
        Check.True(second.Id != first.Id && other.Id != second.Id, "each its own Id");

        Check.Equal(3, (await appointments.GetAllAsync()).Count(), "GetAllAsync lists every appointment");
        Check.Equal(8, (await appointments.GetByIdAsync(other.Id)).UserId, "GetByIdAsync reads one by id");
        Check.Equal(first.Id + "," + second.Id, string.Join(",", (await appointments.GetByPatientIdAsync(7)).Select(a => a.Id)), "GetByPatientIdAsync lists the appointments whose UserId (the patient's foreign key) is the one given");
        Check.Equal(second.Id, (await appointments.GetLastByPatiantId(7)).Id, "GetLastByPatiantId reads the patient's newest appointment by CreatedAt");
        Check.Equal(second.Id + "," + first.Id, string.Join(",", (await appointments.GetNotFinishedAppointmentsAsync()).Select(a => a.Id)), "GetNotFinishedAppointmentsAsync lists the unfinished appointments, newest CreatedAt first");

        var stored = await appointments.GetByIdAsync(first.Id);
        stored.Finished = true;
        Check.True(await appointments.UpdateAsync(stored), "UpdateAsync of a stored appointment answers true");
        Check.Equal(second.Id.ToString(), string.Join(",", (await appointments.GetNotFinishedAppointmentsAsync()).Select(a => a.Id)), "UpdateAsync writes the appointment");

        await appointments.DeleteAsync(other);
        Check.Equal(2, (await appointments.GetAllAsync()).Count(), "DeleteAsync removes the appointment");

        Check.Null(await appointments.GetByIdAsync(other.Id), "GetByIdAsync of an id not stored is null (FindAsync), though Task<Appointment> says never null");
        await Check.ThrowsAsync<Exception>(() => appointments.DeleteAsync(other), "DeleteAsync of an appointment not stored throws (DbUpdateConcurrencyException at the save)");
        await Check.ThrowsAsync<Exception>(() => appointments.UpdateAsync(new Appointment { Id = other.Id + 100, UserId = 9 }), "UpdateAsync of an appointment not stored throws (DbUpdateConcurrencyException at the save), it does not answer false");
    }
}
