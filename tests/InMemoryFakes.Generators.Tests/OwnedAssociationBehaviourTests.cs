using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Owned associations through the generated fake of Fixtures/DeviceRegistry.cs: values under a key of several parts or
/// none, a set of single-use codes, and items keyed by one of their properties, kept in side tables of the fake.
/// </summary>
public class OwnedAssociationBehaviourTests
{
    private static (IDeviceRegistry Devices, InMemoryDeviceRegistry Fake, Device First, Device Second) Create()
    {
        var fake = new InMemoryDeviceRegistry(new ManualClock());
        IDeviceRegistry devices = fake;
        return (devices, fake, devices.Add(new Device { Name = "a" }), devices.Add(new Device { Name = "b" }));
    }

    private static Certificate Cert(string thumbprint, string label, int uses, byte[] data)
        => new(thumbprint, data, ["x.example"]) { Label = label, Uses = uses };

    [Fact]
    public void A_value_is_kept_per_owner_under_every_part_of_its_key_and_set_again_replaces_it()
    {
        var (devices, _, a, b) = Create();
        devices.SetSetting(a, "net", "proxy", "p1");
        devices.SetSetting(a, "net", "dns", "d1");
        devices.SetSetting(a, "ui", "proxy", "u1");
        devices.SetSetting(a, "net", "proxy", "p2");

        Assert.Equal("p2", devices.GetSetting(a, "net", "proxy"));
        Assert.Equal("d1", devices.GetSetting(a, "net", "dns"));
        Assert.Equal("u1", devices.GetSetting(a, "ui", "proxy"));
        Assert.Null(devices.GetSetting(a, "Net", "proxy"));
        Assert.Null(devices.GetSetting(b, "net", "proxy"));

        devices.RemoveSetting(a, "net", "proxy");
        devices.RemoveSetting(a, "net", "missing");
        Assert.Null(devices.GetSetting(a, "net", "proxy"));
        Assert.Equal("d1", devices.GetSetting(a, "net", "dns"));
    }

    [Fact]
    public async Task A_value_with_no_key_parts_is_one_per_owner()
    {
        var (devices, _, a, b) = Create();
        Assert.Null(await devices.GetPairingCodeAsync(a, TestContext.Current.CancellationToken));

        await devices.SetPairingCodeAsync(a, "1234", TestContext.Current.CancellationToken);
        await devices.SetPairingCodeAsync(a, "5678", TestContext.Current.CancellationToken);

        Assert.Equal("5678", await devices.GetPairingCodeAsync(a, TestContext.Current.CancellationToken));
        Assert.Null(await devices.GetPairingCodeAsync(b, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_code_redeems_once_replacing_the_codes_drops_the_old_ones_and_every_copy_of_a_code_goes()
    {
        var (devices, _, a, b) = Create();
        devices.ReplaceBackupCodes(a, ["c1", "c2", "c2", "c3"]);

        Assert.Equal(4, devices.CountBackupCodes(a));
        Assert.True(devices.RedeemBackupCode(a, "c1"));
        Assert.False(devices.RedeemBackupCode(a, "c1"));
        Assert.False(devices.RedeemBackupCode(a, "C3"));
        Assert.False(devices.RedeemBackupCode(b, "c3"));
        Assert.True(devices.RedeemBackupCode(a, "c2"));
        Assert.Equal(1, devices.CountBackupCodes(a));

        devices.ReplaceBackupCodes(a, ["n1"]);
        Assert.False(devices.RedeemBackupCode(a, "c3"));
        Assert.Equal(1, devices.CountBackupCodes(a));
        devices.ReplaceBackupCodes(a, []);
        Assert.Equal(0, devices.CountBackupCodes(a));
    }

    [Fact]
    public void A_null_code_is_refused_naming_the_argument_and_the_codes_stay()
    {
        var (devices, _, a, _) = Create();
        devices.ReplaceBackupCodes(a, ["c1"]);

        Assert.Equal("codes", Assert.Throws<ArgumentNullException>(() => devices.ReplaceBackupCodes(a, ["n1", null!])).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => devices.RedeemBackupCode(a, null!)).ParamName);
        Assert.Equal(1, devices.CountBackupCodes(a));
    }

    [Fact]
    public void An_item_is_added_then_updated_by_its_key_where_only_its_settable_properties_change()
    {
        var (devices, _, a, _) = Create();
        devices.AddOrUpdateCertificate(a, Cert("T1", "first", 1, [1, 2]));
        devices.AddOrUpdateCertificate(a, new Certificate("T1", [9], null) { Label = "renamed", Uses = 5 });

        var stored = Assert.Single(devices.GetCertificates(a));
        Assert.Equal(("T1", "renamed", 5), (stored.Thumbprint, stored.Label, stored.Uses));
        Assert.Equal([1, 2], stored.Data);
        Assert.Equal(["x.example"], stored.Hosts!);
    }

    [Fact]
    public void An_item_key_found_across_owners_updates_the_item_where_it_is()
    {
        var (devices, _, a, b) = Create();
        devices.AddOrUpdateCertificate(a, Cert("T1", "a's", 1, [1]));

        devices.AddOrUpdateCertificate(b, Cert("T1", "b's", 2, [2]));

        Assert.Equal(a.Id, devices.FindByCertificateId("T1")!.Id);
        Assert.Equal("b's", devices.FindCertificate(a, "T1")!.Label);
        Assert.Empty(devices.GetCertificates(b));
        Assert.Null(devices.FindCertificate(b, "T1"));
        devices.RemoveCertificate(b, "T1");
        Assert.NotNull(devices.FindCertificate(a, "T1"));
    }

    [Fact]
    public void Items_are_copies_in_and_out_and_their_arrays_too()
    {
        var (devices, _, a, _) = Create();
        var data = new byte[] { 1, 2 };
        devices.AddOrUpdateCertificate(a, Cert("T1", "l", 1, data));
        data[0] = 0;
        devices.GetCertificates(a)[0].Data[1] = 0;

        Assert.Equal([1, 2], devices.FindCertificate(a, "T1")!.Data);
        Assert.NotSame(devices.FindCertificate(a, "T1"), devices.FindCertificate(a, "T1"));
    }

    [Fact]
    public void Items_of_an_owner_that_is_not_stored_are_refused_with_not_found_and_nothing_is_kept()
    {
        var (devices, fake, _, _) = Create();
        var stranger = new Device { Id = 99 };
        var before = Fakes.Of(fake).Count;

        Assert.ThrowsAny<KeyNotFoundException>(() => devices.AddOrUpdateCertificate(stranger, Cert("T9", "l", 1, [1])));
        Assert.ThrowsAny<KeyNotFoundException>(() => devices.SetSetting(stranger, "s", "n", "v"));
        Assert.ThrowsAny<KeyNotFoundException>(() => devices.ReplaceBackupCodes(stranger, ["c"]));
        Assert.Equal(before, Fakes.Of(fake).Count);
        Assert.Null(devices.FindByCertificateId("T9"));
    }

    [Fact]
    public void An_item_with_a_null_key_is_refused_naming_the_item()
    {
        var (devices, _, a, _) = Create();

        var error = Assert.Throws<ArgumentException>(() => devices.AddOrUpdateCertificate(a, new Certificate(null!, [1], null)));

        Assert.Equal("certificate", error.ParamName);
        Assert.Empty(devices.GetCertificates(a));
    }

    [Fact]
    public async Task Deleting_the_owner_drops_everything_it_owned_and_a_new_owner_with_its_key_starts_empty()
    {
        var (devices, _, a, b) = Create();
        devices.SetSetting(a, "s", "n", "v");
        await devices.SetPairingCodeAsync(a, "1", TestContext.Current.CancellationToken);
        devices.ReplaceBackupCodes(a, ["c"]);
        devices.AddOrUpdateCertificate(a, Cert("T1", "l", 1, [1]));
        devices.SetSetting(b, "s", "n", "kept");

        Assert.True(devices.Delete(a.Id));
        var again = devices.Add(new Device { Id = a.Id, Name = "again" });

        Assert.Null(devices.GetSetting(again, "s", "n"));
        Assert.Null(await devices.GetPairingCodeAsync(again, TestContext.Current.CancellationToken));
        Assert.Equal(0, devices.CountBackupCodes(again));
        Assert.Empty(devices.GetCertificates(again));
        Assert.Null(devices.FindByCertificateId("T1"));
        Assert.Equal("kept", devices.GetSetting(b, "s", "n"));
    }

    [Fact]
    public void Reset_and_restore_include_the_side_tables()
    {
        var (devices, fake, a, _) = Create();
        devices.ReplaceBackupCodes(a, ["c1", "c2"]);
        devices.AddOrUpdateCertificate(a, Cert("T1", "l", 1, [1]));
        var snapshot = Fakes.Of(fake).Snapshot();

        Assert.True(devices.RedeemBackupCode(a, "c1"));
        devices.RemoveCertificate(a, "T1");
        Fakes.Of(fake).Restore(snapshot);

        Assert.Equal(2, devices.CountBackupCodes(a));
        Assert.NotNull(devices.FindCertificate(a, "T1"));

        Fakes.Of(fake).Reset();
        Assert.Equal(0, Fakes.Of(fake).Count);
    }

    [Fact]
    public async Task Racing_redeems_of_one_code_succeed_exactly_once()
    {
        var (devices, _, a, _) = Create();
        var codes = Enumerable.Range(0, 50).Select(static i => "c" + i).ToArray();
        devices.ReplaceBackupCodes(a, codes);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => devices.RedeemBackupCode(a, codes[i % 50]))));

        Assert.Equal(50, results.Count(static r => r));
        Assert.Equal(0, devices.CountBackupCodes(a));
    }
}
