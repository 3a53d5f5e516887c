using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes.DependencyInjection.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InMemoryFakes.DependencyInjection.Tests;

/// <summary>A folder of its own per test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "inmemoryfakes-persist-" + Guid.NewGuid().ToString("N")[..10]);

    public string File => Path.Combine(Root, "App_Data", "fakes.json");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Builds real generic hosts on a file and a manual clock, as an app's Program would.</summary>
public static class PersistentHost
{
    public static IHost Build(string file, ManualClock clock, Action<InMemoryFakesPersistenceOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Path.GetDirectoryName(Path.GetDirectoryName(file)), DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddInMemoryFake<INoteRepository>();
        builder.Services.AddInMemoryFake<ITokenCache>();
        builder.Services.AddInMemoryFake<IAttachmentStore>();
        builder.Services.AddInMemoryFakesPersistence(o =>
        {
            o.Path = Path.Combine("App_Data", Path.GetFileName(file));
            o.JsonTypes.Add(PersistenceJson.Default);
            configure?.Invoke(o);
        });
        return builder.Build();
    }

    public static async Task<IHost> StartAsync(string file, ManualClock clock, Action<InMemoryFakesPersistenceOptions>? configure = null)
    {
        var host = Build(file, clock, configure);
        await host.StartAsync(Xunit.TestContext.Current.CancellationToken);
        return host;
    }

    public static async Task StopAsync(IHost host)
    {
        await host.StopAsync(Xunit.TestContext.Current.CancellationToken);
        host.Dispose();
    }

    public static InMemoryFakesPersistence Persistence(this IHost host)
        => host.Services.GetRequiredService<InMemoryFakesHost>().Persistence!;
}
