// Source: https://github.com/iammukeshm/RepositoryPattern.WebApi
// Commit: e6d0e05d907d
// Licence: none stated (the repository has no licence file); only the interface signatures and the entity shapes are transcribed
// Path: Domain/Interfaces/IUnitOfWork.cs, IGenericRepository.cs, IDeveloperRepository.cs, IProjectRepository.cs
//   (entities: Domain/Entities/Developer.cs, Project.cs)
// Adapted: the four interfaces and two entities in one file, as the codewithmukesh.com tutorial "Repository Pattern in
//   ASP.NET Core" shows them.
// Real store: DataAccess.EFCore/UnitOfWorks/UnitOfWork.cs and Repositories/GenericRepository.cs over one EF Core
//   ApplicationContext: both repositories share the context; GetById is DbSet.Find (null when missing); GetAll and
//   Find(expression) query the saved rows; Add/AddRange/Remove/RemoveRange only track; Complete() is SaveChanges (writes
//   every repository's changes at once, assigns the int Ids, returns the number of rows written); nothing is stored
//   without it. GetPopularDevelopers(count) orders by Followers descending and takes count (a domain query).
// Shapes: *=3; GetPopularDevelopers=4
// Configured: MissingDelete = MissingDelete.NotFound: GenericRepository.Remove(entity) is DbSet.Remove and
//   Complete() is SaveChanges; EF Core's SaveChanges of a row that is not there throws DbUpdateConcurrencyException
//   (0 rows affected), which a removal that returns nothing cannot say; through this unit of work the fake tracks
//   the removal and Complete fails with ConcurrencyConflictException (docs/generator.md, attribute settings).
// After h-oblivious (session 29): still incomplete (other members); GetById (2 overloads) answers null for a missing
//   entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CodeWithMukesh.IUnitOfWorkCase;

public class Developer
{
    public int Id { get; set; }
    public string Name { get; set; }
    public int Followers { get; set; }
}

public class Project
{
    public int Id { get; set; }
    public string Name { get; set; }
}

public interface IGenericRepository<T> where T : class
{
    T GetById(int id);
    IEnumerable<T> GetAll();
    IEnumerable<T> Find(Expression<Func<T, bool>> expression);
    void Add(T entity);
    void AddRange(IEnumerable<T> entities);
    void Remove(T entity);
    void RemoveRange(IEnumerable<T> entities);
}

public interface IDeveloperRepository : IGenericRepository<Developer>
{
    IEnumerable<Developer> GetPopularDevelopers(int count);
}

public interface IProjectRepository : IGenericRepository<Project>
{
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IUnitOfWork : IDisposable
{
    IDeveloperRepository Developers { get; }
    IProjectRepository Projects { get; }
    int Complete();
}

public static class Smoke
{
    public static Task RunAsync(IUnitOfWork unitOfWork)
    {
        unitOfWork.Projects.Add(new Project { Name = "api" });
        Check.Equal(0, unitOfWork.Projects.GetAll().Count(), "Add only tracks: GetAll queries the saved rows");
        Check.Equal(1, unitOfWork.Complete(), "Complete saves the add and counts it");
        var api = Check.NotNull(unitOfWork.Projects.GetById(1), "Complete assigned Id 1 and GetById finds it");
        Check.Equal("api", api.Name, "GetById returns the saved project");
        Check.Null(unitOfWork.Projects.GetById(2), "GetById of an unknown id returns null (DbSet.Find)");

        unitOfWork.Projects.AddRange([new Project { Name = "web" }, new Project { Name = "worker" }]);
        Check.Equal(2, unitOfWork.Complete(), "Complete saves the range");
        Check.Equal(2, unitOfWork.Projects.Find(p => p.Name.StartsWith("w")).Count(), "Find filters the saved rows");

        unitOfWork.Projects.Remove(api);
        Check.Equal(3, unitOfWork.Projects.GetAll().Count(), "Remove only tracks until Complete");
        Check.Equal(1, unitOfWork.Complete(), "Complete removes the project");
        Check.Null(unitOfWork.Projects.GetById(1), "the removed project is gone");

        unitOfWork.Developers.Add(new Developer { Name = "ada", Followers = 10 });
        unitOfWork.Complete();
        Check.Equal(1, unitOfWork.Developers.GetAll().Count(), "developers and projects are saved by the same Complete");
        return Task.CompletedTask;
    }
}
