using TodoApi;

var builder = WebApplication.CreateBuilder(args);

// Prototype on generated fakes: every [InMemoryFake] interface in this assembly, as a singleton.
builder.Services.AddInMemoryFakes();

if (builder.Environment.IsDevelopment())
{
    // Keep the prototype's data across restarts: loaded at startup, saved a second after changes and on shutdown.
    // The generator emitted the JSON metadata of Todo with the fakes: no reflection, so the app also works trimmed.
    builder.Services.AddInMemoryFakesPersistence(o => o.Path = "App_Data/fakes.json");
}

// The inspector's Clear and Reset buttons are protected by antiforgery tokens.
builder.Services.AddAntiforgery();

var app = builder.Build();

// A page that shows every fake, its tables and entries, at /_fakes. It is only mapped in Development:
// elsewhere this call maps nothing (404), and turning it on in Production needs an explicit AllowInProduction.
app.MapInMemoryFakesInspector("/_fakes");

app.MapGet("/todos", (ITodoStore store) => store.GetAll());

app.MapGet("/todos/{id:int}", (int id, ITodoStore store) =>
    store.Find(id) is { } todo ? Results.Ok(todo) : Results.NotFound());

app.MapPost("/todos", (NewTodo input, HttpContext context, ITodoStore store, IRateLimits limits) =>
{
    if (string.IsNullOrWhiteSpace(input.Title))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["A title is required."] });
    }

    // At most 30 new to-dos a minute per client: a counter that expires a minute after its first increment.
    var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    if (limits.Increment($"new-todos:{client}", 1, TimeSpan.FromMinutes(1)) > 30)
    {
        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
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
