// Source: https://github.com/governmentbg/edelivery2022
// Commit: 47995461ad97 (the snapshot's HEAD, 2025-09-09; SAML2/src/SAML2/State/ last changed in 9e4f2ad, "Update web
//   portal"; CacheStateService.cs, SessionStateService.cs, CacheStateServiceFactory.cs and StateServiceProvider.cs read
//   at the same commit)
// Licence: MPL-1.1 (the vendored SAML2 library's own LICENSE, EDelivery.WebPortal/SAML2/LICENSE: a fork of
//   OIOSAML.NET; the repository's root LICENSE is EUPL-1.2; an interface signature transcribed for a test)
// Sample: h-sample134 rule (/work/prompts/out/h-sample134-rule.md; the full rule is in
//   Corpus/KontentAiDeliverySdkNet/IDeliveryCacheManager.cs). This one: find_repos("Delivery") #49, the 2nd pick. Before
//   it in git's order: ITimeLimitedDataProtector (2 of its own, its base is Owin's), the WCF client contract
//   ISEOSPostService and its channel (the generated proxy forwards SOAP calls, no state of its own), IAction (sign-on and
//   logout hooks keeping only a Name), three of 1 member, ISaml20Identity (an identity value built from one assertion: a
//   judgment, reported to the lead), IInternalLogger (a no-op logger), ILoggerFactory (2), ICertificateSpecification (1).
// Path: EDelivery.WebPortal/SAML2/src/SAML2/State/IInternalStateService.cs (real stores: State/CacheStateService.cs, the
//   default through StateServiceProvider and CacheStateServiceFactory, and State/SessionStateService.cs; callers:
//   Protocol/Saml20SignonHandler.cs, Saml20LogoutHandler.cs, Actions/CDCRedirectAction.cs, SamlPrincipalAction.cs)
// Adapted: nothing but the namespace (the source's SAML2.State) and the #region lines. Nullable disabled, as in the
//   source (.NET Framework 4.7.1, C# 7.3).
// Real store: CacheStateService (no state element in the portal's <saml2> configuration, so StateServiceProvider takes
//   the CacheStateServiceFactory: one CacheStateService for every caller, cacheExpiration 60 minutes). Each key is
//   stored in ASP.NET's HttpContext.Cache under "{prefix}-{key}", the prefix a random value kept in the browser's
//   SAML2Session cookie (so one browser session sees its own entries). Get<T>(key): the cached object cast with (T):
//   default(T) when missing, InvalidCastException when it is of another type. Set(key, value): Cache.Insert with a
//   sliding expiration of 60 minutes (renewed by each read), replacing any value; a null value removes the key (Get then
//   answers default, as SessionStateService, which stores the null, does too). Remove(key): removes it (nothing for a
//   missing key).
// Shapes: *=core; Get=5
// First try (68ce44f4): complete (IMF0026 info on Get: an oblivious T answers default for a missing key): Get<T> (the value
//   when it is a T, default for a missing key, InvalidCastException naming the member for a value of another type), Set
//   (a store of object values; the value replaced), Remove | WRONG: none silent. Loud: Set(key, null) throws
//   ArgumentNullException naming 'value' (the documented reading of a null value the signature does not allow), where
//   CacheStateService removes the key (and SessionStateService stores the null; both then read as default): the script's
//   last check fails there. The real store's entries expire after 60 idle minutes (a sliding expiration of the SAML2
//   configuration's, renewed by each read); the fake's never do: no signature shows it, and DefaultTtlSeconds is an
//   absolute time to live, not a sliding one.
// Configured: MissingKeyReads = MissingKeyRead.Default (Get<T> of a missing key is default(T): CacheStateService's
//   `value == null ? default(T) : (T)value`, as SessionStateService's; states IMF0026's reading); NullValueWrites =
//   NullValueWrite.Remove (CacheStateService's Set(key, null) removes the key; since session 42).
// After this round: unchanged (complete); the null value stays a known mismatch (KnownSmokeMismatches).
// After session 42 (h-meaning42): configured NullValueWrites = NullValueWrite.Remove (CacheStateService's Set(key, null) is
//   Cache.Remove): the script passes whole, and the entry left KnownSmokeMismatches.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EDelivery2022.IInternalStateServiceCase;

[InMemoryFake(MissingKeyReads = MissingKeyRead.Default, NullValueWrites = NullValueWrite.Remove)]
public interface IInternalStateService
{
    T Get<T>(string key);

    void Remove(string key);

    void Set(string key, object value);
}

public static class Smoke
{
    public static Task RunAsync(IInternalStateService state)
    {
        Check.Null(state.Get<string>("idpTempSession"), "a missing key reads as default(T): null");
        Check.Equal(0, state.Get<int>("attempts"), "a missing key reads as default(T): 0");

        state.Set("idpTempSession", "https://idp.example/saml");
        Check.Equal("https://idp.example/saml", state.Get<string>("idpTempSession"), "the value set");
        state.Set("idpTempSession", "https://other.example/saml");
        Check.Equal("https://other.example/saml", state.Get<string>("idpTempSession"), "a second Set replaces it");

        state.Set("attempts", 3);
        Check.Equal(3, state.Get<int>("attempts"), "a boxed int reads back as int");
        Check.Throws<InvalidCastException>(() => state.Get<string>("attempts"), "a value of another type is the (T) cast's InvalidCastException");

        state.Remove("attempts");
        Check.Equal(0, state.Get<int>("attempts"), "a removed key reads as default");
        state.Remove("never-set");

        state.Set("idpTempSession", null);
        Check.Null(state.Get<string>("idpTempSession"), "Set with a null value removes the key (Cache.Remove): it reads as default");
        return Task.CompletedTask;
    }
}
