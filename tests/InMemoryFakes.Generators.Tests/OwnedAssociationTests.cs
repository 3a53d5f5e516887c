using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Owned associations (a value per owner under a key, a set of single-use codes, items keyed by a property): the generated
/// source compared with an approved file, and each shape whose meaning the interface does not prove refused with why.
/// </summary>
public class OwnedAssociationTests
{
    private const string Types = Sources.Usings + """
        namespace Devices;

        public class Device
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        public sealed class Certificate
        {
            public Certificate(string thumbprint, byte[] data) { Thumbprint = thumbprint; Data = data; }
            public string Thumbprint { get; }
            public byte[] Data { get; }
            public string? Label { get; set; }
        }

        public sealed class Sealed
        {
            public Sealed(string serial) { Serial = serial; }
            public string Serial { get; }
            public string Owner { get; private set; } = "";
        }

        public sealed class Bag
        {
            public string Serial { get; set; } = "";
            public List<string> Items { get; set; } = new();
        }

        """;

    private static GeneratorRun Run(string members) => GeneratorHarness.Run(Types + """
        [InMemoryFake]
        public interface IDevices
        {
            void Add(Device device);
            Device? Find(int id);
        """ + members + """
        }
        """);

    private static string Message(GeneratorRun run, string member)
        => Refusals.WithoutCallArguments(run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture));

    private static string Refusal(string member, string reason)
        => "'" + member + "' of IDevices matches no entity association convention: " + reason + ". Implement it in the partial class InMemoryDevices, where its Store property reaches the fake's table in one line: Store.Call(nameof("
            + member + "), …) joins the call log and fault injection (docs/generator.md#hand-written-members).";

    [Fact]
    public void Entity_repository_with_keyed_values_a_code_set_and_keyed_items_in_side_tables()
    {
        var run = GeneratorHarness.Run(Types + """
            [InMemoryFake]
            public interface IDevices
            {
                void Add(Device device);
                Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default);
                Task SetSettingAsync(Device device, string section, string name, string? value, CancellationToken cancellationToken = default);
                Task<string?> GetSettingAsync(Device device, string section, string name, CancellationToken cancellationToken = default);
                Task RemoveSettingAsync(Device device, string section, string name, CancellationToken cancellationToken = default);
                void SetPairingCode(Device device, string code);
                string GetPairingCode(Device device);
                void ReplaceBackupCodes(Device device, IEnumerable<string> codes);
                bool RedeemBackupCode(Device device, string code);
                int CountBackupCodes(Device device);
                Task AddOrUpdateCertificateAsync(Device device, Certificate certificate, CancellationToken cancellationToken = default);
                Task<IList<Certificate>> GetCertificatesAsync(Device device, CancellationToken cancellationToken = default);
                Task<Certificate?> FindCertificateAsync(Device device, string thumbprint, CancellationToken cancellationToken = default);
                Task RemoveCertificateAsync(Device device, string thumbprint, CancellationToken cancellationToken = default);
                Task<Device?> FindByCertificateIdAsync(string thumbprint, CancellationToken cancellationToken = default);
            }
            """);
        Assertions.Clean(run);
        Snapshot.Verify(run);
    }

    [Fact]
    public void Item_lookups_named_Find_and_declared_non_nullable_are_refused_as_every_Find_is()
    {
        // The name says null when missing, the result says never (NullFindingLookupRule): the item key is still proven
        // by their parameter names, so AddOrUpdate and Remove generate.
        var run = Run("""
                void AddOrUpdateCertificate(Device device, Certificate certificate);
                Certificate FindCertificate(Device device, string thumbprint);
                Device FindByCertificateId(string thumbprint);
                void RemoveCertificate(Device device, string thumbprint);
            """);

        Assert.Equal(["IMF0001", "IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Equal(Refusal("FindCertificate", "a Find returns null for a missing Certificate (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and 'FindCertificate' is declared to return a non-nullable Certificate, which says one always comes back; declare Certificate? for null when missing, or name it Get for the not-found error"), Message(run, "FindCertificate"));
        Assert.Equal(Refusal("FindByCertificateId", "a Find returns null for a missing Device (EF Core's Find, List<T>.Find, Identity's FindByIdAsync), and 'FindByCertificateId' is declared to return a non-nullable Device, which says one always comes back; declare Device? for null when missing, or name it Get for the not-found error"), Message(run, "FindByCertificateId"));
    }

    [Fact]
    public void A_value_named_like_a_misspelt_property_is_not_kept_beside_the_entity()
    {
        // SetNmae/GetNmae on a Device with Name is a typo, not a value of its own: kept beside the entity it would work
        // silently while the real store sets Name. It is refused (IMF0001) as any accessor of a property that is not there.
        var run = Run("""
                void SetNmae(Device device, string value);
                string? GetNmae(Device device);
                void SetNickname(Device device, string value);
                string? GetNickname(Device device);
            """);

        Assert.Equal(["IMF0001", "IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Contains("'GetNmae'", run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split(' ')[0]));
        Assert.Contains("'SetNmae'", run.GeneratorDiagnostics.Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split(' ')[0]));
    }

    [Fact]
    public void Items_that_no_member_looks_up_by_a_property_are_refused_because_their_key_is_not_proven()
    {
        var run = Run("""
                void AddOrUpdateCertificate(Device device, Certificate certificate);
                IList<Certificate> GetCertificates(Device device);
            """);

        Assert.Equal(["IMF0001", "IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Equal(
            Refusal("AddOrUpdateCertificate", "no member takes a Certificate's id by a parameter named after one of its properties (FindCertificate(entity, id), RemoveCertificate(entity, id) or FindByCertificateId(id)), so which property identifies a Certificate is not proven"),
            Message(run, "AddOrUpdateCertificate"));
    }

    [Fact]
    public void Items_looked_up_by_two_different_properties_are_refused()
    {
        var run = Run("""
                void AddOrUpdateCertificate(Device device, Certificate certificate);
                Certificate? FindCertificate(Device device, string thumbprint);
                void RemoveCertificate(Device device, string label);
            """);

        Assert.Equal(
            Refusal("FindCertificate", "its members name different properties of Certificate as its id (Label, Thumbprint), so which one identifies a Certificate is not proven"),
            Message(run, "FindCertificate"));
    }

    [Fact]
    public void Items_with_state_that_is_neither_a_constructor_parameter_nor_settable_are_refused()
    {
        var run = Run("""
                void AddOrUpdateSealed(Device device, Sealed item);
                void RemoveSealed(Device device, string serial);
            """);

        Assert.Equal(
            Refusal("AddOrUpdateSealed", "Sealed.Owner is neither a parameter of its constructor nor settable, so a Sealed cannot be rebuilt from what a row keeps"),
            Message(run, "AddOrUpdateSealed"));
    }

    [Fact]
    public void Items_holding_a_mutable_collection_are_refused()
    {
        var run = Run("""
                void AddOrUpdateBag(Device device, Bag bag);
                void RemoveBag(Device device, string serial);
            """);

        Assert.Equal(
            Refusal("AddOrUpdateBag", "Bag.Items is of type System.Collections.Generic.List<string>, which is neither immutable nor an array of immutable values, so a stored Bag could not be kept apart from the caller's"),
            Message(run, "AddOrUpdateBag"));
    }

    [Fact]
    public void A_keyed_value_read_by_other_parameters_than_its_Set_is_refused_naming_the_key()
    {
        var run = Run("""
                void SetSetting(Device device, string section, string name, string? value);
                void RemoveSetting(Device device, string section, string name);
                string? GetSetting(Device device, string name);
            """);

        Assert.Equal(["IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.Equal(
            Refusal("GetSetting", "its parameters after the entity are not SetSetting's key parameters (string section, string name)"),
            Message(run, "GetSetting"));
    }

    [Fact]
    public void A_value_that_nothing_reads_or_removes_by_the_same_key_is_not_guessed()
    {
        var run = Run("""
                void SetSetting(Device device, string section, string name, string? value);
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.StartsWith("'SetSetting' of IDevices matches no entity repository convention", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_count_that_is_not_a_number_is_refused()
    {
        var run = Run("""
                bool RedeemBackupCode(Device device, string code);
                string CountBackupCodes(Device device);
            """);

        Assert.Equal(Refusal("CountBackupCodes", "a Count of codes takes the entity and returns int or long"), Message(run, "CountBackupCodes"));
    }

    [Fact]
    public void A_keyed_value_get_returning_another_type_is_refused()
    {
        var run = Run("""
                void SetPairingCode(Device device, string code);
                int GetPairingCode(Device device);
            """);

        Assert.Equal(Refusal("GetPairingCode", "it does not return the string that SetPairingCode stores"), Message(run, "GetPairingCode"));
    }

    [Fact]
    public void Owned_values_of_a_repository_with_a_unit_of_work_are_refused_because_they_would_not_wait_for_SaveChanges()
    {
        var run = Run("""
                bool RedeemBackupCode(Device device, string code);
                int SaveChanges();
            """);

        Assert.Equal(
            Refusal("RedeemBackupCode", "the repository has a unit of work: its entity writes wait for SaveChanges, and association rows, which are written at once, would run ahead of them (not supported)"),
            Message(run, "RedeemBackupCode"));
    }

    [Fact]
    public void A_set_accessor_of_a_property_with_a_trailing_word_stays_an_accessor()
    {
        var run = GeneratorHarness.Run(Types + """
            public class Lease
            {
                public int Id { get; set; }
                public DateTimeOffset? LockoutEnd { get; set; }
            }

            [InMemoryFake]
            public interface ILeases
            {
                void Add(Lease lease);
                void SetLockoutEndDate(Lease lease, DateTimeOffset? lockoutEnd);
                DateTimeOffset? GetLockoutEndDate(Lease lease);
            }
            """);

        Assertions.Clean(run);
        var source = run.Sources.Single(static s => s.Key.Contains("ILeases", StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("AssociationTable", source, StringComparison.Ordinal);
        Assert.Contains("lease.LockoutEnd = lockoutEnd", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_accessor_named_with_the_entity_word_stays_an_accessor_of_the_property()
    {
        var run = GeneratorHarness.Run(Types + """
            public class Role
            {
                public string Id { get; set; } = "";
                public string? Name { get; set; }
            }

            [InMemoryFake]
            public interface IRoles
            {
                void Add(Role role);
                void SetRoleName(Role role, string? roleName);
                string? GetRoleName(Role role);
            }
            """);

        Assertions.Clean(run);
        var source = run.Sources.Single(static s => s.Key.Contains("IRoles", StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("AssociationTable", source, StringComparison.Ordinal);
        Assert.Contains("role.Name = roleName", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Consume_defines_a_code_set_as_Redeem_does()
    {
        var run = Run("""
                void ReplaceTickets(Device device, IEnumerable<Guid> tickets);
                bool ConsumeTicket(Device device, Guid ticket);
                long CountTickets(Device device);
            """);

        Assertions.Clean(run);
        var source = run.Sources.Single(static s => s.Key.Contains("IDevices", StringComparison.Ordinal)).Value;
        Assert.Contains("AssociationTable<int, global::System.Guid> __tickets", source, StringComparison.Ordinal);
        Assert.Contains("return __tickets.Remove(__owner, __r => global::System.Collections.Generic.EqualityComparer<global::System.Guid>.Default.Equals(__r, ticket)) > 0;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_may_be_immutable_records_of_the_compilation_but_framework_scalars_are_no_items()
    {
        var run = Run("""
                void AddOrUpdateBadge(Device device, Badge badge);
                Badge? FindBadge(Device device, string code);
                void AddOrUpdateStamp(Device device, Guid stamp);
            }

            public sealed record Badge(string Code, string Title);

            public interface IUnused
            {
            """);

        Assert.Equal(["IMF0001"], run.GeneratorDiagnostics.Select(static d => d.Id));
        Assert.StartsWith("'AddOrUpdateStamp' of IDevices matches no entity repository convention", run.GeneratorDiagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var source = run.Sources.Single(static s => s.Key.Contains("IDevices", StringComparison.Ordinal)).Value;
        Assert.Contains("AssociationTable<int, (string Code, string Title)> __badges", source, StringComparison.Ordinal);
        Assert.Contains("return new global::Devices.Badge(__r.Code, __r.Title);", source, StringComparison.Ordinal);
    }
}
