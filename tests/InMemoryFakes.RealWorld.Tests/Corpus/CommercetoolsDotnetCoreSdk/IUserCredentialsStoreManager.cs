// Source: https://github.com/commercetools/commercetools-dotnet-core-sdk
// Commit: 07a514dc1672
// Licence: Apache-2.0 (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample66 rule (the whole rule and the repositories it skipped: Corpus/ECommerceSpareParts/IS3StorageService.cs).
//   This one: the 3rd pick (the 75th of find_repos("commerce")). In path order its client, command, domain-model,
//   builder, serializer and visitor interfaces keep nothing; IAnonymousCredentialsStoreManager declares 2 members with
//   its base (Token, AnonymousId), ITokenFlowRegister and ITokenStoreManager 1; so IUserCredentialsStoreManager (2
//   members and Token of ITokenStoreManager, its base in the same repository).
// Path: commercetools.Sdk/commercetools.Sdk.HttpApi/Tokens/IUserCredentialsStoreManager.cs (real store:
//   Tokens/InMemoryUserCredentialsStoreManager.cs over Tokens/InMemoryTokenStoreManager.cs, registered by
//   DependencyInjectionSetup.cs; base: Tokens/ITokenStoreManager.cs; model: commercetools.Sdk.HttpApi.Domain/Token.cs)
// Adapted: the namespaces (one for all). Token cut down to its settable properties (its CreationDate, ExpirationDate
//   and Expired, computed from DateTime.Now, dropped). Nullable disabled, as in the source (no project enables it).
// Real store: InMemoryUserCredentialsStoreManager, the one the SDK registers (services.AddTransient), with auto-
//   properties: Token is null until set, then the Token object last set (PasswordTokenProvider sets it after it asks
//   the auth server for one, and again when it expired). Username and Password have setters on the class only; through
//   the interface they are read, never written, so they are null in the registered store; the SDK's examples register
//   their own UserCredentialsStoreManager that fills them from configuration (appsettings) instead.
// Shapes: Token=12; Username=none; Password=none
// First try (f923f300): incomplete: IMF0001 Token (a property with a setter), Username and Password (strings the real
//   store is configured with) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals of Username and Password are right: the registered store never fills
//   them and the examples' stores read them from appsettings, so what they answer is configuration, not state. Token, a
//   read-write slot for one value (the shape 12 as a property), is the near shape: refused as every property with
//   a setter is, since what a setter changes is the store's code; a convention for it would not complete this interface.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CommercetoolsDotnetCoreSdk.IUserCredentialsStoreManagerCase;

public class Token
{
    public string AccessToken { get; set; }

    public string TokenType { get; set; }

    public long ExpiresIn { get; set; }

    public string Scope { get; set; }

    public string RefreshToken { get; set; }
}

public interface ITokenStoreManager
{
    Token Token { get; set; }
}

[InMemoryFake]
public interface IUserCredentialsStoreManager : ITokenStoreManager
{
    string Username { get; }

    string Password { get; }
}

public static class Smoke
{
    public static Task RunAsync(IUserCredentialsStoreManager store)
    {
        Check.Null(store.Token, "no token before the first is set");
        var first = new Token { AccessToken = "a1", TokenType = "Bearer", ExpiresIn = 172800, Scope = "manage_my_orders", RefreshToken = "r1" };
        store.Token = first;
        Check.Equal("a1", store.Token?.AccessToken, "the token set is read back");
        store.Token = new Token { AccessToken = "a2", RefreshToken = "r1" };
        Check.Equal("a2", store.Token?.AccessToken, "a token set later replaces it");
        Check.Null(store.Username, "the registered store's Username is never written through the interface");
        Check.Null(store.Password, "nor its Password");
        return Task.CompletedTask;
    }
}
