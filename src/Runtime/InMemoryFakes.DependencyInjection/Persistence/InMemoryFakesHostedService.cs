using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace InMemoryFakes.DependencyInjection.Persistence;

/// <summary>Creates the fakes and loads the file when the host starts; saves when it stops.</summary>
internal sealed class InMemoryFakesHostedService : IHostedService
{
    private readonly InMemoryFakesHost _host;

    public InMemoryFakesHostedService(InMemoryFakesHost host)
    {
        _host = host;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _host.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _host.Persistence?.SaveOnShutdown();
        return Task.CompletedTask;
    }
}
