using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// One value under two keys, each unique alone (Fixtures/TwoKeyStores.cs: IdentityServer4's IDeviceFlowStore shape):
/// an add takes both keys and the value, members by either key alone find, update and remove it; and the refusals
/// where the interface does not prove it, or leaves a missing update open.
/// </summary>
public class TwoKeyStoreTests
{
    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string body) => GeneratorHarness.Run(Sources.Usings + """
        #nullable enable
        namespace TwoKeys;

        public class DeviceCode { public string ClientId { get; set; } = ""; }

        """ + body);

    [Fact]
    public async Task A_value_stored_under_two_keys_is_found_by_either_and_by_neither_of_the_others()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", new DeviceAuthorization { ClientId = "tv" });

        Assert.Equal("tv", (await store.FindByUserCodeAsync("USER-1"))?.ClientId);
        Assert.Equal("tv", (await store.FindByDeviceCodeAsync("device-1"))?.ClientId);
        Assert.Null(await store.FindByUserCodeAsync("device-1"));
        Assert.Null(await store.FindByDeviceCodeAsync("USER-1"));
        Assert.Null(await store.FindByUserCodeAsync("user-1"));
    }

    [Fact]
    public async Task An_update_by_one_key_is_seen_through_the_other_and_a_removal_by_one_removes_both()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", new DeviceAuthorization { ClientId = "tv" });
        await store.StoreDeviceAuthorizationAsync("device-2", "USER-2", new DeviceAuthorization { ClientId = "car" });

        await store.UpdateByUserCodeAsync("USER-1", new DeviceAuthorization { ClientId = "tv", IsAuthorized = true });
        Assert.True((await store.FindByDeviceCodeAsync("device-1"))?.IsAuthorized);
        Assert.False((await store.FindByDeviceCodeAsync("device-2"))?.IsAuthorized);

        await store.RemoveByDeviceCodeAsync("device-1");
        Assert.Null(await store.FindByUserCodeAsync("USER-1"));
        Assert.Null(await store.FindByDeviceCodeAsync("device-1"));
        Assert.Equal("car", (await store.FindByUserCodeAsync("USER-2"))?.ClientId);
        await store.RemoveByDeviceCodeAsync("device-1");
    }

    [Fact]
    public async Task A_stored_value_is_a_copy_so_changing_the_callers_object_changes_nothing()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());
        var data = new DeviceAuthorization { ClientId = "tv" };
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", data);
        data.ClientId = "changed";
        (await store.FindByUserCodeAsync("USER-1"))!.ClientId = "changed too";

        Assert.Equal("tv", (await store.FindByDeviceCodeAsync("device-1"))?.ClientId);
    }

    [Fact]
    public async Task A_second_value_under_either_key_already_taken_is_the_duplicate_error_and_changes_nothing()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", new DeviceAuthorization { ClientId = "tv" });

        await Assert.ThrowsAsync<DuplicateKeyException>(() => store.StoreDeviceAuthorizationAsync("device-1", "USER-9", new DeviceAuthorization { ClientId = "x" }));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => store.StoreDeviceAuthorizationAsync("device-9", "USER-1", new DeviceAuthorization { ClientId = "x" }));

        Assert.Null(await store.FindByUserCodeAsync("USER-9"));
        Assert.Null(await store.FindByDeviceCodeAsync("device-9"));
        Assert.Equal("tv", (await store.FindByUserCodeAsync("USER-1"))?.ClientId);
    }

    [Fact]
    public async Task A_removal_by_the_second_key_removes_the_value_and_a_cancelled_one_removes_nothing()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", new DeviceAuthorization { ClientId = "tv" });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.RemoveByUserCodeAsync("USER-1", new System.Threading.CancellationToken(canceled: true)));
        Assert.Equal("tv", (await store.FindByDeviceCodeAsync("device-1"))?.ClientId);

        await store.RemoveByUserCodeAsync("USER-1", TestContext.Current.CancellationToken);
        Assert.Null(await store.FindByDeviceCodeAsync("device-1"));
        await store.StoreDeviceAuthorizationAsync("device-1", "USER-1", new DeviceAuthorization { ClientId = "again" });
        Assert.Equal("again", (await store.FindByUserCodeAsync("USER-1"))?.ClientId);
    }

    [Fact]
    public async Task An_update_of_a_missing_key_does_nothing_under_MissingUpdate_Ignore()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());
        await store.UpdateByUserCodeAsync("USER-1", new DeviceAuthorization { ClientId = "tv" });

        Assert.Null(await store.FindByUserCodeAsync("USER-1"));
    }

    [Fact]
    public async Task A_null_key_is_ArgumentNullException_naming_it_and_stores_nothing()
    {
        IDeviceFlowCodes store = new InMemoryDeviceFlowCodes(new ManualClock());

        var e = await Assert.ThrowsAsync<ArgumentNullException>(() => store.StoreDeviceAuthorizationAsync("device-1", null!, new DeviceAuthorization()));
        Assert.Equal("userCode", e.ParamName);
        Assert.Equal("deviceCode", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.FindByDeviceCodeAsync(null!))).ParamName);
        Assert.Equal("data", (await Assert.ThrowsAsync<ArgumentNullException>(() => store.StoreDeviceAuthorizationAsync("device-1", "USER-1", null!))).ParamName);
        Assert.Null(await store.FindByDeviceCodeAsync("device-1"));
    }

    [Fact]
    public void Keys_of_other_types_work_and_a_read_declared_not_null_throws_not_found()
    {
        IPairings pairings = new InMemoryPairings(new ManualClock());
        var device = Guid.NewGuid();
        pairings.Add(device, "ABC", new Pairing { Label = "tv" });

        Assert.Equal("tv", pairings.GetByPairingCode("ABC").Label);
        Assert.Equal("tv", pairings.FindByDeviceId(device)?.Label);
        Assert.Null(pairings.FindByDeviceId(Guid.NewGuid()));
        Assert.True(pairings.ExistsByPairingCode("ABC"));
        Assert.False(pairings.ExistsByPairingCode("XYZ"));
        Assert.Throws<NotFoundException>(() => pairings.GetByPairingCode("XYZ"));
    }

    [Fact]
    public void Updates_and_removals_by_either_key_answer_what_their_signatures_say()
    {
        IPairings pairings = new InMemoryPairings(new ManualClock());
        var device = Guid.NewGuid();
        pairings.Add(device, "ABC", new Pairing { Label = "tv" });

        Assert.True(pairings.ReplaceByPairingCode("ABC", new Pairing { Label = "radio" }));
        Assert.False(pairings.ReplaceByPairingCode("XYZ", new Pairing { Label = "x" }));
        Assert.Equal("radio", pairings.FindByDeviceId(device)?.Label);

        pairings.UpdateByDeviceId(device, new Pairing { Label = "car" });
        Assert.Equal("car", pairings.GetByPairingCode("ABC").Label);
        Assert.Throws<NotFoundException>(() => pairings.UpdateByDeviceId(Guid.NewGuid(), new Pairing()));

        Assert.True(pairings.RemoveByPairingCode("ABC"));
        Assert.False(pairings.RemoveByPairingCode("ABC"));
        Assert.Null(pairings.FindByDeviceId(device));
    }

    [Fact]
    public void An_update_by_one_key_returning_nothing_is_refused_until_MissingUpdate_says_what_a_missing_one_does()
    {
        var run = Run("""
            [InMemoryFake]
            public interface IDeviceFlowStore
            {
                Task StoreDeviceAuthorizationAsync(string deviceCode, string userCode, DeviceCode data);
                Task<DeviceCode?> FindByUserCodeAsync(string userCode);
                Task<DeviceCode?> FindByDeviceCodeAsync(string deviceCode);
                Task UpdateByUserCodeAsync(string userCode, DeviceCode data);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'UpdateByUserCodeAsync' of IDeviceFlowStore matches no store convention: IDeviceFlowStore holds each DeviceCode under two keys, 'deviceCode' and 'userCode'"
            + " (StoreDeviceAuthorizationAsync stores it under both and a member finds it by each alone): what the update 'UpdateByUserCode' does when nothing is stored under userCode is not said:"
            + " it cannot store the value (its other key is not given), and IdentityServer4's InMemoryDeviceFlowStore does nothing while its EF Core DeviceFlowStore throws InvalidOperationException;"
            + " state it with [InMemoryFake(MissingUpdate = MissingUpdate.Ignore)] or MissingUpdate.NotFound (with NotFoundException = typeof(...) for the store's own exception)",
            Message(run, "UpdateByUserCodeAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingUpdate_Insert_is_IMF0010_on_a_store_of_two_keys()
    {
        var run = Run("""
            [InMemoryFake(MissingUpdate = MissingUpdate.Insert)]
            public interface IDeviceFlowStore
            {
                void Store(string deviceCode, string userCode, DeviceCode data);
                DeviceCode? FindByUserCode(string userCode);
                DeviceCode? FindByDeviceCode(string deviceCode);
                void UpdateByUserCode(string userCode, DeviceCode data);
            }
            """);

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "IMF0010" && d.GetMessage(CultureInfo.InvariantCulture).Contains(
            "MissingUpdate = Insert: IDeviceFlowStore holds each value under two keys, and an update by one of them cannot store a missing value, since its other key is not given; use Ignore or NotFound", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_by_a_name_that_is_neither_key_or_of_another_noun_is_refused_saying_so()
    {
        var run = Run("""
            [InMemoryFake]
            public interface IDeviceFlowStore
            {
                void Store(string deviceCode, string userCode, DeviceCode data);
                DeviceCode? FindByUserCode(string userCode);
                DeviceCode? FindByDeviceCode(string deviceCode);
                DeviceCode? FindByClientId(string clientId);
                bool RemoveTokenByDeviceCode(string deviceCode);
                int Count();
            }
            """);

        Assert.Equal(3, run.GeneratorDiagnostics.Length);
        Assert.Equal("'FindByClientId' of IDeviceFlowStore matches no key-value store convention: IDeviceFlowStore holds each DeviceCode under two keys, 'deviceCode' and 'userCode'"
            + " (Store stores it under both and a member finds it by each alone): 'FindByClientId' is by 'ClientId', which is neither key", Message(run, "FindByClientId").Split(". Implement")[0]);
        Assert.Equal("'RemoveTokenByDeviceCode' of IDeviceFlowStore matches no key-value store convention: IDeviceFlowStore holds each DeviceCode under two keys, 'deviceCode' and 'userCode'"
            + " (Store stores it under both and a member finds it by each alone): 'RemoveTokenByDeviceCode' names 'Token', which is not the values' type DeviceCode, so what it acts on is not said",
            Message(run, "RemoveTokenByDeviceCode").Split(". Implement")[0]);
        Assert.StartsWith("'Count' of IDeviceFlowStore matches no key-value store convention: IDeviceFlowStore holds each DeviceCode under two keys, 'deviceCode' and 'userCode'"
            + " (Store stores it under both and a member finds it by each alone): it is no member by one of them", Message(run, "Count"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_keys_that_no_member_uses_alone_are_not_read_as_two_keys()
    {
        // Only the device code is used alone: the user code may be a property, a hint or a second entry, so the
        // By member by the other name keeps its refusal, and the add is not generated as an add under two keys.
        var run = Run("""
            [InMemoryFake]
            public interface IDeviceFlowStore
            {
                void Store(string deviceCode, string userCode, DeviceCode data);
                DeviceCode? FindByDeviceCode(string deviceCode);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("under two keys", StringComparison.Ordinal));
        Assert.Contains(run.GeneratorDiagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'Store' of IDeviceFlowStore", StringComparison.Ordinal));
    }
}
