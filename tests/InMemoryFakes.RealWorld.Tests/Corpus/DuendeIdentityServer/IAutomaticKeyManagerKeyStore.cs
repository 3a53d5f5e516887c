// Source: https://github.com/DuendeSoftware/IdentityServer
// Commit: 0850cda5
// Licence: Duende Software licence (source-available; an interface signature and minimal models transcribed for a test)
// Sample: h-sample15 rule, fixed before probing: in these repositories, in this order (danielgerlag/workflow-core,
//   MiniProfiler/dotnet, DuendeSoftware/IdentityServer, Prowlarr/Prowlarr, anjoy8/Blog.Core, zhontai/Admin.Core,
//   OrchardCMS/Orchard, mehdihadeli/food-delivery-microservices, cloudscribe/cloudscribe, dotnetcore/WTM,
//   DotNetNext/SqlSugar, umbraco/Umbraco-CMS), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). The round's hard deadline cut the list at 8, in
//   that order: workflow-core IEventRepository, IScheduledCommandRepository, ISubscriptionRepository; MiniProfiler
//   IAsyncStorage (its only one); Duende IAutomaticKeyManagerKeyStore, ICache<T>, IConsentMessageStore; Prowlarr
//   IAppIndexerMapRepository. Not transcribed for lack of time: Prowlarr's IApplicationsRepository and
//   IApplicationStatusRepository and the repositories after Prowlarr in the list.
//   Duende's clients/.../DPoP/IReplayCache, IClientConfigurationStore and ISigningKeyStoreCache declare 2 or fewer;
//   its IAuthorizationParametersMessageStore is skipped as already in the corpus (IdentityServer4's, the same
//   interface of the same product line, same signatures).
//   This one: the 1st of DuendeSoftware/IdentityServer (1 member plus 2 from its bases in the same repository).
// Path: src/IdentityServer/Services/Default/KeyManagement/AutomaticKeyManagerKeyStore.cs (bases:
//   src/IdentityServer/Stores/IValidationKeysStore.cs, ISigningCredentialStore.cs; model: Models/SecurityKeyInfo.cs)
// Adapted: Microsoft.IdentityModel.Tokens' SigningCredentials and SecurityKey replaced by stand-ins with the
//   properties the store reads (Key, Algorithm; KeyId). The file builds without nullable annotations (#nullable disable).
// Real store: the same file's AutomaticKeyManagerKeyStore, a read-only view over IKeyManager (it has no write):
//   options disabled: null / empty for all three; GetAllSigningCredentialsAsync a SigningCredentials per CURRENT key
//   container (IKeyManager.GetCurrentKeysAsync: the active key per algorithm, after rotation and creation); 
//   GetSigningCredentialsAsync the first of those whose Algorithm is options.DefaultSigningAlgorithm (null when none);
//   GetValidationKeysAsync a SecurityKeyInfo per key container of GetAllKeysAsync (retired and announced ones too).
//   Which keys are current is the key manager's rotation policy, not a stored fact.
// Shapes: *=core
// First try (acd8f01): incomplete: IMF0009 SecurityKeyInfo has no key; no fake generated, nothing wrong. Right to
//   refuse: the real store has no write and answers from the key manager's rotation policy. Unchanged.

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DuendeIdentityServer.IAutomaticKeyManagerKeyStoreCase;

public class SecurityKey
{
    public string KeyId { get; set; }
}

public class SigningCredentials
{
    public SigningCredentials(SecurityKey key, string algorithm)
    {
        Key = key;
        Algorithm = algorithm;
    }

    public SecurityKey Key { get; }

    public string Algorithm { get; }
}

public class SecurityKeyInfo
{
    public SecurityKey Key { get; set; } = default!;

    public string SigningAlgorithm { get; set; } = default!;
}

public interface IValidationKeysStore
{
    Task<IEnumerable<SecurityKeyInfo>> GetValidationKeysAsync();
}

public interface ISigningCredentialStore
{
    Task<SigningCredentials> GetSigningCredentialsAsync();
}

[InMemoryFake]
public interface IAutomaticKeyManagerKeyStore : IValidationKeysStore, ISigningCredentialStore
{
    Task<IEnumerable<SigningCredentials>> GetAllSigningCredentialsAsync();
}

public static class Smoke
{
    public static async Task RunAsync(IAutomaticKeyManagerKeyStore store)
    {
        // The real store has no write: what it lists is what the key manager holds. A fresh key manager with no key
        // yet creates one on first use, so even the empty case is the manager's policy; the script checks only that
        // the three reads agree with each other.
        var all = (await store.GetAllSigningCredentialsAsync()).ToList();
        var validation = (await store.GetValidationKeysAsync()).ToList();
        Check.True(validation.Count >= all.Count, "every current signing key is also a validation key");
        var current = await store.GetSigningCredentialsAsync();
        Check.True(current == null || all.Any(c => c.Key.KeyId == current.Key.KeyId), "the signing credential is one of all the signing credentials");
    }
}
