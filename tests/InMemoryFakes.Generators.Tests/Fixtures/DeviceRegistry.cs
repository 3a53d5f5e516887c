using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

// Data a device owns beside its row, with no ASP.NET Core Identity in sight: settings under (section, name), one pairing
// code, a set of single-use backup codes, and certificates keyed by their thumbprint (found across devices).

public sealed class Device
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>An item with identity fixed at creation (get-only) and state that changes (settable).</summary>
public sealed class Certificate
{
    public Certificate(string thumbprint, byte[] data, string[]? hosts)
    {
        Thumbprint = thumbprint;
        Data = data;
        Hosts = hosts;
    }

    public string Thumbprint { get; }

    public byte[] Data { get; }

    public string[]? Hosts { get; }

    public string? Label { get; set; }

    public int Uses { get; set; }
}

[InMemoryFake]
public interface IDeviceRegistry
{
    Device Add(Device device);

    Device? Find(int id);

    bool Delete(int id);

    void Clear();

    void SetSetting(Device device, string section, string name, string? value);

    string? GetSetting(Device device, string section, string name);

    void RemoveSetting(Device device, string section, string name);

    Task SetPairingCodeAsync(Device device, string code, CancellationToken cancellationToken = default);

    Task<string?> GetPairingCodeAsync(Device device, CancellationToken cancellationToken = default);

    void ReplaceBackupCodes(Device device, IEnumerable<string> codes);

    bool RedeemBackupCode(Device device, string code);

    long CountBackupCodes(Device device);

    void AddOrUpdateCertificate(Device device, Certificate certificate);

    IReadOnlyList<Certificate> GetCertificates(Device device);

    Certificate? FindCertificate(Device device, string thumbprint);

    void RemoveCertificate(Device device, string thumbprint);

    Device? FindByCertificateId(string thumbprint);
}
