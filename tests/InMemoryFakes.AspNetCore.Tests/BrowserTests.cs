using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TodoApi;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace InMemoryFakes.AspNetCore.Tests;

/// <summary>
/// The TodoApi sample on Kestrel (127.0.0.1, a free port) in Development, looked at with Debian's chromium driven
/// headless by Playwright: the browser is launched by path, nothing is downloaded.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inmemoryfakes-browser-" + Guid.NewGuid().ToString("N")[..10]);

    public BrowserTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task An_entry_created_through_the_api_shows_on_the_inspector_page_and_reset_removes_it()
    {
        RequireChromium();
        await using var app = new TodoApiOnKestrel(Path.Combine(_folder, "fakes.json"));
        var baseUrl = app.Start();
        using var api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var created = await api.PostAsJsonAsync("/todos", new NewTodo("Buy oat milk"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_folder, "profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        page.SetDefaultTimeout(15_000);

        await page.GotoAsync(baseUrl + "/_fakes");
        var todos = page.Locator("section.fake[data-fake='ITodoStore']");
        await Expect(todos.Locator("tr.entry")).ToHaveCountAsync(1);
        await Expect(todos.Locator("tr.entry td.value")).ToContainTextAsync("Buy oat milk");

        if (Environment.GetEnvironmentVariable("INMEMORYFAKES_SCREENSHOT") is { Length: > 0 } screenshot)
        {
            await api.PostAsJsonAsync("/todos", new NewTodo("Write the README"), TestContext.Current.CancellationToken);
            await api.PostAsync("/todos/2/done", null, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        }

        await todos.Locator("button[data-action='reset']").ClickAsync();

        await Expect(page).ToHaveURLAsync(baseUrl + "/_fakes");
        await Expect(page.Locator("section.fake[data-fake='ITodoStore'] tr.entry")).ToHaveCountAsync(0);
        await Expect(page.Locator("section.fake[data-fake='ITodoStore']")).Not.ToContainTextAsync("Buy oat milk");
        Assert.Equal("[]", await api.GetStringAsync("/todos", TestContext.Current.CancellationToken));
    }

    /// <summary>Skips (with what to install) on a developer machine without chromium; under CI it must be there.</summary>
    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        const string Message = "Chromium is not installed at " + Chromium + ": run 'apt-get install -y chromium' (Debian) to run the browser test.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Message);
        }

        Assert.Skip(Message);
    }

    /// <summary>The sample as it runs in Development, with its data file in the test's folder.</summary>
    private sealed class TodoApiOnKestrel : WebApplicationFactory<Program>
    {
        private readonly string _dataFile;

        public TodoApiOnKestrel(string dataFile)
        {
            _dataFile = dataFile;
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }

        public string Start()
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return addresses.Single().TrimEnd('/');
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureTestServices(services => services.AddInMemoryFakesPersistence(o => o.Path = _dataFile));
        }
    }
}
