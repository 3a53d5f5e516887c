using System.Net;
using System.Net.Http.Json;
using InMemoryFakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TodoApi;
using Xunit;

namespace TodoApi.Tests;

/// <summary>
/// The API runs in-process through WebApplicationFactory; ConfigureTestServices swaps whatever store
/// the app registered for the generated fake, and each test resets it so tests start empty.
/// </summary>
public sealed class TodoApiTests : IClassFixture<TodoApiTests.Api>
{
    private readonly Api _api;

    public TodoApiTests(Api api)
    {
        _api = api;
        _api.Services.ResetInMemoryFakes();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posted_todos_get_ids_and_can_be_read_back()
    {
        using var client = _api.CreateClient();

        var created = await client.PostAsJsonAsync("/todos", new NewTodo("Write tests"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var todo = await created.Content.ReadFromJsonAsync<Todo>(Ct);

        Assert.Equal(1, todo!.Id);
        Assert.Equal("/todos/1", created.Headers.Location!.OriginalString);
        var read = await client.GetFromJsonAsync<Todo>("/todos/1", Ct);
        Assert.Equal("Write tests", read!.Title);
    }

    [Fact]
    public async Task Each_test_starts_with_an_empty_store()
    {
        using var client = _api.CreateClient();

        var all = await client.GetFromJsonAsync<List<Todo>>("/todos", Ct);

        Assert.Empty(all!);
    }

    [Fact]
    public async Task Completing_and_deleting_a_todo()
    {
        using var client = _api.CreateClient();
        await client.PostAsJsonAsync("/todos", new NewTodo("Ship"), Ct);

        var done = await client.PostAsync("/todos/1/done", null, Ct);
        Assert.True((await done.Content.ReadFromJsonAsync<Todo>(Ct))!.Done);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/todos/1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/todos/1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/todos/1", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_store_behind_the_api_is_the_replaced_fake()
    {
        using var client = _api.CreateClient();
        await client.PostAsJsonAsync("/todos", new NewTodo("Seen by the test"), Ct);

        var store = _api.Services.GetRequiredService<ITodoStore>();

        Assert.IsType<InMemoryTodoStore>(store);
        Assert.Equal("Seen by the test", Assert.Single(store.GetAll()).Title);
        Assert.Same(store, _api.Services.GetRequiredService<ITodoStore>());
    }

    [Fact]
    public async Task A_blank_title_is_a_validation_problem_and_stores_nothing()
    {
        using var client = _api.CreateClient();

        var response = await client.PostAsJsonAsync("/todos", new NewTodo(" "), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_api.Services.GetRequiredService<ITodoStore>().GetAll());
    }

    [Fact]
    public async Task Outside_development_the_inspector_is_not_served()
    {
        using var client = _api.CreateClient();

        var response = await client.GetAsync("/_fakes", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(_api.Services.GetRequiredService<InMemoryFakes.DependencyInjection.InMemoryFakesHost>().Persistence);
    }

    /// <summary>The app with a stand-in "real" store replaced by the fake.</summary>
    public sealed class Api : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            // Not Development: the app's data file (App_Data/fakes.json) and its inspector stay out of the tests.
            builder.UseEnvironment("Testing");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ITodoStore, UnreachableStore>();
                services.ReplaceWithInMemoryFakes(typeof(ITodoStore).Assembly);
            });
        }
    }

    /// <summary>Stands in for a real database store; the tests must never reach it.</summary>
    private sealed class UnreachableStore : ITodoStore
    {
        public Todo Add(Todo todo) => throw new InvalidOperationException("The real store was used.");

        public Todo? Find(int id) => throw new InvalidOperationException("The real store was used.");

        public IReadOnlyList<Todo> GetAll() => throw new InvalidOperationException("The real store was used.");

        public Todo Update(Todo todo) => throw new InvalidOperationException("The real store was used.");

        public bool Delete(int id) => throw new InvalidOperationException("The real store was used.");
    }
}
