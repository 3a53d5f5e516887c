// Source: https://github.com/Actual-Chat/actual-chat
// Commit: d228f67920ad
// Licence: AGPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample98 rule, fixed before any interface was looked at: the repositories find_repos("Chat") lists, in its
//   order, keeping only those with C# files (then find_repos("Message") if the list runs out); in each, at its newest
//   stored snapshot (fetch, then git grep for interface declarations in *.cs, paths in git's order), the first C#
//   interface outside test paths that has at least 3 members (inherited ones count) and whose implementation in the same
//   repository keeps state itself (reads or writes a database, cache, blob, table or in-memory collection; a facade that
//   only calls other services does not count); not a corpus source already; a licence that allows transcribing a
//   signature (no licence file: skipped); at most 1 per repository; stop after 3. The walk: the first 18 repositories
//   (indianchat, com.snapchat.android, Rocket.Chat, DeChat, sharechat, wechat-control, chatgpt-codesec-analysis,
//   chatwoot, wechat-apk-source, lobe-chat, tldw_chatbook, wachat, WeChat_tweak, LibreChat, Wechat6.7.3smali,
//   WeChat_java, HackWechat, miss-chatra) have no C# file; Actual-Chat/actual-chat is the 19th (this pick);
//   read-the-source-code/WeChat_v6.6.5 (20th) has none; intochat/digitalbrain the 21st (IBehavior); the 22nd to 61st
//   have none (open-chat, the decompiled WeChat, Snapchat and ChatGPT apps, ai-dial-chat, CHatOnWebserver, ggen,
//   stream-chat-android and -swift, chatos_rs, mechatronicuml, gptchat, lobe-chat's fork, Clarity, underchat,
//   saju-astro-chat, JCELechat, BotFramework-WebChat, unrdf, chatgpt-docker-puppeteer, WeChatRE, yawl, chatroom,
//   -ai-chat-server, chatwoot's fork, inline, livehelperchat, fuselage, wasm4pm, simplex-chat, tuan-chat-web, chat-ai,
//   chatgpt-test, Chatunitest); fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat the 62nd (IWechatAccessTokenEntityRepository).
//   Picks, in order: Actual-Chat IPhoneAuth; intochat IBehavior; fudiwei IWechatAccessTokenEntityRepository.
//   This one: the 1st pick. Before it in path order (src/dotnet/Api.Contracts): IAuthors, IChatMarkupHub, IChats,
//   ILinkPreviews, IMentions, IPlaces, IReactions, IRoles, IContacts, IExternalContactHashes, IExternalContacts,
//   IInvites, IMLSearch, IMediaLinkPreviews, INotifications, ISearch, IStreamClient, IStreamServer, IAccounts, IAvatars,
//   ICaptcha, IChatPositions, IChatUsages, IEmails, IMobileSessions, INativeAuthClient: their implementations only call
//   the backend services (or send mail, or have none), none touches a store itself.
// Path: src/dotnet/Api.Contracts/Users/IPhoneAuth.cs (the interface and its commands; its one implementation:
//   src/dotnet/Users.Service/Phone/PhoneAuth.cs, a DbServiceBase<UsersDbContext>; TotpPurpose: src/dotnet/Api/Users)
// Adapted: IComputeService (ActualLab.Fusion), [ComputeMethod] and [CommandHandler] are local stand-ins; Session, Phone
//   and Moment (ActualLab/ActualChat types) are cut to one property; the commands drop their DataContract/MemoryPack
//   attributes and the ISessionCommand/IApiCommand interfaces. Nullable enabled, as in the source (Directory.Build.props).
// Real store: PhoneAuth. IsEnabled answers whether the host is a development instance or Twilio is configured.
//   OnSendTotp makes a time-based one-time code from the session's random secret, the phone and the purpose, sends it
//   by SMS (not for a phone with a predefined code) and answers now + TotpUIThrottling. OnValidateTotp checks the code
//   (a predefined code for a predefined phone, else the TOTP for SignIn): false when wrong; when right it signs the
//   session in with a user of that phone (AuthBackend_SignIn) and answers true. OnVerifyPhone checks the code for
//   VerifyPhone: false when wrong; when right it writes the phone into the session's account (AccountsBackend_Update)
//   and into its DbUser row with the phone identity (Unauthorized when another user has the phone) and answers true.
// Shapes: *=none
// First try (559db242): incomplete: IMF0001 on all 4 members (IsEnabled, OnSendTotp, OnValidateTotp, OnVerifyPhone: no
//   known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a one-time-code sign-in service whose answers come from a
//   clock, a secret and a configuration, and whose writes (a signed-in session, a phone on an account) are side effects
//   of a code check; no member names a stored entry, and no table of the fake could say whether a code is right.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ActualChat.IPhoneAuthCase;

public interface IComputeService
{
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class ComputeMethodAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class CommandHandlerAttribute : Attribute
{
}

public sealed record Session(string Id);

public readonly record struct Moment(long EpochOffsetTicks);

public readonly record struct Phone(string Value);

public enum TotpPurpose
{
    SignIn,
    VerifyPhone,
    VerifyEmail,
}

public sealed record PhoneAuth_SendTotp(Session Session, Phone Phone, TotpPurpose Purpose = TotpPurpose.SignIn);

public sealed record PhoneAuth_ValidateTotp(Session Session, Phone Phone, int Totp);

public sealed record PhoneAuth_VerifyPhone(Session Session, Phone Phone, int Totp);

[InMemoryFake]
public interface IPhoneAuth : IComputeService
{
    [ComputeMethod]
    Task<bool> IsEnabled(CancellationToken cancellationToken);
    [CommandHandler]
    Task<Moment> OnSendTotp(PhoneAuth_SendTotp command, CancellationToken cancellationToken);
    [CommandHandler]
    Task<bool> OnValidateTotp(PhoneAuth_ValidateTotp command, CancellationToken cancellationToken);
    [CommandHandler]
    Task<bool> OnVerifyPhone(PhoneAuth_VerifyPhone command, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IPhoneAuth auth)
    {
        var session = new Session("session-1");
        var phone = new Phone("1-2345678901");

        // No code was sent for this session and phone: a TOTP check of one fails (the real store computes the code from
        // the session's secret, the phone and the time, so a code that was never sent is wrong but by a one-in-a-million
        // chance; 0 is used as that code).
        Check.False(await auth.OnValidateTotp(new PhoneAuth_ValidateTotp(session, phone, 0), CancellationToken.None), "OnValidateTotp of a code never sent is false");
        Check.False(await auth.OnVerifyPhone(new PhoneAuth_VerifyPhone(session, phone, 0), CancellationToken.None), "OnVerifyPhone of a code never sent is false and writes nothing");
    }
}
