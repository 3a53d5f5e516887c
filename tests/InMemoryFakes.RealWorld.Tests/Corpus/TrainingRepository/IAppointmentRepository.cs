// Source: https://github.com/LartAceIgnacio/TrainingRepository
// Commit: 852098e525b8
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample89 rule (the whole rule and the repositories it skipped: Corpus/MyRepository/IRepository.cs). This one:
//   the 5th pick (the 90th repository find_repos("Repository") lists: a training group's DigiBook exercise), where the rule
//   stops. Its master holds only a README; find_files lists the BlastAisa.DigiBook tree at 852098e5 (branch karlmatencio),
//   read there with git grep in path order: IAppointmentRepository is the first interface (its base, IRepository<TEntity>
//   of 5 members, is the repository's own).
// Path: BlastAisa.DigiBook/BlastAsia.DigiBook.Domain/Appointments/IAppointmentRepository.cs (base:
//   BlastAsia.DigiBook.Domain/IRepository.cs; implementation: BlastAsia.DigiBook.Infrastructure.Persistence/Repositories/
//   AppointmentRepository.cs over RepositoryBase<TEntity>, RepositoryBase.cs beside it, on EF Core 2.0's DigiBookDbContext;
//   model: BlastAsia.DigiBook.Domain.Models/Appointments/Appointment.cs)
// Adapted: nothing: Appointment and both interfaces are transcribed whole. Nullable disabled, as in the source
//   (netcoreapp2.0).
// Real store: RepositoryBase<Appointment> over DigiBookDbContext (SQL Server), whose key is appointmentId (EF Core's
//   convention matches "<type>Id" in any case; a Guid key is generated on add when empty). Create(entity) adds and saves
//   it and returns it, with a new appointmentId when it had none. Retrieve(contactId) is DbSet.Find: the appointment of
//   that key, null when none (the parameter's name is a copy of the contact repository's). Retreive() lists every
//   appointment. Update(id, entity) finds the row of id (the instance the context tracks), marks that row modified, saves
//   and returns the entity given: what is written is the tracked row's values, so an appointment read through the
//   repository and changed is saved (the API's controller copies the request onto it first, ApplyChanges), while a
//   detached entity's own values are not; an id with no row throws ArgumentNullException (Update(null)). Delete(id) finds
//   and removes the row; an id with no row throws ArgumentNullException (Remove(null)).
// Shapes: *=core
// First try (8b82adcf): incomplete: IMF0001 Retrieve ("parameter 'contactId' names neither the key (appointmentId) nor a
//   property of Appointment"), Retreive (not a known verb); generated: Create (an add numbering an empty Guid key),
//   Update (the replace of the row of id by the entity, whose key must be id), Delete (the removal by key) | WRONG: Delete
//   of an id with no row does nothing, where the real Remove(Find(id)) throws ArgumentNullException (the documented
//   reading of a void removal by key; MissingDelete = NotFound states an error instead).
// After this round: unchanged. The refusals are right: Retrieve's parameter names another entity's key (a copy from the
//   contact repository), and the name alone cannot tell a lookup by key from a lookup by a property named otherwise; a
//   misspelt verb is no verb. Update writes the entity given, which equals the real store for a caller that changed the
//   row it read (the API's own calls) and differs for a detached entity the real store ignores (the source's bug: it
//   updates the tracked row, not the entity).
// Still wrong: Delete of an id with no row does nothing (the real store throws ArgumentNullException); Update of an id with
//   no row throws the fake's not-found error (the real store ArgumentNullException).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TrainingRepository.IAppointmentRepositoryCase;

public class Appointment
{
    public DateTime AppointmentDate { get; set; }

    public Guid GuestId { get; set; }

    public Guid HostId { get; set; }

    public TimeSpan StartTime { get; set; }

    public TimeSpan EndTime { get; set; }

    public bool IsCancelled { get; set; }

    public bool IsDone { get; set; }

    public string Notes { get; set; }

    public Guid appointmentId { get; set; }
}

public interface IRepository<TEntity>
    where TEntity : class
{
    TEntity Create(TEntity entity);

    TEntity Retrieve(Guid contactId);

    TEntity Update(Guid id, TEntity entity);

    IEnumerable<TEntity> Retreive();

    void Delete(Guid id);
}

[InMemoryFake]
public interface IAppointmentRepository : IRepository<Appointment>
{
}

public static class Smoke
{
    public static Task RunAsync(IAppointmentRepository appointments)
    {
        var created = appointments.Create(new Appointment
        {
            AppointmentDate = new DateTime(2018, 1, 15),
            GuestId = Guid.NewGuid(),
            HostId = Guid.NewGuid(),
            StartTime = TimeSpan.FromHours(9),
            EndTime = TimeSpan.FromHours(10),
            Notes = "kick-off",
        });
        Check.True(created.appointmentId != Guid.Empty, "Create gives an appointment without a key a new Guid");
        var id = created.appointmentId;

        var found = Check.NotNull(appointments.Retrieve(id), "Retrieve finds the appointment by its key");
        Check.Equal("kick-off", found.Notes, "as it was created");
        Check.Null(appointments.Retrieve(Guid.NewGuid()), "and null for a key with no appointment");

        found.Notes = "moved to 11";
        found.StartTime = TimeSpan.FromHours(11);
        found.EndTime = TimeSpan.FromHours(12);
        var updated = appointments.Update(id, found);
        Check.Equal("moved to 11", updated.Notes, "Update returns the appointment given");
        Check.Equal("moved to 11", appointments.Retrieve(id).Notes, "and saves the appointment read and changed");

        appointments.Create(new Appointment { Notes = "review", StartTime = TimeSpan.FromHours(14), EndTime = TimeSpan.FromHours(15) });
        Check.Equal(2, appointments.Retreive().Count(), "Retreive lists every appointment");

        appointments.Delete(id);
        Check.Null(appointments.Retrieve(id), "Delete removes the appointment of the key");
        Check.Equal(1, appointments.Retreive().Count(), "and only it");
        Check.Throws<ArgumentNullException>(() => appointments.Delete(Guid.NewGuid()), "Delete of a key with no appointment fails (Remove of the null Find answered)");
        return Task.CompletedTask;
    }
}
