// Source: https://github.com/Pia-Ai-dev/Pia.Wpf
// Commit: 1b2652d824eb
// Licence: LGPL-3.0 (an interface signature transcribed for a test)
// Sample: h-sample81 rule (written out in Corpus/HeBianGuWpfControl/IRepositoryPresenter.cs), fixed before probing.
//   This one: the 3rd pick (the 10th repository of find_repos("Wpf")). Before it in path order: INavigationAware and
//   INavigationService (view-model navigation, no records), ICryptoService (AES-GCM and HKDF, no state).
// Path: src/Pia.Wpf/Services/E2EE/IDeviceKeyService.cs (implementation: DeviceKeyService.cs beside it)
// Adapted: the XML comments are dropped. Nullable enabled, as in the source (Pia.Wpf.csproj).
// Real store: DeviceKeyService keeps the device id in the app's settings file (ISettingsService: SyncDeviceId) and the
//   device's two key pairs in the Windows CNG key store, named after the id. GetDeviceId() answers the stored id,
//   writing a new Guid string to the settings the first time (the same id on every later call). GetAgreementPublicKey()
//   and GetSigningPublicKey() open the ECDH and the ECDSA P-256 key "Pia-Device-ECDH-{id}" / "Pia-Device-ECDSA-{id}",
//   creating it (non-exportable) when missing, and answer its public point as base64 (65 bytes: 0x04, X, Y).
//   DeriveSharedSecret(remote) is the raw ECDH agreement with a remote point; Sign(data) an ECDSA SHA-256 signature,
//   base64; Verify(data, signature, publicKey) checks one against a public point. ComputeFingerprint(key) is the first
//   8 bytes of SHA-256 of the point as "XXXX-XXXX-XXXX-XXXX" (upper-case hex); GetFingerprint() that of this device's
//   agreement key. HasDeviceKeys() is whether the ECDH key exists in the CNG store (false until a member created it).
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on every member (read as a blob store only because Sign takes byte[]):
//   GetDeviceId, GetAgreementPublicKey, GetSigningPublicKey and GetFingerprint ('Get' then no noun of a blob store),
//   DeriveSharedSecret, Sign, Verify and ComputeFingerprint (no known verb), HasDeviceKeys (a check must take the key)
//   | WRONG: none (nothing generated). With Kind = StoreKind.KeyValue, which the messages suggest, every member is
//   still refused (probed: no noun of the store, no known verb).
// After this round: unchanged, and the refusals are right: ECDH agreement, ECDSA signatures and SHA-256 fingerprints
//   over key pairs the Windows CNG store creates on first use, and an id made up on the first read and kept in the
//   settings file: cryptography and a get-or-create no store convention describes.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PiaWpf.IDeviceKeyServiceCase;

[InMemoryFake]
public interface IDeviceKeyService
{
    string GetDeviceId();

    string GetAgreementPublicKey();

    string GetSigningPublicKey();

    byte[] DeriveSharedSecret(string remoteAgreementPublicKeyBase64);

    string Sign(byte[] data);

    bool Verify(byte[] data, string signatureBase64, string signingPublicKeyBase64);

    string GetFingerprint();

    string ComputeFingerprint(string agreementPublicKeyBase64);

    bool HasDeviceKeys();
}

public static class Smoke
{
    public static Task RunAsync(IDeviceKeyService keys)
    {
        var id = keys.GetDeviceId();
        Check.True(Guid.TryParse(id, out _), "the device id is a Guid string");
        Check.Equal(id, keys.GetDeviceId(), "the same id on every call");

        Check.False(keys.HasDeviceKeys(), "a new device has no keys until a member creates them");
        var agreement = keys.GetAgreementPublicKey();
        Check.Equal(65, Convert.FromBase64String(agreement).Length, "the public key is an uncompressed P-256 point");
        Check.True(keys.HasDeviceKeys(), "GetAgreementPublicKey created the device's keys");
        Check.Equal(agreement, keys.GetAgreementPublicKey(), "and answers the same key later");

        var data = new byte[] { 1, 2, 3 };
        var signature = keys.Sign(data);
        Check.True(keys.Verify(data, signature, keys.GetSigningPublicKey()), "a signature verifies with the signing key");
        Check.False(keys.Verify(new byte[] { 1, 2, 4 }, signature, keys.GetSigningPublicKey()), "and not for other data");

        var fingerprint = keys.GetFingerprint();
        Check.Equal(keys.ComputeFingerprint(agreement), fingerprint, "GetFingerprint is the fingerprint of the agreement key");
        Check.Equal(19, fingerprint.Length, "a fingerprint reads XXXX-XXXX-XXXX-XXXX");
        return Task.CompletedTask;
    }
}
