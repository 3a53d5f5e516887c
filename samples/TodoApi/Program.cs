using TodoApi;

var builder = WebApplication.CreateBuilder(args);

// Prototype on generated fakes: every [InMemoryFake] interface in this assembly, as a singleton.
builder.Services.AddInMemoryFakes();

var app = builder.Build();

app.MapGet("/todos", (ITodoStore store) => store.GetAll());

app.MapGet("/todos/{id:int}", (int id, ITodoStore store) =>
    store.Find(id) is { } todo ? Results.Ok(todo) : Results.NotFound());

app.MapPost("/todos", (NewTodo input, ITodoStore store) =>
{
    if (string.IsNullOrWhiteSpace(input.Title))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["A title is required."] });
    }

    var todo = store.Add(new Todo { Title = input.Title });
    return Results.Created($"/todos/{todo.Id}", todo);
});

app.MapPost("/todos/{id:int}/done", (int id, ITodoStore store) =>
{
    if (store.Find(id) is not { } todo)
    {
        return Results.NotFound();
    }

    todo.Done = true;
    return Results.Ok(store.Update(todo));
});

app.MapDelete("/todos/{id:int}", (int id, ITodoStore store) =>
    store.Delete(id) ? Results.NoContent() : Results.NotFound());

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
