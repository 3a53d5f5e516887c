// Source: https://github.com/microsoft/CmdPalAzureExtension
// Commit: b9d1d8d2cea2 (the interface last changed in e57c928f4d84)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample62 rule, fixed before probing (written in full in Corpus/CodeContracts/IClousotCache.cs).
//   This one: the 6th pick (CmdPalAzureExtension; its first hit in path order, 8 members: the signed-in accounts are the
//   state, written by a sign-in and a sign-out and read back by the other members).
// Path: AzureExtension/Account/IAccountProvider.cs (real store: AccountProvider.cs beside it, over MSAL's
//   IPublicClientApplication with a token cache persisted by MsalCacheHelper; IAccount is MSAL's
//   Microsoft.Identity.Client.IAccount, VssCredentials Azure DevOps' Microsoft.VisualStudio.Services.Common)
// Adapted: the namespaces (one for all). MSAL's IAccount cut down to Username, Environment and HomeAccountId (an
//   AccountId of Identifier, ObjectId, TenantId); VssCredentials to an empty class with a token string. Nullable enabled,
//   as in the source (Directory.Build.props).
// Real store: AccountProvider keeps no list of its own: the accounts are MSAL's token cache (a file, shared by the
//   extension's processes). ShowLogonSession() runs the interactive Windows sign-in (WAM broker) and answers the signed-in
//   account, adding it to the cache; cancelled or failed, it throws InvalidOperationException. GetLoggedInAccounts()
//   answers the cache's accounts; GetDefaultAccount()/GetDefaultAccountAsync() the first of them (null when none, though
//   declared IAccount). LogoutAccount(username) removes the accounts of that user name (ordinal) and answers true whether
//   or not one was there. GetCredentials/GetCredentialsAsync(account) acquire a token silently for the account's user
//   name and wrap it as a bearer VssAadCredential (MsalUiRequiredException when the cache holds no usable token).
//   IsSignedIn() answers whether the cache holds any account.
// Shapes: *=core
// First try (71d37bc): incomplete: IMF0001 on all 8, read as a key-value store of VssCredentials keyed by IAccount:
//   ShowLogonSession, LogoutAccount, IsSignedIn ('not a known verb'), GetLoggedInAccounts, GetDefaultAccount,
//   GetDefaultAccountAsync (a noun after Get that is not the store's), GetCredentials, GetCredentialsAsync (an
//   interface key compares by reference) | WRONG: none (nothing generated).
// After this round: unchanged, and rightly refused: a sign-in is interactive (the WAM broker), the accounts are
//   MSAL's token cache and a credential is a token acquired for the account's user name; nothing is a value a caller
//   writes and reads back.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CmdPalAzureExtension.IAccountProviderCase;

public sealed class AccountId
{
    public AccountId(string identifier, string objectId, string tenantId)
    {
        Identifier = identifier;
        ObjectId = objectId;
        TenantId = tenantId;
    }

    public string Identifier { get; }
    public string ObjectId { get; }
    public string TenantId { get; }
}

public interface IAccount
{
    string Username { get; }
    string Environment { get; }
    AccountId HomeAccountId { get; }
}

public class VssCredentials
{
    public string Token { get; set; } = string.Empty;
}

[InMemoryFake]
public interface IAccountProvider
{
    Task<IAccount> ShowLogonSession();

    Task<bool> LogoutAccount(string username);

    Task<IEnumerable<IAccount>> GetLoggedInAccounts();

    VssCredentials GetCredentials(IAccount account);

    Task<VssCredentials> GetCredentialsAsync(IAccount account);

    IAccount GetDefaultAccount();

    Task<IAccount> GetDefaultAccountAsync();

    bool IsSignedIn();
}

public static class Smoke
{
    public static async Task RunAsync(IAccountProvider accounts)
    {
        Check.False(accounts.IsSignedIn(), "with an empty token cache no account is signed in");
        Check.Equal(0, (await accounts.GetLoggedInAccounts()).Count(), "and none is listed");
        Check.Null(accounts.GetDefaultAccount(), "the default account of an empty cache is null (FirstOrDefault)");

        var account = await accounts.ShowLogonSession();
        Check.NotNull(account, "an interactive sign-in answers the account");
        Check.True(accounts.IsSignedIn(), "which is then signed in");
        Check.Equal(account.Username, (await accounts.GetDefaultAccountAsync()).Username, "and the default account");
        Check.NotNull(await accounts.GetCredentialsAsync(account), "a signed-in account gets a bearer credential");

        Check.True(await accounts.LogoutAccount("nobody@example.com"), "signing out a user not signed in answers true");
        Check.Equal(1, (await accounts.GetLoggedInAccounts()).Count(), "and signs out no one");
        Check.True(await accounts.LogoutAccount(account.Username), "signing out answers true");
        Check.Equal(0, (await accounts.GetLoggedInAccounts()).Count(), "and removes the account from the cache");
    }
}
