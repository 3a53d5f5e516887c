// Source: https://github.com/d-kaufmann/imdb
// Commit: a4dcaa2 (Domain/Repository/IMovieRepository.cs, the version read_file reads), and from the fetched snapshot
//   (aaa187f): Domain/Repository/IRepository.cs, ARepository.cs, MovieRepository.cs, Model/Entity/Movie.cs, EGenre.cs,
//   Model/Configuration/MovieDbContext.cs, Api/Program.cs, Api/Controllers/AController.cs, Domain/Domain.csproj
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
//   This one: query (5), rank 3 (declares none; 8 members inherited from IRepository<TEntity>, in the same folder).
// Path: Domain/Repository/IMovieRepository.cs (real store: MovieRepository : ARepository<Movie>, beside it, over
//   MovieDbContext, EF Core over MySQL (Pomelo))
// Adapted: the namespaces replaced; Movie cut down to Id, Name, Director, ReleaseDate, Genre and Duration (its
//   descriptions and the [NotMapped] Writers left out, and the [Column], [StringLength], [Required] and [Range]
//   attributes). The projects target net5.0 with no Nullable setting: disabled.
// Real store: ARepository<Movie> over MovieDbContext (MySQL); Movie.Id (int, [Key], DatabaseGeneratedOption.Identity)
//   is the key, numbered at the save and written back. Insert = Add + SaveChanges, returning the entity tracked (the
//   movie given). Update = DbSet.Update + SaveChanges: a movie not stored (its Id set) fails the save
//   (DbUpdateConcurrencyException). GetById(object id) = Find(id): the movie, or null. Get(filter = null) = Where(filter)
//   when given, ToList. GetWithStart(start, count) = Skip(start).Take(count) with no OrderBy (MySQL's InnoDB reads the
//   table in primary key order: the order of the inserts). ReadAll = ToList. Delete(entity) = Remove + SaveChanges: a
//   movie not stored fails the save (DbUpdateConcurrencyException). Delete(object id) = Find(id), then Delete(entity):
//   an id not stored is Remove(null), ArgumentNullException. MovieDbContext makes Name a unique index (a second movie
//   of the same name fails the save); the script does not insert one. A failed save leaves its entry in the context, so
//   the script ends with its failing writes.
// Shapes: *=core
// First try (e5da2c2): incomplete: GetWithStart (IMF0001: 'start' names neither the key nor a property), Delete(entity)
//   (IMF0001: a removal by entity returning nothing, MissingDelete unstated) | generated: Insert (numbered, written
//   back, returning the movie), Update (the not-found error for a movie not stored), GetById(object) (null for an id
//   not stored: oblivious), Get(filter = null) (every movie for no filter), ReadAll, Delete(object id) (nothing for an
//   id not stored) | WRONG: Delete(object id) of an id not stored does nothing, where the real Find-then-Remove throws
//   ArgumentNullException; not reached (the probe stops at GetWithStart, the script's fifth check; without that line
//   the rest passes).
// Configured: MissingDelete = MissingDelete.NotFound (Remove + SaveChanges: DbUpdateConcurrencyException for a movie
//   not stored; Remove(Find(id)) throws for an id not stored).
// After this round: incomplete (GetWithStart). Since session 25 (h-msgs) its message no longer says "name it after the
//   key or a property": it says (start, count) reads like paging, which is read only on a list and as (skip, take), and
//   that whether start counts the rows to skip is not said; GetPaged(int skip, int count) pages (docs/diagnostics.md,
//   how to read an IMF0001, writes this member by hand).
// After h-oblivious (session 29): still incomplete (other members); GetById answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Imdb.IMovieRepositoryCase;

public enum EGenre
{
    Action, Comedy, Drama, Fantasy, Horror, Mystery, Romance, Thriller, Western
}

public class Movie
{
    [DatabaseGenerated(DatabaseGeneratedOption.Identity)]
    [Key]
    public int Id { get; set; }
    public string Name { get; set; }
    public DateTime ReleaseDate { get; set; } = DateTime.Today;
    public EGenre Genre { get; set; }
    public int Duration { get; set; }
    public string Director { get; set; }
}

public interface IRepository<TEntity> where TEntity : class
{
    TEntity Insert(TEntity entity);

    void Update(TEntity entity);

    TEntity GetById(object id);

    IEnumerable<TEntity> Get(Expression<Func<TEntity, bool>> filter = null);
    List<TEntity> GetWithStart(int start, int count);
    List<TEntity> ReadAll();

    void Delete(TEntity entity);

    void Delete(object id);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IMovieRepository : IRepository<Movie>
{
}

public static class Smoke
{
    public static Task RunAsync(IMovieRepository movies)
    {
        var matrix = movies.Insert(new Movie { Name = "The Matrix", Director = "Lana Wachowski", Genre = EGenre.Action, Duration = 136, ReleaseDate = new DateTime(1999, 3, 31) });
        Check.True(matrix.Id != 0, "Insert numbers the movie (IDENTITY) and returns it");
        var heat = movies.Insert(new Movie { Name = "Heat", Director = "Michael Mann", Genre = EGenre.Thriller, Duration = 170, ReleaseDate = new DateTime(1995, 12, 15) });
        var groundhog = movies.Insert(new Movie { Name = "Groundhog Day", Director = "Harold Ramis", Genre = EGenre.Comedy, Duration = 101, ReleaseDate = new DateTime(1993, 2, 12) });
        Check.True(heat.Id != matrix.Id && groundhog.Id != heat.Id, "each its own Id");

        Check.Equal(3, movies.ReadAll().Count, "ReadAll lists every movie");
        Check.Equal("Heat", movies.GetById(heat.Id).Name, "GetById reads one by id");
        Check.Equal("Heat,Groundhog Day", string.Join(",", movies.GetWithStart(1, 2).Select(m => m.Name)), "GetWithStart(start, count) skips start movies and takes count, in the table's order");
        Check.Equal("The Matrix", string.Join(",", movies.Get(m => m.Genre == EGenre.Action).Select(m => m.Name)), "Get(filter) lists the matches");
        Check.Equal(3, movies.Get().Count(), "Get() with no filter lists every movie");

        var read = movies.GetById(groundhog.Id);
        read.Duration = 103;
        movies.Update(read);
        Check.Equal(103, movies.GetById(groundhog.Id).Duration, "Update writes the movie");

        movies.Delete(movies.GetById(heat.Id));
        Check.Equal(2, movies.ReadAll().Count, "Delete(entity) removes the movie");
        movies.Delete((object)groundhog.Id);
        Check.Equal("The Matrix", string.Join(",", movies.ReadAll().Select(m => m.Name)), "Delete(id) removes the movie");
        Check.Null(movies.GetById(heat.Id), "GetById of an id not stored is null (Find)");

        Check.Throws<Exception>(() => movies.Delete((object)heat.Id), "Delete(id) of an id not stored throws (Find is null: Remove(null), ArgumentNullException)");
        Check.Throws<Exception>(() => movies.Delete(heat), "Delete(entity) of a movie not stored throws (DbUpdateConcurrencyException at the save)");
        Check.Throws<Exception>(() => movies.Update(new Movie { Id = heat.Id, Name = "Ghost", Director = "-" }), "Update of a movie not stored throws (DbUpdateConcurrencyException at the save)");
        return Task.CompletedTask;
    }
}
