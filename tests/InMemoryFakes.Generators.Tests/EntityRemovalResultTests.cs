using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A removal of an entity that returns its entity type (<c>Task&lt;TEntity&gt; DeleteAsync(TEntity entity)</c>, the EF Core
/// generic repositories': <c>Remove(entity); SaveChanges(); return entity;</c>, found by h-sample47 in
/// financial-daily-control-backend) returns the entity it was given, as their <c>UpdateAsync(entity)</c> does; one that is
/// not stored is the not-found error (the real save fails: 0 rows affected), or null when the result is declared nullable.
/// A removal of several returning them (<c>Task&lt;List&lt;TEntity&gt;&gt; DeleteManyAsync(List&lt;TEntity&gt; entities)</c>) returns
/// the entities given, all or nothing: a missing one is the not-found error and nothing is removed.
/// </summary>
public class EntityRemovalResultTests
{
    private const string Expenses = Sources.Usings + """
        namespace Budget;

        public class Expense
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        [InMemoryFake]
        public interface IExpenses
        {
            Task<Expense> CreateAsync(Expense expense);
            Task<Expense?> GetAsync(int id);
            Task<Expense> DeleteAsync(Expense expense);
            Task<List<Expense>> DeleteManyAsync(List<Expense> expenses);
        }

        [InMemoryFake]
        public interface ILenientExpenses
        {
            Expense Add(Expense expense);
            Expense? Find(int id);
            Expense? Remove(Expense expense);
            Expense[] RemoveRange(IEnumerable<Expense> expenses);
        }
        """;

    private const string CheckPrelude = """
        using System;
        using System.Collections.Generic;
        using Budget;

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {

        """;

    [Fact]
    public void Delete_of_an_entity_returning_the_entity_returns_the_one_given_and_throws_or_answers_null_for_one_not_stored()
    {
        var run = GeneratorHarness.Run(Expenses);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    IExpenses expenses = new InMemoryExpenses();
                    var coffee = expenses.CreateAsync(new Expense { Name = "Coffee" }).GetAwaiter().GetResult();
                    var lunch = expenses.CreateAsync(new Expense { Name = "Lunch" }).GetAwaiter().GetResult();
                    Is(true, ReferenceEquals(coffee, expenses.DeleteAsync(coffee).GetAwaiter().GetResult()), "DeleteAsync returns the entity given");
                    Is(null, expenses.GetAsync(coffee.Id).GetAwaiter().GetResult(), "and removes it");
                    Throws<KeyNotFoundException>(() => expenses.DeleteAsync(coffee).GetAwaiter().GetResult(), null, "an entity not stored is the not-found error");
                    Is("Lunch", expenses.GetAsync(lunch.Id).GetAwaiter().GetResult()?.Name, "the other entity stays");
                    Throws<ArgumentNullException>(() => expenses.DeleteAsync(null!).GetAwaiter().GetResult(), "expense", "a null entity");
                    Is("Lunch", expenses.GetAsync(lunch.Id).GetAwaiter().GetResult()?.Name, "the refused removal changed nothing");

                    ILenientExpenses lenient = new InMemoryLenientExpenses();
                    var bus = lenient.Add(new Expense { Name = "Bus" });
                    Is(true, ReferenceEquals(bus, lenient.Remove(bus)), "Remove returns the entity given");
                    Is(null, lenient.Find(bus.Id), "and removes it");
                    Is(null, lenient.Remove(bus), "an Expense? result is null for an entity not stored");

                    var tea = expenses.CreateAsync(new Expense { Name = "Tea" }).GetAwaiter().GetResult();
                    var cake = expenses.CreateAsync(new Expense { Name = "Cake" }).GetAwaiter().GetResult();
                    Throws<KeyNotFoundException>(() => expenses.DeleteManyAsync(new List<Expense> { tea, coffee }).GetAwaiter().GetResult(), null, "DeleteManyAsync with one not stored is the not-found error");
                    Is("Tea", expenses.GetAsync(tea.Id).GetAwaiter().GetResult()?.Name, "and removes none");
                    var removed = expenses.DeleteManyAsync(new List<Expense> { tea, cake }).GetAwaiter().GetResult();
                    Is(2, removed.Count, "DeleteManyAsync returns the entities given");
                    Is(true, ReferenceEquals(tea, removed[0]) && ReferenceEquals(cake, removed[1]), "the same ones, in order");
                    Is(null, expenses.GetAsync(cake.Id).GetAwaiter().GetResult(), "and removes them");
                    Is("Lunch", expenses.GetAsync(lunch.Id).GetAwaiter().GetResult()?.Name, "others stay");

                    var taxi = lenient.Add(new Expense { Name = "Taxi" });
                    var array = lenient.RemoveRange(new[] { taxi });
                    Is(1, array.Length, "an array result holds the entities given");
                    Is(null, lenient.Find(taxi.Id), "removed");
                }
            }
            """);
    }
}
