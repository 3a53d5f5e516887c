using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.UnitOfWork.TrackingFlags;

// The Code Maze repositories: every read takes `bool trackChanges`, and the service saves through the repository.
// Under EF Core, an untracked read's entity is not saved when changed; a tracked one is.
public sealed class Company
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ICompanyRepository
{
    Task<IEnumerable<Company>> GetAllCompaniesAsync(bool trackChanges);

    Task<Company?> GetCompanyAsync(Guid companyId, bool trackChanges);

    Task<Company?> FindByNameAsync(string name, bool asNoTracking = false);

    void CreateCompany(Company company);

    void DeleteCompany(Company company);

    Task SaveAsync();
}

// Without a unit of work there is nothing to track: the flag is ignored.
[InMemoryFake]
public interface ICompanyCatalog
{
    void Add(Company company);

    Task<IEnumerable<Company>> GetAllCompaniesAsync(bool trackChanges);

    Task<Company?> GetCompanyAsync(Guid companyId, bool trackChanges);
}

public sealed class TrackingFlagTests
{
    private static async Task<(ICompanyRepository Repository, Guid Id)> SeededAsync()
    {
        var backend = new InMemoryBackend();
        ICompanyRepository repository = new InMemoryCompanyRepository(backend);
        var company = new Company { Id = Guid.NewGuid(), Name = "Contoso" };
        repository.CreateCompany(company);
        await repository.SaveAsync();
        return (new InMemoryCompanyRepository(backend), company.Id);
    }

    [Fact]
    public async Task A_tracked_read_is_saved_when_changed_and_an_untracked_one_is_not()
    {
        var (repository, id) = await SeededAsync();

        var untracked = await repository.GetCompanyAsync(id, trackChanges: false);
        untracked!.Name = "Untracked change";
        await repository.SaveAsync();
        Assert.Equal("Contoso", (await repository.GetCompanyAsync(id, trackChanges: false))!.Name);

        var tracked = await repository.GetCompanyAsync(id, trackChanges: true);
        tracked!.Name = "Fabrikam";
        await repository.SaveAsync();
        Assert.Equal("Fabrikam", (await repository.GetCompanyAsync(id, trackChanges: false))!.Name);
    }

    [Fact]
    public async Task An_untracked_read_sees_saved_rows_only_and_a_new_instance_each_time()
    {
        var (repository, id) = await SeededAsync();

        repository.CreateCompany(new Company { Id = Guid.NewGuid(), Name = "Pending" });
        Assert.Single(await repository.GetAllCompaniesAsync(trackChanges: false));
        Assert.NotSame(await repository.GetCompanyAsync(id, trackChanges: false), await repository.GetCompanyAsync(id, trackChanges: false));
        Assert.Same(await repository.GetCompanyAsync(id, trackChanges: true), await repository.GetCompanyAsync(id, trackChanges: true));

        var byName = await repository.FindByNameAsync("Contoso", asNoTracking: true);
        byName!.Name = "Not saved";
        await repository.SaveAsync();
        Assert.Equal(2, (await repository.GetAllCompaniesAsync(trackChanges: false)).Count());
        Assert.NotNull(await repository.FindByNameAsync("Contoso", asNoTracking: true));
    }

    [Fact]
    public async Task Without_a_unit_of_work_the_flag_is_ignored()
    {
        ICompanyCatalog catalog = new InMemoryCompanyCatalog();
        var company = new Company { Id = Guid.NewGuid(), Name = "Contoso" };
        catalog.Add(company);

        Assert.Equal("Contoso", (await catalog.GetCompanyAsync(company.Id, trackChanges: true))!.Name);
        Assert.Equal("Contoso", (await catalog.GetCompanyAsync(company.Id, trackChanges: false))!.Name);
        Assert.Single(await catalog.GetAllCompaniesAsync(trackChanges: false));
    }
}
