using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample55 (session 23): a derived query through a reference to its key (<c>GetByPatientIdAsync(int userId)</c>, read as
/// <c>Patient.Id</c>) on an entity that declares the reference's foreign key with <c>[ForeignKey]</c>
/// (enzojga/health-manager's <c>Appointment</c>: <c>[ForeignKey("Patient")] int UserId</c> beside <c>Patient? Patient</c>).
/// The fake compared <c>e.Patient?.Id</c>, null unless the caller filled the reference, so it listed nothing where EF Core,
/// which compares the foreign key column, lists the patient's appointments.
/// </summary>
public class Sample55Tests
{
    private const string Appointments = Sources.Usings + """
        using System.ComponentModel.DataAnnotations.Schema;

        namespace S55;

        public class Patient { public int Id { get; set; } public string Name { get; set; } = ""; }

        public class Author { public int Id { get; set; } public string Name { get; set; } = ""; }

        public class Appointment
        {
            public int Id { get; set; }
            [ForeignKey("Patient")] public int UserId { get; set; }
            public Patient? Patient { get; set; }
            public int AuthorRef { get; set; }
            [ForeignKey("AuthorRef")] public Author? Author { get; set; }
        }

        [InMemoryFake]
        public interface IAppointmentRepository
        {
            Task<Appointment> AddAsync(Appointment appointment);
            Task<IEnumerable<Appointment>> GetByPatientIdAsync(int userId);
            Task<IEnumerable<Appointment>> FindByAuthorId(int id);
            Task<IEnumerable<Appointment>> FindByAuthorName(string name);
        }
        """;

    [Fact]
    public void A_query_on_a_reference_key_compares_the_foreign_key_the_entity_declares()
    {
        var run = GeneratorHarness.Run(Appointments);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S55;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IAppointmentRepository appointments = new InMemoryAppointmentRepository();
                    var first = appointments.AddAsync(new Appointment { UserId = 7, AuthorRef = 3 }).GetAwaiter().GetResult();
                    var second = appointments.AddAsync(new Appointment { UserId = 7, AuthorRef = 4, Author = new Author { Id = 4, Name = "Ada" } }).GetAwaiter().GetResult();
                    appointments.AddAsync(new Appointment { UserId = 8, AuthorRef = 3, Patient = new Patient { Id = 8, Name = "Bob" } }).GetAwaiter().GetResult();
                    Is(first.Id + "," + second.Id, string.Join(",", appointments.GetByPatientIdAsync(7).GetAwaiter().GetResult().Select(a => a.Id)), "[ForeignKey(\"Patient\")] on UserId: the patient's key is UserId, reference set or not");
                    Is(0, appointments.GetByPatientIdAsync(9).GetAwaiter().GetResult().Count(), "no appointment of patient 9");
                    Is(2, appointments.FindByAuthorId(3).GetAwaiter().GetResult().Count(), "[ForeignKey(\"AuthorRef\")] on the reference: the author's key is AuthorRef");
                    Is(second.Id.ToString(), string.Join(",", appointments.FindByAuthorName("Ada").GetAwaiter().GetResult().Select(a => a.Id)), "a property of the reference that is not its key still reads the reference");
                }
            }
            """);
    }

    [Fact]
    public void Without_a_declared_foreign_key_the_query_still_reads_the_reference()
    {
        var source = Appointments.Replace("[ForeignKey(\"Patient\")] ", "", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S55;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IAppointmentRepository appointments = new InMemoryAppointmentRepository();
                    appointments.AddAsync(new Appointment { UserId = 7 }).GetAwaiter().GetResult();
                    var filled = appointments.AddAsync(new Appointment { UserId = 1, Patient = new Patient { Id = 7, Name = "Ann" } }).GetAwaiter().GetResult();
                    Is(filled.Id.ToString(), string.Join(",", appointments.GetByPatientIdAsync(7).GetAwaiter().GetResult().Select(a => a.Id)), "no [ForeignKey]: nothing says UserId belongs to Patient, so Patient.Id is compared");
                }
            }
            """);
    }

    /// <summary>
    /// valerycadovic/GoParty-backend's EF6 <c>Repository&lt;T&gt;</c>: <c>TEntity Delete(TEntity)</c> attaches the entity as
    /// Deleted and returns it, and <c>CommitAsync</c> saves; an entity that is not stored fails the commit
    /// (<c>DbUpdateConcurrencyException</c>). The fake answered null for it and tracked nothing, so the commit passed.
    /// </summary>
    private const string Events = Sources.Usings + """
        #nullable disable
        namespace S55E;

        public class EventEntity { public Guid Id { get; set; } public string Name { get; set; } }

        [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
        public interface IEventRepository
        {
            EventEntity Add(EventEntity entity);
            EventEntity Delete(EventEntity entity);
            Task<EventEntity> GetByIdAsync(Guid id);
            Task<int> CountAsync();
            Task CommitAsync();
        }
        """;

    [Fact]
    public void A_removal_returning_the_entity_beside_a_deferred_save_is_tracked_and_the_save_fails_for_one_not_stored()
    {
        var run = GeneratorHarness.Run(Events);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing InMemoryFakes;\nusing S55E;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IEventRepository events = new InMemoryEventRepository();
                    var party = events.Add(new EventEntity { Name = "Party" });
                    events.CommitAsync().GetAwaiter().GetResult();
                    var stored = events.GetByIdAsync(party.Id).GetAwaiter().GetResult();
                    Is(true, ReferenceEquals(stored, events.Delete(stored)), "Delete returns the entity given");
                    Is(1, events.CountAsync().GetAwaiter().GetResult(), "nothing removed before the commit");
                    events.CommitAsync().GetAwaiter().GetResult();
                    Is(0, events.CountAsync().GetAwaiter().GetResult(), "the commit removes it");
                    var ghost = new EventEntity { Id = Guid.NewGuid(), Name = "Ghost" };
                    Is(true, ReferenceEquals(ghost, events.Delete(ghost)), "Delete of an event not stored returns it too: nothing is looked up before the save");
                    Throws<ConcurrencyConflictException>(() => events.CommitAsync().GetAwaiter().GetResult(), null, "and the commit fails, as EF's 0 rows affected");
                }
            }
            """);
    }

    [Fact]
    public void MissingDelete_Ignore_keeps_the_null_for_a_removal_returning_the_entity()
    {
        var run = GeneratorHarness.Run(Events.Replace("[InMemoryFake(", "[InMemoryFake(MissingDelete = MissingDelete.Ignore, ", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Sources.Usings + "using System.Linq;\nusing S55E;\n" + Refusals.CheckOpening + """
                public static void Run()
                {
                    IEventRepository events = new InMemoryEventRepository();
                    Is(null, events.Delete(new EventEntity { Id = Guid.NewGuid(), Name = "Ghost" }), "null for an event not stored");
                    events.CommitAsync().GetAwaiter().GetResult();
                }
            }
            """);
    }
}
