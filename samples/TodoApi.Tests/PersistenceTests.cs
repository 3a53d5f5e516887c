using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InMemoryFakes.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TodoApi;
using Xunit;

namespace TodoApi.Tests;

/// <summary>
/// The sample as a developer runs it (Development): its to-dos survive a restart, saved and read through the JSON
/// metadata the generator emitted for Todo, with no JsonSerializerContext and no reflection fallback.
/// </summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "todoapi-persist-" + Guid.NewGuid().ToString("N")[..10]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string File => Path.Combine(_folder, "fakes.json");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Todos_created_before_a_restart_are_served_after_it()
    {
        await using (var first = new DevelopmentApi(File))
        {
            using var client = first.CreateClient();
            await client.PostAsJsonAsync("/todos", new NewTodo("Buy milk"), Ct);
            await client.PostAsJsonAsync("/todos", new NewTodo("Call Ada"), Ct);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/todos/2/done", null, Ct)).StatusCode);
        }

        using (var saved = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(File, Ct)))
        {
            var todos = saved.RootElement.GetProperty("tables").EnumerateArray().Single(static t => t.GetProperty("name").GetString() == "Todo");
            Assert.Equal(["Buy milk", "Call Ada"], todos.GetProperty("entries").EnumerateArray().Select(static e => e.GetProperty("value").GetProperty("Title").GetString()));
        }

        await using var second = new DevelopmentApi(File);
        using var again = second.CreateClient();
        var all = await again.GetFromJsonAsync<List<Todo>>("/todos", Ct);
        Assert.Equal([("Buy milk", false), ("Call Ada", true)], all!.Select(static t => (t.Title, t.Done)));
        var next = await (await again.PostAsJsonAsync("/todos", new NewTodo("Write docs"), Ct)).Content.ReadFromJsonAsync<Todo>(Ct);
        Assert.Equal(3, next!.Id);
    }

    [Fact]
    public async Task The_apps_persistence_resolves_nothing_by_reflection()
    {
        await using var api = new DevelopmentApi(File);
        using var client = api.CreateClient();
        await client.GetAsync("/todos", Ct);

        var persistence = api.Services.GetRequiredService<InMemoryFakesHost>().Persistence!;

        Assert.NotNull(persistence.JsonOptions.GetTypeInfo(typeof(Todo)));
        Assert.Throws<NotSupportedException>(() => persistence.JsonOptions.GetTypeInfo(typeof(NotStoredAnywhere)));
    }

    /// <summary>A type no fake stores: only reflection could describe it.</summary>
    private sealed class NotStoredAnywhere
    {
        public int Value { get; set; }
    }

    /// <summary>The app in Development, its data file moved to a folder of the test's own.</summary>
    private sealed class DevelopmentApi(string file) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureTestServices(services => services.AddInMemoryFakesPersistence(o => o.Path = file));
        }
    }
}
