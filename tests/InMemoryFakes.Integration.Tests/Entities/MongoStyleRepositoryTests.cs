using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities.MongoStyle;

// The generic MongoDB repository of the popular blog posts: InsertOne/InsertMany/ReplaceOne/FindOne/FilterBy and
// DeleteOne(filter) beside DeleteMany(filter). MongoDB's DeleteOne removes the first matching document only; the fake
// removed every match before.
public interface IDocument
{
    string Id { get; set; }
}

public sealed class Person : IDocument
{
    public string Id { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";
}

public interface IMongoRepository<TDocument>
    where TDocument : IDocument
{
    IEnumerable<TDocument> FilterBy(Expression<Func<TDocument, bool>> filterExpression);

    IEnumerable<TProjected> FilterBy<TProjected>(Expression<Func<TDocument, bool>> filterExpression, Expression<Func<TDocument, TProjected>> projectionExpression);

    Task<TResult> GetFirstOrDefaultAsync<TResult>(Expression<Func<TDocument, TResult>> selector, Expression<Func<TDocument, bool>>? predicate = null);

    Task<TDocument?> FindOneAsync(Expression<Func<TDocument, bool>> filterExpression);

    Task InsertOneAsync(TDocument document);

    Task InsertManyAsync(ICollection<TDocument> documents);

    Task ReplaceOneAsync(TDocument document);

    Task DeleteOneAsync(Expression<Func<TDocument, bool>> filterExpression);

    void DeleteMany(Expression<Func<TDocument, bool>> filterExpression);
}

// The generic MongoDB repository's FindOneAsync is Find(filter).FirstOrDefaultAsync(): the first of several (stated).
[InMemoryFake(typeof(IMongoRepository<Person>), SeveralMatches = SeveralMatches.First)]
public sealed partial class PersonRepositoryFake;

public sealed class MongoStyleRepositoryTests
{
    private static async Task<IMongoRepository<Person>> SeededAsync()
    {
        IMongoRepository<Person> people = new PersonRepositoryFake();
        await people.InsertManyAsync(new List<Person>
        {
            new() { Id = "1", FirstName = "Ada", LastName = "Lovelace" },
            new() { Id = "2", FirstName = "Ada", LastName = "Byron" },
            new() { Id = "3", FirstName = "Grace", LastName = "Hopper" },
        });
        return people;
    }

    [Fact]
    public async Task Delete_one_removes_only_the_first_match_in_insertion_order()
    {
        var people = await SeededAsync();

        await people.DeleteOneAsync(static p => p.FirstName == "Ada");

        Assert.Equal(new[] { "2", "3" }, people.FilterBy(static _ => true).Select(static p => p.Id).ToArray());
        await people.DeleteOneAsync(static p => p.FirstName == "Nobody");
        Assert.Equal(2, people.FilterBy(static _ => true).Count());
    }

    [Fact]
    public async Task A_projection_selects_from_every_match_and_the_first_match_or_default()
    {
        var people = await SeededAsync();

        Assert.Equal(new[] { "Lovelace", "Byron" }, people.FilterBy(static p => p.FirstName == "Ada", static p => p.LastName).ToArray());
        Assert.Empty(people.FilterBy(static p => p.FirstName == "Nobody", static p => p.LastName));
        Assert.Equal("Hopper", await people.GetFirstOrDefaultAsync(static p => p.LastName, static p => p.FirstName == "Grace"));
        Assert.Equal("Ada", await people.GetFirstOrDefaultAsync(static p => p.FirstName));
        Assert.Null(await people.GetFirstOrDefaultAsync(static p => p.LastName, static p => p.FirstName == "Nobody"));
        Assert.Throws<ArgumentNullException>(() => people.FilterBy<string>(static _ => true, null!));
    }

    [Fact]
    public async Task Delete_many_removes_every_match()
    {
        var people = await SeededAsync();

        people.DeleteMany(static p => p.FirstName == "Ada");

        Assert.Equal("3", Assert.Single(people.FilterBy(static _ => true)).Id);
    }

    [Fact]
    public async Task Replace_one_updates_by_id_and_find_one_returns_the_first_match_or_null()
    {
        var people = await SeededAsync();

        await people.ReplaceOneAsync(new Person { Id = "3", FirstName = "Grace", LastName = "Murray" });

        Assert.Equal("Murray", (await people.FindOneAsync(static p => p.FirstName == "Grace"))?.LastName);
        Assert.Equal("1", (await people.FindOneAsync(static p => p.FirstName == "Ada"))?.Id);
        Assert.Null(await people.FindOneAsync(static p => p.FirstName == "Nobody"));
    }
}

[InMemoryFake]
public interface IPersonUnitOfWorkRepository
{
    void Add(Person person);

    IReadOnlyList<Person> FindAll(Func<Person, bool> predicate);

    void DeleteOne(Func<Person, bool> predicate);

    int SaveChanges();
}

public sealed class DeleteOneUnitOfWorkTests
{
    [Fact]
    public void Delete_one_under_a_unit_of_work_removes_the_first_stored_match_when_saved()
    {
        IPersonUnitOfWorkRepository people = new InMemoryPersonUnitOfWorkRepository();
        people.Add(new Person { Id = "1", FirstName = "Ada" });
        people.Add(new Person { Id = "2", FirstName = "Ada" });
        Assert.Equal(2, people.SaveChanges());

        people.DeleteOne(static p => p.FirstName == "Ada");
        Assert.Equal(2, people.FindAll(static _ => true).Count);
        Assert.Equal(1, people.SaveChanges());

        Assert.Equal("2", Assert.Single(people.FindAll(static _ => true)).Id);
    }
}
