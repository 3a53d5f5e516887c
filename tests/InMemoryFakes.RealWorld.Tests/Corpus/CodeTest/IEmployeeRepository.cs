// Source: https://github.com/SyedAsad03/CodeTest
// Commit: 2c07cfee (IEmployeeRepository.cs, EmployeeRepository.cs, Employee.cs, DataBase/SqlScripts.txt)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample41 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ICustomerRepository Task GetByIdAsync`, (2) `interface IInvoiceRepository`, (3) `interface
//   ITokenRepository RefreshToken`, (4) `interface IBlobStorageService`, (5) `interface ICommentRepository`,
//   (6) `interface ISettingsRepository`, (7) `interface IShoppingCartRepository`, (8) `interface IAuditLogRepository`,
//   (9) `interface IEmployeeRepository Task`; from each, the FIRST result in the order returned that is a C# interface
//   declaration with at least 3 members (inherited ones count if the base interface is in the same repository, as in
//   the earlier rules), outside paths containing "test" (any case), from a repository not already a corpus source; at
//   most 1 per repository; stop after 7. A result that names no repository or path (the tool's anonymous excerpts)
//   cannot be cited, checked against the corpus or read further, so it is not taken (as in h-sample40). Members are
//   counted in the excerpt and at the stored version read_file reads; each interface is transcribed at that version,
//   with its real store.
//   Picks: (1) rank 2, chandan5614/SignSage ICustomerRepository (rank 1, ignacioainol/DDD-Project, declares 1 in the
//   excerpt and at most 2 in any stored version); (2) none (ranks 1-4 are Dart, TypeScript, Java and TypeScript; the
//   C# results from rank 5 on are anonymous); (3) none (ranks 1-2 TypeScript; rank 3, vietqtran/instagram-reactjsnet,
//   declares 1 in the excerpt and is an empty class at the version read; rank 4, welissonArley/MyRecipeBook, declares
//   2; the rest anonymous); (4) rank 4, aiduma/Mvc.StorageAccount.Demo IBlobStorageService (ranks 1 and 3 declare 2,
//   rank 2 declares 1); (5) rank 4, YeinsM/CarsDR-Backend ICommentRepository (rank 1 declares 1, ranks 2-3 are
//   TypeScript; 5 members in the excerpt, 7 at the version read); (6) none (rank 3, ACXap/InfoCenter
//   IRepositorySettings, declares 2; the other named ones are Dart, TypeScript and JavaScript); (7) none (rank 2,
//   ngohungphuc/microservices IShoppingCartStore, declares 2, rank 4, skorupskyy/Shop, 1; ranks 1 and 3 are Java and
//   TypeScript); (8) rank 3, AimKey/BeeHappy-Web IAuditLogRepository (rank 1, minh2003vt/CertificateManagementBE,
//   declares none and its base IGenericRepository<T> none; rank 2 is Go; this one declares none, its base
//   IGenericRepository<TEntity> in the same repository 8); (9) rank 1, SyedAsad03/CodeTest IEmployeeRepository. Five,
//   under the cap of 7. None of the five repositories was a corpus source.
//   This one: query (9), rank 1 (3 members).
// Path: CodeTest/Repositories/IEmployeeRepository.cs (real store: CodeTest/Repositories/EmployeeRepository.cs, the only
//   one, Dapper over SQL Server (Data/DapperContext.cs); table: DataBase/SqlScripts.txt; model: Models/Employee.cs;
//   caller: Providers/EmployeeProvider.cs)
// Adapted: Employee's string properties initialized to "" (the source leaves them unset under nullable annotations, a
//   CS8618 warning the harness counts); the namespace added (the source declares none). Nullable enabled, as in the
//   source (CodeTest.csproj).
// Real store: EmployeeRepository, Dapper over SQL Server, table Employees (EmployeeId INT PRIMARY KEY IDENTITY(1,1)).
//   GetEmployees = SELECT * FROM Employees: every employee. GetEmployeeById(id) = QuerySingleOrDefaultAsync: the
//   employee, or null when none (whatever Task<Employee> says). AddEmployee(employee) = INSERT of EmployeeName,
//   EmployeeDescription, EmployeeAge and EmployeeGender only: SQL Server numbers the row 1, 2, ... (IDENTITY) whatever
//   employee.EmployeeId holds (a set one is ignored, so no add conflicts), and nothing is read back: employee.EmployeeId
//   keeps what it had.
// Shapes: *=core
// First try (f04f4fc): complete (attribute bare): GetEmployees, GetEmployeeById (the not-found error for an id not
//   stored: Task<Employee> says never null), AddEmployee (an EmployeeId of 0 numbered 1, 2, ... and written back into
//   the employee; a set EmployeeId kept). The smoke script passes the two adds (numbered 1 and 2), GetEmployees and
//   a found GetEmployeeById, then ERRORS (loud): GetEmployeeById(9) throws NotFoundException where
//   QuerySingleOrDefaultAsync answers null. Probed past it (a copy of the script without that step) | WRONG:
//   AddEmployee of an employee whose EmployeeId is set (7) stores it under 7, where the INSERT leaves EmployeeId out
//   and SQL Server numbers the row 3 (IDENTITY); and AddEmployee writes the numbered key back into the caller's
//   employee, where nothing is read back (its EmployeeId stays 0).
// Configured: MissingKeyReads = MissingKeyRead.Default: GetEmployeeById is QuerySingleOrDefaultAsync, null for an id
//   not stored whatever Task<Employee> says (the setting's entity-lookup case); PresetKeyOnAdd = PresetKeyOnAdd.Replace:
//   the INSERT names no EmployeeId, so IDENTITY numbers every added row whatever the employee held.
// After this round: complete with the settings; the smoke script passes every step but its last: AddEmployee writes
//   the new EmployeeId back into the employee given (as EF Core does, and the fake for every key it generates),
//   where this Dapper INSERT reads nothing back and the employee keeps 0. No signature says a store leaves the
//   caller's entity without its key, and no setting states it: in KnownSmokeMismatches.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CodeTest.IEmployeeRepositoryCase;

public class Employee
{
    public int EmployeeId { get; set; }
    public string EmployeeName { get; set; } = "";
    public string EmployeeDescription { get; set; } = "";
    public int EmployeeAge { get; set; }
    public string EmployeeGender { get; set; } = "";
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default, PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IEmployeeRepository
{
    Task<IEnumerable<Employee>> GetEmployees();
    Task<Employee> GetEmployeeById(int id);
    Task AddEmployee(Employee employee);
}

public static class Smoke
{
    public static async Task RunAsync(IEmployeeRepository employees)
    {
        var ann = new Employee { EmployeeName = "Ann", EmployeeDescription = "dev", EmployeeAge = 30, EmployeeGender = "F" };
        await employees.AddEmployee(ann);
        await employees.AddEmployee(new Employee { EmployeeName = "Bob", EmployeeDescription = "ops", EmployeeAge = 40, EmployeeGender = "M" });
        Check.Equal("1,2", string.Join(",", (await employees.GetEmployees()).Select(e => e.EmployeeId).OrderBy(id => id)), "AddEmployee numbers the rows 1, 2 (IDENTITY); GetEmployees lists them");
        Check.Equal("Ann", (await employees.GetEmployeeById(1)).EmployeeName, "GetEmployeeById reads an added employee");
        Check.Null(await employees.GetEmployeeById(9), "GetEmployeeById of an unknown id is null (QuerySingleOrDefaultAsync), whatever Task<Employee> says");

        await employees.AddEmployee(new Employee { EmployeeId = 7, EmployeeName = "Cy", EmployeeDescription = "qa", EmployeeAge = 25, EmployeeGender = "M" });
        Check.Equal("Cy", (await employees.GetEmployeeById(3)).EmployeeName, "AddEmployee ignores a set EmployeeId: the row is numbered 3");
        Check.Null(await employees.GetEmployeeById(7), "and nothing is stored under 7");
        await employees.AddEmployee(new Employee { EmployeeId = 1, EmployeeName = "Dee", EmployeeDescription = "pm", EmployeeAge = 35, EmployeeGender = "F" });
        Check.Equal("Ann", (await employees.GetEmployeeById(1)).EmployeeName, "an add whose EmployeeId is taken conflicts with nothing: employee 1 stays");
        Check.Equal("Dee", (await employees.GetEmployeeById(4)).EmployeeName, "the new row is numbered 4");
        Check.Equal(0, ann.EmployeeId, "nothing is read back: the employee given keeps EmployeeId 0");
    }
}
