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
}
