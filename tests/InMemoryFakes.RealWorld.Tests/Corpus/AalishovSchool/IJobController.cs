// Source: https://github.com/aalishov/School
// Commit: 05d84872c584
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample79 rule, fixed before probing (the rule and the walk: UnityHelpers/ISerializableSetInspector.cs and
//   docs/generator-rounds.md, "Out-of-sample round h-sample79"). This one: the 3rd pick (a teacher's course repository of
//   exercises and exam preparations). Before it in path order: Headhunt's IEngine (1 member).
// Path: IT-Career-V3/Module 10 - ASD/ExamPreparation/Headhunt/Headhunt/Core/Contracts/IJobController.cs (internal; its
//   one implementation: Core/JobController.cs, driven by Core/Engine.cs, which splits each console line at '|' and
//   passes the rest of the line as args; models: Entities/Positions/*.cs, Entities/Workers/Worker.cs)
// Adapted: nothing but the usings. Nullable disabled, as in the source (netcoreapp3.1, no Nullable property).
// Real store: JobController keeps a List<IPosition> and a List<IWorker>. CreatePosition(args) reads refNumber (int.Parse),
//   type, name, description, company (and a location for Onsite): "Position with number: {ref} already exists!" for a
//   taken number, "Invalid type: {type}!" for a type that is neither Remote (location "Remote") nor Onsite, else adds
//   the position and answers "{ref}: {name} opened!"; a blank name or company throws ArgumentException. CreateWorker(args)
//   reads name, experience, description, salary: "Can’t add worker {name}." for a taken name, else adds and answers
//   "Successfully added worker {name} with {experience} years of experience!"; a blank name or a salary of 0 or less
//   throws ArgumentException. Apply([worker, ref]) appends the worker to the position's applicants (again on a second
//   call) and answers "Worker {name} applied for position {ref} called {positionName}.", null when either is missing.
//   PositionInfo([ref]) answers the position's three lines (number, name and company; description; location), null when
//   missing; WorkerInfo([name]) the worker's four lines, null when missing; ListPositionApplicantsByExperience([ref])
//   the position's line, "Applicants:" and "{name} - {experience}" lines, most experienced first ("N/A" for none), each
//   line ended, null when the position is missing. A missing argument throws ArgumentOutOfRangeException, a number that
//   does not parse FormatException.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on all 6 members: CreatePosition, CreateWorker and
//   ListPositionApplicantsByExperience ("Position", "Worker", "PositionApplicantsByExperience" after the verb are no noun
//   of this store), Apply, PositionInfo and WorkerInfo (no known verb); the store was read as a key-value store of
//   strings keyed by List<string> | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: each member is a console command whose arguments are
//   positional strings parsed by the controller (a number, a type name, a location only for Onsite), answering a
//   message it formats; the two lists of positions and workers behind them are no table the arguments name.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AalishovSchool.IJobControllerCase;

[InMemoryFake]
internal interface IJobController
{
    string CreatePosition(List<string> args);
    string CreateWorker(List<string> args);
    string Apply(List<string> args);
    string PositionInfo(List<string> args);
    string WorkerInfo(List<string> args);
    string ListPositionApplicantsByExperience(List<string> args);
}

public static class Smoke
{
    public static Task RunAsync(object store) => RunCoreAsync((IJobController)store);

    private static Task RunCoreAsync(IJobController jobs)
    {
        var nl = Environment.NewLine;
        Check.Equal("1: Developer opened!", jobs.CreatePosition(new List<string> { "1", "Remote", "Developer", "Writes code", "Acme" }), "CreatePosition adds a remote position");
        Check.Equal("Position with number: 1 already exists!", jobs.CreatePosition(new List<string> { "1", "Onsite", "Other", "d", "Other Co", "Sofia" }), "a taken number is refused by message");
        Check.Equal("Invalid type: Hybrid!", jobs.CreatePosition(new List<string> { "2", "Hybrid", "Tester", "d", "Acme" }), "an unknown type is refused by message");
        Check.Equal("3: Operator opened!", jobs.CreatePosition(new List<string> { "3", "Onsite", "Operator", "Runs things", "Acme", "Sofia" }), "an onsite position reads a location");
        Check.Throws<FormatException>(() => jobs.CreatePosition(new List<string> { "x", "Remote", "A", "d", "B" }), "a reference number that does not parse throws");

        Check.Equal("Successfully added worker Ann with 5 years of experience!", jobs.CreateWorker(new List<string> { "Ann", "5", "Senior", "3000" }), "CreateWorker adds a worker");
        Check.Equal("Can’t add worker Ann.", jobs.CreateWorker(new List<string> { "Ann", "1", "Other", "100" }), "a taken name is refused by message");
        Check.Equal("Successfully added worker Bob with 2 years of experience!", jobs.CreateWorker(new List<string> { "Bob", "2", "Junior", "1000" }), "a second worker");
        Check.Throws<ArgumentException>(() => jobs.CreateWorker(new List<string> { "Cid", "1", "d", "0" }), "a salary of 0 throws");

        Check.Equal("Worker Bob applied for position 1 called Developer.", jobs.Apply(new List<string> { "Bob", "1" }), "Apply adds the worker to the position's applicants");
        Check.Equal("Worker Ann applied for position 1 called Developer.", jobs.Apply(new List<string> { "Ann", "1" }), "a second applicant");
        Check.Null(jobs.Apply(new List<string> { "Nobody", "1" }), "Apply of a missing worker answers null");
        Check.Null(jobs.Apply(new List<string> { "Ann", "9" }), "and of a missing position");

        Check.Equal("Position 1: Developer by Acme" + nl + "Description: Writes code" + nl + "Location: Remote", jobs.PositionInfo(new List<string> { "1" }), "PositionInfo describes the position");
        Check.Null(jobs.PositionInfo(new List<string> { "9" }), "and is null for a missing one");
        Check.Equal("Worker Ann" + nl + "Experience: 5" + nl + "Description: Senior" + nl + "Desired salary: 3000", jobs.WorkerInfo(new List<string> { "Ann" }), "WorkerInfo describes the worker");
        Check.Null(jobs.WorkerInfo(new List<string> { "Nobody" }), "and is null for a missing one");
        Check.Equal("Position 1: Developer by Acme" + nl + "Applicants:" + nl + "Ann - 5" + nl + "Bob - 2" + nl, jobs.ListPositionApplicantsByExperience(new List<string> { "1" }), "the applicants are listed most experienced first");
        Check.Equal("Position 3: Operator by Acme" + nl + "Applicants:" + nl + "N/A" + nl, jobs.ListPositionApplicantsByExperience(new List<string> { "3" }), "N/A for a position nobody applied for");
        Check.Null(jobs.ListPositionApplicantsByExperience(new List<string> { "9" }), "null for a missing position");
        return Task.CompletedTask;
    }
}
