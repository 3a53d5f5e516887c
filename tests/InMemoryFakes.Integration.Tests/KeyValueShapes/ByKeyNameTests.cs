using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Abblix's IDeviceAuthorizationStorage names its key deviceCode in every write and removal; TryGetByDeviceCodeAsync(deviceCode)
// reads by that same key, so it is the plain read (a nullable result: null when missing).

public sealed record DeviceRequest(string ClientId, string UserCode);

[InMemoryFake]
public interface IDeviceRequestStorage
{
    Task StoreAsync(string deviceCode, DeviceRequest request, TimeSpan expiresIn);

    Task<DeviceRequest?> TryGetByDeviceCodeAsync(string deviceCode);

    Task<bool> ExistsByDeviceCodeAsync(string deviceCode);

    Task RemoveByDeviceCodeAsync(string deviceCode);

    Task RemoveAsync(string deviceCode);
}

public sealed class ByKeyNameTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_verb_by_the_keys_own_name_reads_checks_and_removes_by_the_key()
    {
        var clock = new ManualClock(Start);
        IDeviceRequestStorage storage = new InMemoryDeviceRequestStorage(clock);

        Assert.Null(await storage.TryGetByDeviceCodeAsync("dev-1"));
        await storage.StoreAsync("dev-1", new DeviceRequest("tv", "USER-1"), TimeSpan.FromMinutes(10));
        Assert.Equal("tv", (await storage.TryGetByDeviceCodeAsync("dev-1"))?.ClientId);
        Assert.True(await storage.ExistsByDeviceCodeAsync("dev-1"));
        Assert.Null(await storage.TryGetByDeviceCodeAsync("USER-1"));

        await storage.RemoveByDeviceCodeAsync("dev-1");
        Assert.False(await storage.ExistsByDeviceCodeAsync("dev-1"));
        await storage.RemoveByDeviceCodeAsync("dev-1");
    }

    [Fact]
    public async Task The_read_by_the_keys_name_sees_the_writes_time_to_live()
    {
        var clock = new ManualClock(Start);
        IDeviceRequestStorage storage = new InMemoryDeviceRequestStorage(clock);
        await storage.StoreAsync("dev-1", new DeviceRequest("tv", "USER-1"), TimeSpan.FromMinutes(10));

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Null(await storage.TryGetByDeviceCodeAsync("dev-1"));
    }
}
