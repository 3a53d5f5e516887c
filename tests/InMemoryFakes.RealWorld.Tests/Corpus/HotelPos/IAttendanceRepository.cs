// Source: https://github.com/subashbos/HotelPOS
// Commit: 731468cdd5a7
// Licence: none stated (an interface signature and minimal models transcribed for a test)
// Sample: h-sample78 rule (the whole rule and the repositories it skipped: Corpus/ZuluHotel/ITownCrierEntryList.cs).
//   This one: the 5th and last pick (the 96th of find_repos("Hotel"): a hotel restaurant's point of sale with staff
//   attendance and payroll). The first interface in path order: src/Application/Interfaces/IAttendanceRepository.cs.
// Path: src/Application/Interfaces/IAttendanceRepository.cs (real store: src/Infrastructure/Persistence/
//   AttendanceRepository.cs over EF Core on SQL Server, HotelDbContext.cs; model: src/Domain/Entities/Attendance.cs)
// Adapted: Attendance keeps its properties (the string length attributes dropped; Status's default is the
//   AttendanceStatuses.Present constant's "Present"); Employee cut to Id and Name. Nullable enabled, as in the source
//   (Domain.csproj, Application.csproj).
// Real store: AttendanceRepository over HotelDbContext.Attendances (key Id, an identity column; a unique index on
//   EmployeeId and Date, declared in OnModelCreating). GetByEmployeeAsync(employeeId, fromDate, toDate) lists the
//   employee's rows whose Date lies between fromDate.Date and toDate.Date, both days included, ordered by Date;
//   GetByDateRangeAsync(fromDate, toDate) the same for every employee (with the Employee loaded). AttendanceService
//   stores Date as a day (attendance.Date.Date) and asks for one day as (date.Date, date.Date).
//   GetByEmployeeAndDateAsync(employeeId, date) finds the row of that employee whose Date equals date.Date (the
//   argument's time of day dropped), or null. GetByIdAsync(id) finds by key (Employee loaded), or null. AddAsync adds
//   and saves (Id made by SQL Server; a second row of an employee and day breaks the unique index: DbUpdateException).
//   UpdateAsync is DbSet.Update + SaveChanges (a row not stored: DbUpdateConcurrencyException). DeleteAsync(id) finds
//   the row and removes it; an id not stored is nothing.
// Shapes: *=core; GetByEmployeeAndDateAsync=4
// First try (2df64237): incomplete: IMF0018 GetByEmployeeAsync (fromDate and toDate used by no condition) and
//   GetByDateRangeAsync (fromDate, toDate not named as the lower and upper bound: whether toDate's day is included is
//   the query's choice); GetByEmployeeAndDateAsync, GetByIdAsync, AddAsync, UpdateAsync and DeleteAsync generated |
//   WRONG: GetByEmployeeAndDateAsync compared Date with the whole argument (e.Date == date), where the real query
//   compares the day (a.Date == date.Date): an argument at 14:00 found nothing. Not counted: a second row of an
//   employee and day is added, where the unique index on (EmployeeId, Date) declared in OnModelCreating (which the
//   generator cannot see: a documented limit) fails the save; UpdateAsync of a row not stored is the not-found error
//   where EF Core's is DbUpdateConcurrencyException (loud).
// After this round: GetByEmployeeAndDateAsync refused (IMF0017: an equality on a DateTime property whose name says a
//   day may compare the instant or the day; Sample78Tests; docs/generator.md, derived queries refused), and the two
//   ranges stay rightly refused (IMF0018). Generated and right: GetByIdAsync, AddAsync (the identity key), UpdateAsync,
//   DeleteAsync (an id not stored: nothing, as FindAsync and Remove). Incomplete: 3 members to write.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HotelPos.IAttendanceRepositoryCase;

public class Employee
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public class Attendance
{
    public int Id { get; set; }

    public int EmployeeId { get; set; }

    public Employee? Employee { get; set; }

    public DateTime Date { get; set; }

    public TimeSpan? CheckInTime { get; set; }

    public TimeSpan? CheckOutTime { get; set; }

    public string Status { get; set; } = "Present";

    public decimal WorkedHours { get; set; }

    public string? Remarks { get; set; }
}

[InMemoryFake]
public interface IAttendanceRepository
{
    Task<List<Attendance>> GetByEmployeeAsync(int employeeId, DateTime fromDate, DateTime toDate);
    Task<List<Attendance>> GetByDateRangeAsync(DateTime fromDate, DateTime toDate);
    Task<Attendance?> GetByEmployeeAndDateAsync(int employeeId, DateTime date);
    Task<Attendance?> GetByIdAsync(int id);
    Task AddAsync(Attendance attendance);
    Task UpdateAsync(Attendance attendance);
    Task DeleteAsync(int id);
}

public static class Smoke
{
    public static async Task RunAsync(IAttendanceRepository attendances)
    {
        var monday = new DateTime(2026, 3, 2);
        var first = new Attendance { EmployeeId = 7, Date = monday, CheckInTime = TimeSpan.FromHours(9), WorkedHours = 8m };
        await attendances.AddAsync(first);
        Check.True(first.Id > 0, "AddAsync gives the row its identity key");
        await attendances.AddAsync(new Attendance { EmployeeId = 7, Date = monday.AddDays(1), WorkedHours = 7.5m });
        await attendances.AddAsync(new Attendance { EmployeeId = 8, Date = monday, Status = "Absent" });

        Check.Equal(8m, (await attendances.GetByIdAsync(first.Id))?.WorkedHours, "GetByIdAsync finds the row");
        Check.Null(await attendances.GetByIdAsync(999), "and null for an id not stored");

        var found = await attendances.GetByEmployeeAndDateAsync(7, monday.AddHours(14));
        Check.Equal(first.Id, found?.Id, "GetByEmployeeAndDateAsync compares the day: the argument's time of day is dropped");
        Check.Null(await attendances.GetByEmployeeAndDateAsync(8, monday.AddDays(1)), "and null for a day without a row");

        var week = await attendances.GetByEmployeeAsync(7, monday.AddHours(10), monday.AddDays(1).AddHours(1));
        Check.Equal(2, week.Count, "GetByEmployeeAsync lists the employee's days from fromDate's day to toDate's, both included");
        Check.Equal(monday, week[0].Date, "ordered by Date");
        var day = await attendances.GetByDateRangeAsync(monday, monday);
        Check.Equal(2, day.Count, "GetByDateRangeAsync(day, day) lists that day's rows of every employee");

        await Check.ThrowsAsync<Exception>(
            () => attendances.AddAsync(new Attendance { EmployeeId = 7, Date = monday }),
            "a second row of an employee and day breaks the unique index (DbUpdateException)");

        first.WorkedHours = 6m;
        await attendances.UpdateAsync(first);
        Check.Equal(6m, (await attendances.GetByIdAsync(first.Id))?.WorkedHours, "UpdateAsync stores the change");

        await attendances.DeleteAsync(first.Id);
        Check.Null(await attendances.GetByIdAsync(first.Id), "DeleteAsync removes the row");
        await attendances.DeleteAsync(first.Id);
        Check.Null(await attendances.GetByIdAsync(first.Id), "deleting an id not stored is nothing");
    }
}
