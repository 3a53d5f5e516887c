using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InMemoryFakes.Framework.Tests;

/// <summary>A minimal app on an in-memory TestServer: services and pipeline given by the test.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app)
    {
        _app = app;
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestApp> StartAsync(Action<IServiceCollection> services, Action<WebApplication> pipeline)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        services(builder.Services);
        var app = builder.Build();
        pipeline(app);
        await app.StartAsync(Xunit.TestContext.Current.CancellationToken);
        return new TestApp(app);
    }

    /// <summary>A client that keeps cookies between requests, as a browser does.</summary>
    public HttpClient Client() => Browser().Client;

    /// <summary>A client that keeps cookies between requests, and its cookies.</summary>
    public (HttpClient Client, System.Net.CookieContainer Cookies) Browser()
    {
        var server = _app.GetTestServer();
        var handler = new CookieContainerHandler(server.CreateHandler());
        return (new HttpClient(handler) { BaseAddress = server.BaseAddress }, handler.Cookies);
    }

    /// <summary>A client that sends only the cookies a test puts on its requests.</summary>
    public HttpClient PlainClient() => _app.GetTestServer().CreateClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Keeps the cookies a TestServer sets, and sends them back.</summary>
internal sealed class CookieContainerHandler : DelegatingHandler
{
    public CookieContainerHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public System.Net.CookieContainer Cookies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = Cookies.GetCookieHeader(uri);
        if (!string.IsNullOrEmpty(header))
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var cookie in setCookies)
            {
                Cookies.SetCookies(uri, cookie);
            }
        }

        return response;
    }
}
