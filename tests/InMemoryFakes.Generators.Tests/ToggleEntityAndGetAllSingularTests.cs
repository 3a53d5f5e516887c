using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Toggle{Entity}(key)</c> flips the entity's only settable bool (a Blazor todo service's <c>ToggleTodoAsync(id)</c>), and
/// <c>GetAll{Entity}()</c> with the singular, returning a list, lists every row (a much copied tutorial's
/// <c>IEnumerable&lt;Employee&gt; GetAllEmployee()</c>) (docs/generator.md, "Entity repository").
/// </summary>
public class ToggleEntityAndGetAllSingularTests
{
    [Fact]
    public void Toggle_of_the_entity_flips_its_only_bool_and_GetAll_with_the_singular_lists_every_row()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Todos;
            public class TodoItem { public int Id { get; set; } public string Title { get; set; } = ""; public bool IsDone { get; set; } }
            public interface ITodoService
            {
                Task<List<TodoItem>> GetTodosAsync();
                Task AddTodoAsync(TodoItem todo);
                Task ToggleTodoAsync(int id);
            }
            [InMemoryFake(typeof(ITodoService))] public partial class FakeTodos { }
            public class Employee { public int Id { get; set; } public string Name { get; set; } = ""; }
            public interface IEmployeeRepository
            {
                IEnumerable<Employee> GetAllEmployee();
                Employee Add(Employee employee);
            }
            [InMemoryFake(typeof(IEmployeeRepository))] public partial class FakeEmployees { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Linq;
            using Todos;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var todos = new FakeTodos();
                    todos.AddTodoAsync(new TodoItem { Title = "a" }).GetAwaiter().GetResult();
                    todos.AddTodoAsync(new TodoItem { Title = "b" }).GetAwaiter().GetResult();
                    todos.ToggleTodoAsync(1).GetAwaiter().GetResult();
                    Expect.Is("True,False", string.Join(",", todos.GetTodosAsync().GetAwaiter().GetResult().OrderBy(t => t.Id).Select(t => t.IsDone)), "the first flipped on, the second untouched");
                    todos.ToggleTodoAsync(1).GetAwaiter().GetResult();
                    Expect.Is(false, todos.GetTodosAsync().GetAwaiter().GetResult().Single(t => t.Id == 1).IsDone, "flipped back");
                    Expect.Throws<Exception>(() => todos.ToggleTodoAsync(9).GetAwaiter().GetResult(), null, "a missing todo is not toggled silently");

                    var employees = new FakeEmployees();
                    employees.Add(new Employee { Name = "Ann" });
                    employees.Add(new Employee { Name = "Bob" });
                    Expect.Is("Ann,Bob", string.Join(",", employees.GetAllEmployee().Select(e => e.Name).OrderBy(n => n)), "every employee");
                }
            }
            """);
    }

    [Fact]
    public void Toggle_of_the_entity_is_refused_when_the_bool_it_flips_is_not_the_only_one()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Todos;
            public class TodoItem { public int Id { get; set; } public string Title { get; set; } = ""; public bool IsDone { get; set; } public bool IsPinned { get; set; } }
            public interface ITodoService
            {
                Task AddTodoAsync(TodoItem todo);
                Task ToggleTodoAsync(int id);
            }
            [InMemoryFake(typeof(ITodoService))] public partial class FakeTodos { }
            public class Note { public int Id { get; set; } public string Text { get; set; } = ""; public bool IsDeleted { get; set; } }
            public interface INoteService
            {
                Task AddNoteAsync(Note note);
                Task ToggleNoteAsync(int id);
            }
            [InMemoryFake(typeof(INoteService))] public partial class FakeNotes { }
            """);
        Refusals.Exactly(run,
            ("ToggleNoteAsync", "'ToggleNote' flips a bool of Note without naming it, and its only one, IsDeleted, is a deletion flag"),
            ("ToggleTodoAsync", "'ToggleTodo' flips a bool of TodoItem without naming it, and it has IsDone, IsPinned"));
    }
}
