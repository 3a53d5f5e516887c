// Source: https://github.com/OscarD1926/FinalProyect
// Commit: 724d65f (the file's only version, the one the search result shows; unchanged at the snapshot HEAD 5f3edf9,
//   which read_file reads too)
// Licence: MIT (LICENSE, "Copyright (c) 2025 OscarD1926", there since the initial commit; an interface signature and a
//   minimal model transcribed for a test)
// Sample: h-sample124 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample124-rule.md,
//   with the walk): the search tool (corpus code) with these queries, in this order: (1) `interface IPatientRepository
//   Task`, (2) `interface IDoctorRepository`, (3) `interface IMedicalRecordRepository`, (4) `interface
//   IPrescriptionRepository`, (5) `interface IEmployeeRepository Task`, (6) `interface ILeaveRequestRepository`, (7)
//   `interface IPayrollRepository`, (8) `interface IAttendanceRepository`; from each, the FIRST result in the order
//   returned that is a C# interface declaration with at least 3 members (inherited ones count when the base interface is
//   declared in the same repository), whose path contains no "test" (any case), from a repository that has a licence,
//   is not already a corpus source and is not already picked; a result naming no repository or path (anonymous excerpt)
//   is not taken; at most 1 per repository; stop after 3. Picks: (1) query (4), rank 2, OscarD1926/FinalProyect
//   IPrescriptionRepository (rank 1, tommylay1902/MTGuardian, has no licence: its README's licence section is the
//   template's "[LICENSE NAME]"); (2) query (6), rank 2, dbegogow/Leave-Management ILeaveRequestRepository. Queries (1),
//   (2), (3), (5), (7) and (8) gave none (corpus sources, repositories without a licence, fewer than 3 members, other
//   languages, anonymous excerpts); the lists ran out with 2 picks. This one: query (4), rank 2 (3 members).
// Path: Farmalitycs.domi/Interfaces/IPrescriptionRepository.cs (model: Farmalitycs.domi/Entities/Prescription.cs; its
//   one caller: Farmalitycs.domi/Services/PrescriptionService.cs; real store: none, see below)
// Adapted: the namespace shortened (Farmalitycs.Domain.Interfaces and .Entities in one); the source's duplicate
//   `using System.Collections.Generic` left out. Nullable enabled and implicit usings, as Farmalitycs.domi.csproj has
//   them; Prescription.Instructions (a string no constructor sets, CS8618 in the source) silenced by #pragma, unchanged.
// Real store: none: no class in the repository implements IPrescriptionRepository or any of its three sibling
//   repositories (Farmalitycs.Infrastructure holds only the empty Class1 and Class2; the API project registers no
//   repository). Its one caller, PrescriptionService.AddPrescription, passes a prescription to Add. So the script checks
//   only what every store of this signature does: Add keeps the prescription under its Id, GetById(id) reads it back,
//   GetAll lists every one. What Add does with an Id left at 0 or already stored, and what GetById does for an id not
//   stored (Prescription is declared never null under nullable annotations), are a store's, and none is there to say.
// Shapes: *=core
// First try (b97d6abe): complete: Add (an add: an Id left at 0 numbered, a taken Id the duplicate-key error), GetById (by
//   the Id key; declared not null, so an id not stored is the not-found error), GetAll (every prescription) | WRONG: none
//   (no real store to differ from: each member does what its signature says, and the script passes).
// After this round: complete; the smoke script passes.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FinalProyect.IPrescriptionRepositoryCase;

#pragma warning disable CS8618 // Instructions is set by no constructor, as in the source
public class Prescription
{
    public int Id { get; set; }
    public int PatientId { get; set; }
    public int MedicineId { get; set; }
    public DateTime IssueDate { get; set; }
    public string Instructions { get; set; }
}
#pragma warning restore CS8618

[InMemoryFake]
public interface IPrescriptionRepository
{
    void Add(Prescription prescription);
    Prescription GetById(int id);
    List<Prescription> GetAll();
}

public static class Smoke
{
    public static Task RunAsync(IPrescriptionRepository prescriptions)
    {
        Check.Equal(0, prescriptions.GetAll().Count, "a new store has no prescription");

        var issued = new DateTime(2025, 11, 12, 9, 30, 0, DateTimeKind.Local);
        prescriptions.Add(new Prescription { Id = 7, PatientId = 3, MedicineId = 11, IssueDate = issued, Instructions = "one tablet every 8 hours" });
        prescriptions.Add(new Prescription { Id = 8, PatientId = 4, MedicineId = 12, IssueDate = issued, Instructions = "once a day" });

        var read = prescriptions.GetById(7);
        Check.Equal(3, read.PatientId, "GetById reads the prescription by its Id");
        Check.Equal(11, read.MedicineId, "the medicine is stored as given");
        Check.Equal(issued, read.IssueDate, "the issue date is stored as given");
        Check.Equal("one tablet every 8 hours", read.Instructions, "the instructions are stored as given");

        var all = prescriptions.GetAll();
        Check.Equal(2, all.Count, "GetAll lists every prescription");
        Check.Equal("7,8", string.Join(",", all.Select(p => p.Id).OrderBy(id => id)), "GetAll lists both by their Ids");
        return Task.CompletedTask;
    }
}
