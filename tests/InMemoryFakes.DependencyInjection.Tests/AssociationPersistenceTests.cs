using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class Medal
{
    public string Id { get; set; } = "";

    public string Code { get; set; } = "";

    public string? Name { get; set; }
}

public sealed class Player
{
    public int Id { get; set; }

    public string Nick { get; set; } = "";
}

/// <summary>Players with claims and medals: side tables whose rows the generated JSON metadata describes.</summary>
[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IPlayerStore
{
    void Add(Player player);

    Player? Find(int id);

    void AddClaim(Player player, Claim claim);

    IList<Claim> GetClaims(Player player);

    void AddToMedal(Player player, string medalCode);

    IList<string> GetMedals(Player player);
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IMedalStore
{
    void Add(Medal badge);
}

/// <summary>The side tables of a generated fake (claims, memberships) are saved and loaded with the entities.</summary>
public sealed class AssociationPersistenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<IHost> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Root, DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(new ManualClock(new DateTimeOffset(2030, 5, 1, 12, 0, 0, TimeSpan.Zero)));
        builder.Services.AddInMemoryFake<IPlayerStore>();
        builder.Services.AddInMemoryFake<IMedalStore>();
        builder.Services.AddInMemoryFakesPersistence(o => o.Path = _folder.File);
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    [Fact]
    public async Task Claims_and_medal_memberships_survive_a_restart()
    {
        var first = await StartAsync();
        var players = first.Services.GetRequiredService<IPlayerStore>();
        first.Services.GetRequiredService<IMedalStore>().Add(new Medal { Id = "b1", Code = "GOLD", Name = "Gold" });
        var ada = new Player { Id = 1, Nick = "ada" };
        players.Add(ada);
        players.AddClaim(ada, new Claim("rank", "7"));
        players.AddToMedal(ada, "GOLD");
        await first.StopAsync(TestContext.Current.CancellationToken);
        first.Dispose();

        var second = await StartAsync();
        var reloaded = second.Services.GetRequiredService<IPlayerStore>();
        var player = reloaded.Find(1)!;

        Assert.Equal(["rank=7"], reloaded.GetClaims(player).Select(static c => c.Type + "=" + c.Value));
        Assert.Equal(["Gold"], reloaded.GetMedals(player));
        await second.StopAsync(TestContext.Current.CancellationToken);
        second.Dispose();
    }
}
