using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using InMemoryFakes.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InMemoryFakes.AspNetCore.Tests;

public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Version { get; set; }
}

[InMemoryFake]
public interface ICatalog
{
    Product Add(Product product);

    Product? Find(int id);
}

[InMemoryFake]
public interface ISessionCache
{
    string? Get(string key);

    void Set(string key, string value, TimeSpan? ttl = null);
}

[InMemoryFake]
public interface IUploads
{
    void Put(string key, byte[] content, string? contentType = null);
}

[JsonSerializable(typeof(Product))]
internal sealed partial class InspectorTestJson : JsonSerializerContext;

/// <summary>A real ASP.NET Core app on TestServer with three fakes and the inspector, in an environment of the test's choosing.</summary>
public sealed class InspectorApp : IAsyncDisposable
{
    private InspectorApp(WebApplication app)
    {
        App = app;
    }

    public WebApplication App { get; }

    public T Get<T>()
        where T : notnull
        => App.Services.GetRequiredService<T>();

    public HttpClient Client() => App.GetTestClient();

    public static async Task<InspectorApp> StartAsync(string environment, Action<InMemoryFakesInspectorOptions>? configure = null, bool antiforgery = true, ManualClock? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ApplicationName = typeof(InspectorApp).Assembly.GetName().Name });
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(clock ?? new ManualClock(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero)));
        builder.Services.AddInMemoryFake<ICatalog>(o => o.RecordCalls = true);
        builder.Services.AddInMemoryFake<ISessionCache>();
        builder.Services.AddInMemoryFake<IUploads>();
        if (antiforgery)
        {
            builder.Services.AddAntiforgery();
        }

        var app = builder.Build();
        app.MapInMemoryFakesInspector("/_fakes", o =>
        {
            o.JsonTypes.Add(InspectorTestJson.Default);
            configure?.Invoke(o);
        });
        await app.StartAsync(Xunit.TestContext.Current.CancellationToken);
        return new InspectorApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(Xunit.TestContext.Current.CancellationToken);
        await App.DisposeAsync();
    }
}
