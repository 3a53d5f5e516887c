// Source: https://github.com/hkarmoush/BHA
// Commit: 903ba13e (IEmployeeRepository.cs, EmployeeRepository.cs); Employee.cs at 7da9227e; BHA.csproj at 032ae43b
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample48 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface ITicketRepository Task`, (2) `interface IBookingRepository Task`, (3) `interface ICommentRepository
//   Task`, (4) `interface IRefreshTokenRepository`, (5) `interface INotificationRepository Task`, (6) `interface
//   IEmployeeRepository Task`, (7) `interface IWishlistRepository`, (8) `interface IAddressRepository`; from each, the
//   FIRST result in the order returned that is a C# interface declaration with at least 3 members (inherited ones count
//   if the base interface is in the same repository, as in h-sample41 and 47), outside paths containing "test" (any
//   case), from a repository not already a corpus source; at most 1 per repository; stop after 6. A result that names
//   no repository or path (the tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in
//   h-sample40, 41, 44 and 47). Each interface is transcribed at the stored version read_file reads, with its real store.
//   Picks: (1) rank 1, ahmedadel95-hub/TicketSystem ITicketRepository (declares none; its base IGenericRepository<T>
//   beside it 8); (2) rank 3, DimaInNature/VictoryRestaurant IBookingRepositoryService (6; rank 1,
//   asgupta27/SwatiGupta_..._Microservice_Workshop_Assignment, declares 1; rank 2, Chrissivert/csharp-docker-day-1, 2);
//   (3) rank 2, guga2002/CSI.HSM.Core.API ICommentRepository (declares none; its base IGenericRepository<T> 7; rank 1,
//   dnishimoto/ERP, declares 2); (4) rank 3, Hamzax6x/UnityHub IRefreshTokenRepository (3; ranks 1-2 are TypeScript);
//   (5) rank 2, Grin33/TaskManagement INotificationRepository (declares none; its base IRepository<T> 6; rank 1 is
//   Dart); (6) rank 4, hkarmoush/BHA IEmployeeRepository (5; rank 1, SyedAsad03/CodeTest, is a corpus source; rank 2 is
//   anonymous; rank 3, Dikshaonly/Task4-IRepo, declares 1, the rest commented out). Six picks: queries (7) and (8) were
//   not reached. None of the six repositories was a corpus source.
//   This one: query (6), rank 4 (5 members).
// Path: App/Domain/Interfaces/IEmployeeRepository.cs (real store: App/Domain/Interfaces/Implementations/
//   EmployeeRepository.cs over AppDbContext, EF Core 8 (SQL Server and SQLite providers referenced); model:
//   App/Domain/Entities/Employee.cs)
// Adapted: a namespace added (the source declares them in the global namespace). Nullable enabled, as in BHA.csproj;
//   Employee's unset strings (CS8618 in the source) silenced by #pragma, unchanged.
// Real store: EmployeeRepository over one scoped AppDbContext; Employee.Id (Guid) is the key, a new Guid generated
//   client-side by EF Core for Guid.Empty at the add, written back. GetEmployeesAsync = ToListAsync: every employee.
//   GetEmployeeByIdAsync = FindAsync: the employee, or NULL for an id not stored (though Task<Employee> says never null).
//   AddEmployeeAsync = AddAsync + SaveChangesAsync. UpdateEmployeeAsync = DbSet.Update + SaveChangesAsync: a stored
//   employee is written whole; one not stored with an Id fails the save (DbUpdateConcurrencyException).
//   DeleteEmployeeAsync(id) = FindAsync, then Remove + SaveChangesAsync when found; an id not stored does nothing and
//   throws nothing. A failed save leaves its entry in the context, so after it the script only reads.
// Shapes: *=core
// First try (30887e9): complete (attribute bare): GetEmployeesAsync, GetEmployeeByIdAsync, AddEmployeeAsync (a new
//   Guid for Guid.Empty, written back), UpdateEmployeeAsync (the not-found error for one not stored),
//   DeleteEmployeeAsync (nothing for an id not stored) | WRONG: GetEmployeeByIdAsync of an id not stored threw the
//   not-found error (Task<Employee> under nullable annotations says never null), where the real FindAsync answers null
//   (the script's last line).
// Configured: MissingKeyReads = MissingKeyRead.Default (the setting's entity-lookup case: FindAsync, null for a missing
//   id).
// After this round: complete, and the smoke script passes (configured).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Bha.IEmployeeRepositoryCase;

#pragma warning disable CS8618
public class Employee
{
    public Guid Id { get; set; }
    public string Name { get; set; }
    public string Department { get; set; }
    public string Position { get; set; }
    public DateTime HireDate { get; set; }
}
#pragma warning restore CS8618

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IEmployeeRepository
{
    Task<IEnumerable<Employee>> GetEmployeesAsync();
    Task<Employee> GetEmployeeByIdAsync(Guid id);
    Task AddEmployeeAsync(Employee employee);
    Task UpdateEmployeeAsync(Employee employee);
    Task DeleteEmployeeAsync(Guid id);
}

public static class Smoke
{
    public static async Task RunAsync(IEmployeeRepository employees)
    {
        var ada = new Employee { Name = "Ada", Department = "R&D", Position = "Engineer", HireDate = new DateTime(2024, 7, 1) };
        await employees.AddEmployeeAsync(ada);
        Check.True(ada.Id != Guid.Empty, "AddEmployeeAsync gives an empty Id a new Guid, written back");
        var alan = new Employee { Name = "Alan", Department = "R&D", Position = "Analyst", HireDate = new DateTime(2024, 7, 2) };
        await employees.AddEmployeeAsync(alan);
        Check.True(alan.Id != ada.Id, "each its own Id");
        Check.Equal(2, (await employees.GetEmployeesAsync()).Count(), "GetEmployeesAsync lists every employee");
        Check.Equal("Alan", (await employees.GetEmployeeByIdAsync(alan.Id)).Name, "GetEmployeeByIdAsync reads one by id");

        ada.Position = "Lead";
        await employees.UpdateEmployeeAsync(ada);
        Check.Equal("Lead", (await employees.GetEmployeeByIdAsync(ada.Id)).Position, "UpdateEmployeeAsync writes the employee");

        await employees.DeleteEmployeeAsync(alan.Id);
        Check.Equal("Ada", string.Join(",", (await employees.GetEmployeesAsync()).Select(e => e.Name)), "DeleteEmployeeAsync removes the employee");
        await employees.DeleteEmployeeAsync(alan.Id);
        Check.Equal(1, (await employees.GetEmployeesAsync()).Count(), "DeleteEmployeeAsync of an id not stored does nothing and throws nothing");

        await Check.ThrowsAsync<Exception>(() => employees.UpdateEmployeeAsync(new Employee { Id = Guid.NewGuid(), Name = "Ghost", Department = "-", Position = "-" }), "UpdateEmployeeAsync of an employee not stored throws (DbUpdateConcurrencyException)");
        Check.Null(await employees.GetEmployeeByIdAsync(alan.Id), "GetEmployeeByIdAsync of an id not stored is null (FindAsync), though Task<Employee> says never null (a read: the failed save does not stop it)");
    }
}
