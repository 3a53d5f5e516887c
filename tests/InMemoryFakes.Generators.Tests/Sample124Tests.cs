using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample124 (session 38), healthcare, clinic and human-resources codebases. The walk's results ask whether a patient is
/// stored in two word orders the conventions did not read: <c>PatientExistsByEmailAsync(string email)</c> (the entity's
/// name before <c>Exists</c>, as <c>PatientExists(id)</c> puts it, then a derived query's <c>By</c>) and
/// <c>IsNationalCodeExist(string nationalCode)</c> (<c>Is</c>, a property, then <c>Exist</c>: <c>NationalCodeExists</c> after
/// <c>Is</c>); both were "not a known verb". Each now reads as the existence check its words name, by the same rules as
/// <c>ExistsByEmail</c>, <c>{Property}Exists(value)</c> and <c>{Noun}Exists(id)</c>; another noun before <c>Exists</c> keeps
/// the refusal of <c>CustomerExists(customerId)</c> (it may ask about another table).
/// </summary>
public class Sample124Tests
{
    private const string Patients = Sources.Usings + """
        namespace V;

        public class Patient
        {
            public Guid Id { get; set; }
            public string Email { get; set; } = "";
            public string NationalCode { get; set; } = "";
            public int DoctorId { get; set; }
        }

        [InMemoryFake]
        public interface IPatientRepository
        {
            Task<Patient> AddPatientAsync(Patient patient);
            Task<Patient?> GetPatientByIdAsync(Guid id);
            Task<bool> PatientExistsByEmailAsync(string email);
            bool IsNationalCodeExist(string nationalCode);
            Task<bool> IsEmailExistsAsync(string email);
            bool IsPatientExist(Guid id);
        }
        """;

    [Fact]
    public void An_entity_name_before_ExistsBy_and_Is_then_a_property_then_Exist_ask_whether_a_patient_has_the_value()
    {
        var run = GeneratorHarness.Run(Patients);
        Refusals.Exactly(run);
        Assert.Empty(run.CompilationDiagnostics);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPatientRepository patients = new InMemoryPatientRepository();
                    var ana = patients.AddPatientAsync(new Patient { Email = "ana@clinic.example", NationalCode = "1234567890" }).GetAwaiter().GetResult();

                    Is(true, patients.PatientExistsByEmailAsync("ana@clinic.example").GetAwaiter().GetResult(), "PatientExistsByEmail finds a patient with that email");
                    Is(false, patients.PatientExistsByEmailAsync("bo@clinic.example").GetAwaiter().GetResult(), "and no other");
                    Is(true, patients.IsNationalCodeExist("1234567890"), "IsNationalCodeExist finds a patient with that national code");
                    Is(false, patients.IsNationalCodeExist("0000000000"), "and no other");
                    Is(true, patients.IsEmailExistsAsync("ana@clinic.example").GetAwaiter().GetResult(), "IsEmailExists is the same check by Email");
                    Is(false, patients.IsEmailExistsAsync("ANA@clinic.example").GetAwaiter().GetResult(), "an equality, as ExistsByEmail's (ordinal)");
                    Is(true, patients.IsPatientExist(ana.Id), "IsPatientExist(id) is the key check, as PatientExists(id)");
                    Is(false, patients.IsPatientExist(Guid.NewGuid()), "false for a key not stored");
                }
            }
            """);
    }

    [Fact]
    public void The_forms_take_the_same_names_as_their_plain_readings_and_a_typo_in_the_property_is_still_refused()
    {
        var run = GeneratorHarness.Run(Patients.Replace(
            "bool IsPatientExist(Guid id);",
            "bool IsPatientExist(Guid id);\n    bool IsNationalIdExist(string nationalId);\n    Task<bool> PatientExistsByPhoneAsync(string phone);",
            StringComparison.Ordinal));

        Assert.Equal(["IMF0001 IsNationalIdExist", "IMF0016 PatientExistsByPhoneAsync"], Refusals.Listed(run));
        Assert.Contains("parameter 'nationalId' names neither the key (Id) nor a property of Patient (its properties of its type, string: Email, NationalCode)",
            Refusals.Message(run, "IsNationalIdExist"), StringComparison.Ordinal);
        var phone = run.GeneratorDiagnostics.Single(static d => d.Id == "IMF0016").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'PatientExistsByPhoneAsync' of IPatientRepository names 'Phone', which is not a property of V.Patient", phone, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_noun_before_Exist_asks_about_that_noun_and_is_refused_as_CustomerExists_is()
    {
        // IsDoctorExist(doctorId) in a patient repository may ask whether the DOCTOR is stored (another table), not whether a
        // patient of that doctor is: the refusal of DoctorExists(doctorId), which before h-sample124 it did not reach
        // ("not a known verb"). DoctorExistsByEmail keeps "not a known verb": only the entity's own name is moved.
        var run = GeneratorHarness.Run(Patients.Replace(
            "bool IsPatientExist(Guid id);",
            "bool IsPatientExist(Guid id);\n    bool IsDoctorExist(int doctorId);\n    bool DoctorExists(int doctorId);\n    bool DoctorExistsByEmail(string email);",
            StringComparison.Ordinal));

        Refusals.Exactly(run,
            ("IsDoctorExist", "'IsDoctorExist' puts a noun before Exists, which is read only as a check of Patient's key; its parameters are not the key, so whether it asks about Patient rows or about the Doctor itself is not said (ExistsBy{Property} asks about Patient rows)"),
            ("DoctorExists", "'DoctorExists' puts a noun before Exists, which is read only as a check of Patient's key; its parameters are not the key, so whether it asks about Patient rows or about the Doctor itself is not said"),
            ("DoctorExistsByEmail", "'DoctorExistsByEmail' is not a known verb"));
    }
}
