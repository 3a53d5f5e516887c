// Source: https://github.com/minvws/nl-covid19-notification-app-backend
// Commit: 2a4ab58e5a4d
// Licence: EUPL-1.2 (LICENSE.txt; an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample100 rule (written in Corpus/AltinnNotifications/ISmsPublishTaskQueue.cs with the whole walk): the
//   2nd pick. In path order the 43 interfaces before it under src/ keep no state: configuration read from
//   IConfiguration (IHttpResponseHeaderConfig, IHsmSignerConfig, IEfgsConfig, IEksConfig, ITekValidatorConfig,
//   IWorkflowConfig, IEksHeaderInfoConfig, …), an HTTP client (IRestApiClient), a clock (IUtcDateTimeProvider), an HSM
//   signer (IHsmSignerService), calculators and formatters, or declare fewer than 3 members (IContentEntityFormatter,
//   ICommand<T>, ISnapshotEksInput, IAuthCodeGenerator …); IAuthCodeService's AuthCodeService keeps the codes in an
//   IMemoryCache.
// Path: src/Icc.Commands/Authorisation/Code/IAuthCodeService.cs (AuthClaim from src/Icc.Commands/Models/AuthClaim.cs);
//   real store: src/Icc.Commands/Authorisation/Code/AuthCodeService.cs
// Adapted: AuthClaim as in the source (two public fields and its validating constructor); the namespaces (one for all).
//   Nullable disabled, as in the source (net6.0, no Nullable set).
// Real store: AuthCodeService over an IMemoryCache and an IAuthCodeGenerator. GenerateAuthCode(principal): null throws
//   ArgumentNullException; else a new code from the generator (random characters), the principal's claims copied to a
//   List<AuthClaim> (Type, Value) stored under the code with no expiry, and the code returned. GetClaimsByAuthCode(code):
//   a null, empty or blank code throws ArgumentException; else the list stored under it (the same list instance), or
//   null for a code not there. RevokeAuthCode(code): a null or blank code throws ArgumentException; else removes the
//   code (none there: nothing happens).
// Shapes: *=core; GenerateAuthCode=12; GetClaimsByAuthCode=core; RevokeAuthCode=12
// First try (cc7c7c0f): incomplete: IMF0001 on all 3: GenerateAuthCode ("not a known verb"), GetClaimsByAuthCode
//   ("it starts with Get, which is one, but 'ClaimsByAuthCode' after it is no noun of this store"), RevokeAuthCode ("not
//   a known verb") | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: GenerateAuthCode makes the key itself (a random code) and
//   stores a projection of its argument (the principal's claims), which no signature says; RevokeAuthCode removes the
//   code here, where a token deny-list's RevokeToken(token) adds the token and an entity store marks the row, so Revoke
//   has opposite meanings in real stores; RevokeAuthCode's message now says so (Sample100Tests) instead of "not a known
//   verb". GetClaimsByAuthCode is the Get of the key (IMemoryCache.Get: null for a code not there), but a Get{Noun}By
//   {Name}(key) of a key-value store is a read of the key only when {Name} is no property of the values; left (below).
#nullable disable

using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NlCovid19NotificationBackend.IAuthCodeServiceCase;

public class AuthClaim
{
    public string Type;
    public string Value;

    public AuthClaim(string type, string value)
    {
        Type = string.IsNullOrWhiteSpace(type) ? throw new ArgumentException(nameof(type)) : type;
        Value = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(nameof(value)) : value;
    }
}

[InMemoryFake]
public interface IAuthCodeService
{
    string GenerateAuthCode(ClaimsPrincipal claimsPrincipal);
    List<AuthClaim> GetClaimsByAuthCode(string authCode);
    void RevokeAuthCode(string authCode);
}

public static class Smoke
{
    public static Task RunAsync(IAuthCodeService service)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim("sub", "user-1"), new Claim("name", "Ann") }, "test"));

        Check.Null(service.GetClaimsByAuthCode("no-such-code"), "a code never generated has no claims");
        var code = service.GenerateAuthCode(principal);
        Check.False(string.IsNullOrWhiteSpace(code), "GenerateAuthCode returns a code");
        var claims = Check.NotNull(service.GetClaimsByAuthCode(code), "the code's claims are stored");
        Check.Equal(2, claims.Count, "both claims of the principal");
        Check.Equal("sub", claims[0].Type, "with their types");
        Check.Equal("Ann", claims[1].Value, "and their values");

        var other = service.GenerateAuthCode(principal);
        Check.False(other == code, "a second code is another code");
        Check.NotNull(service.GetClaimsByAuthCode(other), "and has the claims too");

        service.RevokeAuthCode(code);
        Check.Null(service.GetClaimsByAuthCode(code), "a revoked code has no claims");
        Check.NotNull(service.GetClaimsByAuthCode(other), "and the other code keeps its claims");
        service.RevokeAuthCode(code);

        Check.Throws<ArgumentNullException>(() => service.GenerateAuthCode(null), "GenerateAuthCode(null) throws");
        Check.Throws<ArgumentException>(() => service.GetClaimsByAuthCode(" "), "a blank code is refused");
        Check.Throws<ArgumentException>(() => service.RevokeAuthCode(""), "an empty code is refused");
        return Task.CompletedTask;
    }
}
