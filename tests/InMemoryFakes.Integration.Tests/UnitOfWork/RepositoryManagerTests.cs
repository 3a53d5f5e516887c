using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.UnitOfWork.RepositoryManager;

// The repository manager of the Code Maze web API book: repositories as properties of one unit of work, every read
// with `bool trackChanges`, and an employee created for a company by setting its foreign key.
public sealed class Company
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class Employee
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public Guid CompanyId { get; set; }
}

public interface ICompanyRepository
{
    Task<IEnumerable<Company>> GetAllCompaniesAsync(bool trackChanges);

    Task<Company?> GetCompanyAsync(Guid companyId, bool trackChanges);

    void CreateCompany(Company company);

    void DeleteCompany(Company company);
}

public interface IEmployeeRepository
{
    Task<IEnumerable<Employee>> GetEmployeesAsync(Guid companyId, bool trackChanges);

    Task<Employee?> GetEmployeeAsync(Guid companyId, Guid id, bool trackChanges);

    void CreateEmployeeForCompany(Guid companyId, Employee employee);

    void DeleteEmployee(Employee employee);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IRepositoryManager
{
    ICompanyRepository Company { get; }

    IEmployeeRepository Employee { get; }

    Task SaveAsync();
}

public sealed class RepositoryManagerTests
{
    [Fact]
    public async Task An_employee_created_for_a_company_gets_its_key_and_is_stored_by_the_save()
    {
        var backend = new InMemoryBackend();
        IRepositoryManager repository = new InMemoryRepositoryManager(backend);
        var company = new Company { Id = Guid.NewGuid(), Name = "Contoso" };
        repository.Company.CreateCompany(company);
        var employee = new Employee { Id = Guid.NewGuid(), Name = "Ann" };
        repository.Employee.CreateEmployeeForCompany(company.Id, employee);

        Assert.Equal(company.Id, employee.CompanyId);
        Assert.Empty(await new InMemoryRepositoryManager(backend).Employee.GetEmployeesAsync(company.Id, trackChanges: false));
        await repository.SaveAsync();

        var fresh = new InMemoryRepositoryManager(backend);
        Assert.Equal("Ann", Assert.Single(await fresh.Employee.GetEmployeesAsync(company.Id, trackChanges: false)).Name);
        Assert.Null(await fresh.Employee.GetEmployeeAsync(Guid.NewGuid(), employee.Id, trackChanges: false));
        Assert.Throws<ArgumentNullException>(() => fresh.Employee.CreateEmployeeForCompany(company.Id, null!));
    }

    [Fact]
    public async Task A_change_to_a_tracked_read_is_saved_and_one_to_an_untracked_read_is_not()
    {
        var backend = new InMemoryBackend();
        IRepositoryManager repository = new InMemoryRepositoryManager(backend);
        var company = new Company { Id = Guid.NewGuid(), Name = "Contoso" };
        repository.Company.CreateCompany(company);
        await repository.SaveAsync();

        (await repository.Company.GetCompanyAsync(company.Id, trackChanges: false))!.Name = "Not saved";
        await repository.SaveAsync();
        Assert.Equal("Contoso", (await new InMemoryRepositoryManager(backend).Company.GetCompanyAsync(company.Id, trackChanges: false))!.Name);

        (await repository.Company.GetCompanyAsync(company.Id, trackChanges: true))!.Name = "Fabrikam";
        await repository.SaveAsync();
        Assert.Equal("Fabrikam", (await new InMemoryRepositoryManager(backend).Company.GetCompanyAsync(company.Id, trackChanges: false))!.Name);
    }
}
