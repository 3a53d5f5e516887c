// Source: https://github.com/NCodeGroup/Identity
// Commit: d6e0b58189e5
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample95 rule (the whole rule: Corpus/SimpleIdentityServer/IConcurrencyManager.cs). This one: the 2nd pick,
//   from NCodeGroup/Identity (the 30th repository listed; the 23rd, AzureAD/azure-activedirectory-identitymodel-
//   extensions-for-dotnet, has no interface outside tests with a state-keeping implementation and 3 members). Before it
//   in path order: ICollectionDataSource<T> and ICollectionProvider<TItem, TCollection> (one member each, besides the
//   inherited GetChangeToken and DisposeAsync), ICollectionDataSourceFactory and ICollectionProviderFactory (factories),
//   ISupportClone, the data protection and AES key wrap interfaces (no state).
// Path: NCode.Identity.Jose.Abstractions/Algorithms/IAlgorithmCollection.cs (implementation: NCode.Identity.Jose/
//   Algorithms/AlgorithmCollection.cs; models: NCode.Identity.Jose.Abstractions/Algorithms/Algorithm.cs,
//   AlgorithmType.cs, SignatureAlgorithm.cs, KeyManagementAlgorithm.cs, AuthenticatedEncryptionAlgorithm.cs,
//   CompressionAlgorithm.cs)
// Adapted: the XML comments and [PublicAPI] are dropped; Algorithm keeps Type and Code; the four algorithm kinds keep
//   only their Type override (their cryptography members and KeyedAlgorithm, the base of three of them, are left out).
//   Nullable enabled, as in the source project.
// Real store: AlgorithmCollection, a Dictionary keyed by (Type, Code) built from the algorithms given at construction
//   (the registered ones; a duplicate (Type, Code) throws there). Count is how many; the enumerator lists them.
//   TryGetAlgorithm<T>(type, code, out T) finds the algorithm of that type and code and answers true only when it is a
//   T; TryGetSignatureAlgorithm(code, out …) is TryGetAlgorithm(AlgorithmType.DigitalSignature, code, …), and likewise
//   KeyManagement, AuthenticatedEncryption and Compression. Codes compare ordinally; a code of another type is not found.
// Shapes: *=none; TryGetAlgorithm=5
// First try (45df1faa): incomplete: IMF0001 on 6 of 7 (GetEnumerator: Enumerator is no noun of the store; TryGetAlgorithm
//   and the four TryGet{Kind}Algorithm: the noun names neither the store's values nor the interface). Generated: Count,
//   over a table of string values | WRONG: none the smoke script reaches (Count of an empty collection is 0 in both);
//   noted: the fake's table holds strings (TryGetAlgorithm's algorithmCode was read as a value), so no algorithm can be
//   seeded into it and the generated Count counts a table the hand-written lookups cannot use.
// After this round: unchanged. The refusals are right: the store is keyed by two values, one of which the TryGet{Kind}
//   names fix, and a lookup answers true only for an algorithm of the subclass asked for; no signature says either. Left:
//   the table's value type (string) comes from a three-parameter TryGet whose second parameter is no value; Count should
//   be written with the lookups.
#nullable enable

using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NCodeIdentity.IAlgorithmCollectionCase;

public enum AlgorithmType
{
    Unspecified = 0,
    DigitalSignature,
    KeyManagement,
    AuthenticatedEncryption,
    Compression,
}

public abstract class Algorithm
{
    public abstract AlgorithmType Type { get; }

    public abstract string Code { get; }
}

public abstract class SignatureAlgorithm : Algorithm
{
    public override AlgorithmType Type => AlgorithmType.DigitalSignature;
}

public abstract class KeyManagementAlgorithm : Algorithm
{
    public override AlgorithmType Type => AlgorithmType.KeyManagement;
}

public abstract class AuthenticatedEncryptionAlgorithm : Algorithm
{
    public override AlgorithmType Type => AlgorithmType.AuthenticatedEncryption;
}

public abstract class CompressionAlgorithm : Algorithm
{
    public override AlgorithmType Type => AlgorithmType.Compression;
}

[InMemoryFake]
public interface IAlgorithmCollection : IReadOnlyCollection<Algorithm>
{
    bool TryGetAlgorithm<T>(
        AlgorithmType algorithmType,
        string algorithmCode,
        [MaybeNullWhen(false)] out T algorithm)
        where T : Algorithm;

    bool TryGetSignatureAlgorithm(
        string algorithmCode,
        [MaybeNullWhen(false)] out SignatureAlgorithm algorithm);

    bool TryGetKeyManagementAlgorithm(
        string algorithmCode,
        [MaybeNullWhen(false)] out KeyManagementAlgorithm algorithm);

    bool TryGetAuthenticatedEncryptionAlgorithm(
        string algorithmCode,
        [MaybeNullWhen(false)] out AuthenticatedEncryptionAlgorithm algorithm);

    bool TryGetCompressionAlgorithm(
        string algorithmCode,
        [MaybeNullWhen(false)] out CompressionAlgorithm algorithm);
}

public sealed class Rs256 : SignatureAlgorithm
{
    public override string Code => "RS256";
}

public sealed class RsaOaep : KeyManagementAlgorithm
{
    public override string Code => "RSA-OAEP";
}

public sealed class A128Gcm : AuthenticatedEncryptionAlgorithm
{
    public override string Code => "A128GCM";
}

public sealed class Deflate : CompressionAlgorithm
{
    public override string Code => "DEF";
}

public static class Smoke
{
    public static Task RunAsync(IAlgorithmCollection algorithms)
    {
        Check.Equal(0, algorithms.Count, "a collection of no algorithms counts none");
        Check.False(algorithms.TryGetSignatureAlgorithm("RS256", out _), "and finds none");

        Algorithm[] registered = [new Rs256(), new RsaOaep(), new A128Gcm(), new Deflate()];
        ((IInMemoryFake)algorithms).Seed(registered.Select(a => new KeyValuePair<(AlgorithmType, string), Algorithm>((a.Type, a.Code), a)).ToArray());
        Check.Equal(4, algorithms.Count, "Count is how many algorithms the collection holds");
        Check.Equal(4, algorithms.Count(), "and the enumerator lists each of them");

        Check.True(algorithms.TryGetSignatureAlgorithm("RS256", out var signature) && signature is Rs256, "a signature algorithm is found by its code");
        Check.False(algorithms.TryGetSignatureAlgorithm("rs256", out _), "codes compare ordinally");
        Check.False(algorithms.TryGetSignatureAlgorithm("RSA-OAEP", out _), "a code of another kind is no signature algorithm");
        Check.True(algorithms.TryGetKeyManagementAlgorithm("RSA-OAEP", out var keyManagement) && keyManagement is RsaOaep, "a key management algorithm by its code");
        Check.True(algorithms.TryGetAuthenticatedEncryptionAlgorithm("A128GCM", out var encryption) && encryption is A128Gcm, "an authenticated encryption algorithm by its code");
        Check.True(algorithms.TryGetCompressionAlgorithm("DEF", out var compression) && compression is Deflate, "a compression algorithm by its code");

        Check.True(algorithms.TryGetAlgorithm<Algorithm>(AlgorithmType.DigitalSignature, "RS256", out _), "TryGetAlgorithm finds by type and code");
        Check.True(algorithms.TryGetAlgorithm<SignatureAlgorithm>(AlgorithmType.DigitalSignature, "RS256", out _), "as the subclass asked for");
        Check.False(algorithms.TryGetAlgorithm<CompressionAlgorithm>(AlgorithmType.DigitalSignature, "RS256", out _), "and answers false when the algorithm is not of that subclass");
        Check.False(algorithms.TryGetAlgorithm<Algorithm>(AlgorithmType.Compression, "RS256", out _), "a code under another type is not found");
        return Task.CompletedTask;
    }
}
