// Source: https://github.com/ridhope/construction-transaction
// Commit: 4d9983c (Repositories/IProjectRepository.cs, the version read_file reads, and at the same commit, from the
//   fetched snapshot: Repositories/ProjectRepository.cs, Models/Project.cs, Data/ApplicationDbContext.cs, Program.cs,
//   Controllers/ProjectsController.cs, ConstructionManagement4.csproj, startwithme.sql)
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample58 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IPatientRepository Task`, (2) `interface IProjectRepository Task`, (3) `interface ITaskRepository
//   Task`, (4) `interface ICourseRepository Task`, (5) `interface IMovieRepository`, (6) `interface IAccountRepository
//   Task`, (7) `interface ITransactionRepository Task`, (8) `interface ICartRepository`, (9) `interface
//   ILocationRepository`, (10) `interface IGroupRepository Task`; from each, the FIRST result in the order returned that
//   is a C# interface declaration with at least 3 members (inherited ones count if the base interface is in the same
//   repository, as in h-sample41, 47, 48 and 55), outside paths containing "test" (any case), from a repository not
//   already a corpus source; at most 1 per repository; stop after 7. A result that names no repository or path (the
//   tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in h-sample40 to 55). Each
//   interface is transcribed at the version the result's excerpt shows (found in the fetched history where read_file
//   reads another), with its real store at that version. Picks: (1) rank 2, Chamaxonline/medi-help IPatientRepository
//   (declares none; its base IAsyncRepository<T> 9; rank 1, enzojga/health-manager, is a corpus source); (2) rank 1,
//   ridhope/construction-transaction IProjectRepository (5); (3) rank 2, tnoktkm/ManagerTasks ITaskRepository (5; rank
//   1 is TypeScript); (4) rank 1, omgwer/Databases ICourseRepository (5); (5) rank 3, d-kaufmann/imdb IMovieRepository
//   (declares none; its base IRepository<TEntity> 8; rank 1, jeserra/primavera2022's IRepository, declares 2; rank 2 is
//   anonymous); (6) rank 2, MeleknurTasli/PetCity IAccountRepository (8; rank 1 is Go); (7) rank 2,
//   benzartix/ExaltBankAccount ITransactionRepository (declares none; its base IAsyncRepository<T> 5; rank 1 is
//   TypeScript). Seven picks: queries (8) to (10) were not reached. None of the seven repositories was a corpus source.
//   This one: query (2), rank 1 (5 members).
// Path: Repositories/IProjectRepository.cs (real store: ProjectRepository.cs beside it, over ApplicationDbContext, EF
//   Core 8 over PostgreSQL (Npgsql))
// Adapted: a namespace added (the source declares its types in the global namespace); Project's [Table], [Column],
//   [Required] and [MaxLength] left out, its properties and constructor kept. Nullable enabled, as in
//   ConstructionManagement4.csproj.
// Real store: ProjectRepository over one scoped ApplicationDbContext (PostgreSQL); Project.ProjectID (Guid, [Key]) is
//   the key; an empty one gets a new Guid from EF Core at the add (a client-side value, written back), a set one is
//   stored as given. GetAllProjectsAsync = ToListAsync. GetProjectByIdAsync = FindAsync: the project, or NULL for an id
//   not stored (though Task<Project> says never null; ProjectsController checks it for null and answers 404).
//   AddProjectAsync = AddAsync + SaveChangesAsync. UpdateProjectAsync = DbSet.Update + SaveChangesAsync: a project not
//   stored (its ProjectID set) fails the save (DbUpdateConcurrencyException). DeleteProjectAsync(id) = FindAsync, then
//   Remove + SaveChangesAsync if found: an id not stored does nothing. A failed save leaves its entry in the context, so
//   the script ends with its failing write.
// Shapes: *=core
// First try (e5da2c2): complete (attribute bare): GetAllProjectsAsync, GetProjectByIdAsync (the not-found error for an
//   id not stored: Task<Project> under nullable annotations), AddProjectAsync (an empty Guid generated and written
//   back), UpdateProjectAsync (the not-found error for a project not stored), DeleteProjectAsync (nothing for an id not
//   stored) | WRONG: GetProjectByIdAsync of an id not stored throws the not-found error where FindAsync answers null,
//   which ProjectsController turns into a 404 (the smoke script's failure).
// Configured: MissingKeyReads = MissingKeyRead.Default (FindAsync: null for an id not stored).
// After this round: complete (configured), and the smoke script passes.
#nullable enable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ConstructionTransaction.IProjectRepositoryCase;

public class Project
{
    [Key]
    public Guid ProjectID { get; set; }
    public string ProjectName { get; set; }
    public string ProjectLocation { get; set; }
    public string ProjectStage { get; set; }
    public string ProjectCategory { get; set; }
    public string OtherCategory { get; set; }
    public DateTime ConstructionStartDate { get; set; }
    public string ProjectDetails { get; set; }
    public Guid ProjectCreatorID { get; set; }

    public Project()
    {
        ProjectName = string.Empty;
        ProjectLocation = string.Empty;
        ProjectStage = string.Empty;
        ProjectCategory = string.Empty;
        OtherCategory = string.Empty;
        ProjectDetails = string.Empty;
    }
}

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IProjectRepository
{
    Task<IEnumerable<Project>> GetAllProjectsAsync();
    Task<Project> GetProjectByIdAsync(Guid projectId);
    Task AddProjectAsync(Project project);
    Task UpdateProjectAsync(Project project);
    Task DeleteProjectAsync(Guid projectId);
}

public static class Smoke
{
    public static async Task RunAsync(IProjectRepository projects)
    {
        var creator = new Guid("554afc45-d2b8-4583-ac8d-b0afe83c4239");
        var school = new Project { ProjectName = "School Building", ProjectLocation = "123 Main St, Springfield", ProjectStage = "Concept", ProjectCategory = "Education", ConstructionStartDate = new DateTime(2023, 1, 15), ProjectDetails = "Project Detail", ProjectCreatorID = creator };
        await projects.AddProjectAsync(school);
        Check.True(school.ProjectID != Guid.Empty, "AddProjectAsync gives the project a new Guid (EF Core's value at the add), written back");
        var clinic = new Project { ProjectName = "Health Clinic", ProjectLocation = "456 Elm St, Springfield", ProjectStage = "Design & Documentation", ProjectCategory = "Health", ConstructionStartDate = new DateTime(2023, 2, 20), ProjectDetails = "Project Detail", ProjectCreatorID = creator };
        await projects.AddProjectAsync(clinic);
        Check.True(clinic.ProjectID != school.ProjectID, "each its own ProjectID");

        Check.Equal(2, (await projects.GetAllProjectsAsync()).Count(), "GetAllProjectsAsync lists every project");
        Check.Equal("Health Clinic", (await projects.GetProjectByIdAsync(clinic.ProjectID)).ProjectName, "GetProjectByIdAsync reads one by id");

        var read = await projects.GetProjectByIdAsync(school.ProjectID);
        read.ProjectStage = "Pre-Construction";
        await projects.UpdateProjectAsync(read);
        Check.Equal("Pre-Construction", (await projects.GetProjectByIdAsync(school.ProjectID)).ProjectStage, "UpdateProjectAsync writes the project");

        await projects.DeleteProjectAsync(clinic.ProjectID);
        Check.Equal("School Building", string.Join(",", (await projects.GetAllProjectsAsync()).Select(p => p.ProjectName)), "DeleteProjectAsync removes the project");
        await projects.DeleteProjectAsync(clinic.ProjectID);
        Check.Equal(1, (await projects.GetAllProjectsAsync()).Count(), "DeleteProjectAsync of an id not stored does nothing and throws nothing (FindAsync, then Remove if found)");
        Check.Null(await projects.GetProjectByIdAsync(clinic.ProjectID), "GetProjectByIdAsync of an id not stored is null (FindAsync), though Task<Project> says never null; the controller answers 404 for it");

        await Check.ThrowsAsync<Exception>(() => projects.UpdateProjectAsync(new Project { ProjectID = Guid.NewGuid(), ProjectName = "Ghost" }), "UpdateProjectAsync of a project not stored throws (DbUpdateConcurrencyException at the save)");
    }
}
