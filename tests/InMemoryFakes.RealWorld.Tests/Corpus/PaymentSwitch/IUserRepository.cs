// Source: https://github.com/Emmanuel-Ejeagha/Payment-switch
// Commit: 7a1685e54001
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample99 rule, fixed before probing: the repositories find_repos("Payment") lists, in its order, keeping
//   those with C# files (find_repos("Order") only if that list ran out; it did not); in each, at the newest stored
//   snapshot (fetch, then git grep for interfaces in *.cs, paths sorted ordinally), the first interface outside paths
//   containing "test" (any case) whose implementation in the same repository keeps state (a database, cache, blob,
//   table, in-memory collection) and which has at least 3 members; not a corpus source already; at most 1 per
//   repository; stop after 3. In order: woowacourse/react-payments, woowacourse/spring-roomescape-payment,
//   Automattic/woocommerce-payments, next-step/react-payments, code-payments/code-android-app, MPayments/bedrock have
//   no C#; PlayLlc/PaymentSystem has no licence file of its own (only third parties' under Source/Mobile/ThirdParties):
//   skipped; PayAidPayments/PayAid-V3, woocommerce/woocommerce-paypal-payments, DFE-Digital/claim-additional-payments-
//   for-teaching no C#; SkillsFundingAgency/das-payments-V2 (MIT) gives IActorDataCache<T>; mopayment1-commits/
//   blackdark, agear13/paymentapp, code-payments/code-ios-app no C#; drewpayment/ds-example has no licence file:
//   skipped; formancehq/payments, FangYongLiu/payment-qa-knowledge, TheArchitect1111/ea-payments, Sanjay-Vishwakarma/
//   Paymentz, nuanu-ai/agent-payment-node, tools20022/tools20022-api-payments, masumi-network/masumi-payment-service,
//   SplendorAnLin/paymentSystem, chaiwatt/tisi_epayment, Paymenter/Paymenter, hyoguoo/payment-platform, Nagavenkatasai7/
//   claude-payments, AptoPayments/apto-sdk-android, kouxko/gmofg-payment-proxy, woowacourse/android-payments,
//   WynkLimited/payments-service, huggingface95/payment-service, jpmorgan-payments/embedded-finance, PineTreePayments/
//   app.pinetree-payments, joncode/giftcard_payment_rails_server, drewpayment/orbit no C#; SkillsFundingAgency/
//   das-providerpayments (MIT) gives LevyPayments' IAccountRepository; buberwa88/iLMS_Repayment no C#;
//   dodopayments/dodopayments-csharp has no such interface (its services call the remote API; its models are JSON);
//   thlws/payment-thl ... NethermindEth/stellar-private-payments (31 repositories) no C#; hasancagri/PaymentGateway has
//   no licence file: skipped; next-step/android-payments, dodopayments/dodopayments-php, IsaHaameem/cloud-native-
//   payment-processing-platform no C#; Emmanuel-Ejeagha/Payment-switch (MIT) gives Identity's IUserRepository: 3, stop.
//   This one: the 3rd pick (Payment-switch; in path order the interfaces before it are the building blocks' event
//   dispatcher and handler, and Identity's IEventBus (RabbitMQ, 1 member), IPasswordHasher, ITokenService (no state) and
//   IUnitOfWork (1 member); 10 members).
// Path: src/Services/Identity/Identity.Application/Interfaces/IUserRepository.cs (real store: Identity.Infrastructure/
//   Persistence/Repositories/UserRepository.cs; models: Identity.Domain/Entities/User.cs.cs and ApiKey.cs,
//   ValueObjects/Email.cs and TokenValue.cs, BuildingBlocks.Shared/Aggregate/BaseEntity .cs, Identity.Application/DTOs/
//   ApiKeyDto.cs)
// Adapted: the namespaces (one for all). User keeps Email, IsActive, its refresh tokens and API keys and the methods
//   that add them (PasswordHash, FullName, roles and domain events dropped; AggregateRoot folded into BaseEntity, whose
//   IEquatable by Id is dropped); Email and TokenValue keep their values and checks (ValueObject's equality written
//   out); ApiKey keeps its properties and Revoke. Nullable enabled, as in the source.
// Real store: UserRepository over EF Core's AppDbContext; no method saves (the service's IUnitOfWork.SaveChangesAsync
//   does), so the script saves nothing itself and reads what the context tracks. GetByIdAsync(id) is FirstOrDefault by
//   Id. GetByEmailAsync(email) lower-cases email and compares it with Email.Value (stored lower-cased); ExistsByEmailAsync
//   (email) compares email as given (so a capital letter finds nothing). AddAsync adds the user (a tracked Id twice:
//   InvalidOperationException); UpdateAsync marks it modified. FindByRefreshTokenAsync(token) loads every user and
//   answers the first with a refresh token of that value (revoked or expired too). GetByIdWithApiKeysAsync(id) is
//   GetByIdAsync with the API keys included. AddApiKeyAsync(user, apiKey) adds the key to the ApiKeys table with the
//   shadow UserId = user.Id. GetApiKeysByUserIdAsync(userId) projects that user's keys to ApiKeyDto(Id, Environment,
//   CreatedAt, RevokedAt). RevokeApiKeyAsync(userId, keyId) finds the key of that id and user (false when none), sets its
//   RevokedAt to now and answers true.
// Shapes: *=core; GetByEmailAsync=4; ExistsByEmailAsync=4; FindByRefreshTokenAsync=6; GetByIdWithApiKeysAsync=8;
//   RevokeApiKeyAsync=20; AddApiKeyAsync=1; GetApiKeysByUserIdAsync=5
// First try (559db242): incomplete: IMF0018 on GetByEmailAsync and ExistsByEmailAsync ("parameter 'email' is string,
//   which does not convert to Email") and FindByRefreshTokenAsync ("string, which does not convert to an element of
//   RefreshTokens (TokenValue)"); IMF0015 on GetByIdWithApiKeysAsync ("'WithApiKeys' after property Id is not an
//   operator") and GetApiKeysByUserIdAsync ("'ApiKeys' between the verb and By is not … the entity name"); IMF0001 on
//   RevokeApiKeyAsync ("not a known verb") and AddApiKeyAsync ("'ApiKey' attaches ApiKey values, and no rule says which
//   of their properties identify one"); generated: GetByIdAsync (by key, null when missing), AddAsync (the
//   duplicate-key error for a taken Id), UpdateAsync (replaces the stored user; not found: the not-found error) |
//   WRONG: none (the writes take effect at once where EF Core's wait for the unit of work's save, the documented
//   reading of a repository that does not save; an update of a user not stored throws here and at that save).
// After this round: unchanged, and the refusals are right: the two email lookups compare a string with a value object
//   and differ from each other (one lower-cases, one does not); the refresh-token lookup matches a value inside the
//   elements of a collection; the API-key members read and write a child table through a shadow key, project to a DTO
//   or change a child by a domain method; GetByIdWithApiKeys is eager loading, which a name's 'With…' does not tell
//   from a filter (users that have API keys).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PaymentSwitch.IUserRepositoryCase;

public abstract class BaseEntity
{
    public Guid Id { get; protected set; }

    protected BaseEntity()
    {
        Id = Guid.NewGuid();
    }

    protected BaseEntity(Guid id)
    {
        Id = id;
    }
}

public class Email
{
    public string Value { get; }

    public Email(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("Email cannot be empty.", nameof(value));

        Value = value.ToLowerInvariant();
    }

    public override bool Equals(object? obj) => obj is Email other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;
}

public class TokenValue
{
    public string Value { get; }
    public DateTime ExpiresAt { get; }
    public bool IsRevoked { get; private set; }

    public TokenValue(string value, DateTime expiresAt)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("Token value cannot be empty.", nameof(value));
        Value = value;
        ExpiresAt = expiresAt;
        IsRevoked = false;
    }

    public void Revoke() => IsRevoked = true;
}

public class ApiKey : BaseEntity
{
    public string KeyHash { get; private set; } = default!;
    public string Environment { get; private set; } = default!;
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    private ApiKey() : base() { }

    public ApiKey(string keyHash, string environment) : base()
    {
        KeyHash = keyHash;
        Environment = environment;
        CreatedAt = DateTime.UtcNow;
        RevokedAt = null;
    }

    public void Revoke()
    {
        RevokedAt = DateTime.UtcNow;
    }
}

public class User : BaseEntity
{
    public Email Email { get; private set; } = default!;
    public bool IsActive { get; private set; }
    private readonly List<TokenValue> _refreshTokens = new();
    private readonly List<ApiKey> _apiKeys = new();
    public IReadOnlyList<TokenValue> RefreshTokens => _refreshTokens.AsReadOnly();
    public IReadOnlyList<ApiKey> ApiKeys => _apiKeys.AsReadOnly();

    private User() : base() { }

    public User(Guid id, Email email) : base(id)
    {
        Email = email ?? throw new ArgumentNullException(nameof(email));
        IsActive = true;
    }

    public void Deactivate() => IsActive = false;

    public ApiKey GenerateApiKey(string keyHash, string environment)
    {
        var apiKey = new ApiKey(keyHash, environment);
        _apiKeys.Add(apiKey);
        return apiKey;
    }

    public TokenValue AddRefreshToken(string tokenValue, DateTime expiresAt)
    {
        var token = new TokenValue(tokenValue, expiresAt);
        _refreshTokens.Add(token);
        return token;
    }
}

public record ApiKeyDto(Guid KeyId, string Environment, DateTime CreatedAt, DateTime? RevokedAt);

[InMemoryFake]
public interface IUserRepository
{
    Task<User?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
    Task<User?> GetByEmailAsync(string email, CancellationToken cancellationToken = default);
    Task AddAsync(User user, CancellationToken cancellationToken = default);
    Task UpdateAsync(User user, CancellationToken cancellationToken = default);
    Task<bool> ExistsByEmailAsync(string email, CancellationToken cancellationToken = default);
    Task<User?> FindByRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken = default);
    Task<User?> GetByIdWithApiKeysAsync(Guid id, CancellationToken cancellationToken = default);
    Task<bool> RevokeApiKeyAsync(Guid userId, Guid keyId, CancellationToken cancellationToken = default);
    Task AddApiKeyAsync(User user, ApiKey apiKey, CancellationToken cancellationToken = default);
    Task<List<ApiKeyDto>> GetApiKeysByUserIdAsync(Guid userId, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IUserRepository users)
    {
        var ada = new User(Guid.NewGuid(), new Email("Ada@Example.org"));
        Check.Null(await users.GetByIdAsync(ada.Id), "no user before one is added");
        Check.False(await users.ExistsByEmailAsync("ada@example.org"), "nor an email");

        await users.AddAsync(ada);
        Check.Equal("ada@example.org", (await users.GetByIdAsync(ada.Id))?.Email.Value, "GetByIdAsync finds the user added");
        await Check.ThrowsAsync<InvalidOperationException>(() => users.AddAsync(new User(ada.Id, new Email("other@example.org"))), "a second user of a taken Id throws");
        Check.Equal(ada.Id, (await users.GetByEmailAsync("ADA@example.org"))?.Id, "GetByEmailAsync lower-cases the email it is given");
        Check.True(await users.ExistsByEmailAsync("ada@example.org"), "ExistsByEmailAsync finds the stored (lower-cased) email");
        Check.False(await users.ExistsByEmailAsync("Ada@Example.org"), "but compares the email as given");
        Check.Null(await users.GetByEmailAsync("nobody@example.org"), "an email not stored finds no user");

        ada.AddRefreshToken("refresh-1", new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        ada.Deactivate();
        await users.UpdateAsync(ada);
        Check.False((await users.GetByIdAsync(ada.Id))?.IsActive ?? true, "UpdateAsync stores the user's changes");
        Check.Equal(ada.Id, (await users.FindByRefreshTokenAsync("refresh-1"))?.Id, "FindByRefreshTokenAsync finds the user holding that token");
        Check.Null(await users.FindByRefreshTokenAsync("refresh-2"), "and null for a token nobody holds");

        var key = new ApiKey("hash-1", "sandbox");
        await users.AddApiKeyAsync(ada, key);
        var keys = await users.GetApiKeysByUserIdAsync(ada.Id);
        Check.Equal(1, keys.Count, "AddApiKeyAsync adds a key to the user");
        Check.Equal(key.Id, keys[0].KeyId, "GetApiKeysByUserIdAsync lists it by its id");
        Check.Equal("sandbox", keys[0].Environment, "with its environment");
        Check.Null(keys[0].RevokedAt, "not revoked");
        Check.Equal(1, (await users.GetByIdWithApiKeysAsync(ada.Id))?.ApiKeys.Count, "GetByIdWithApiKeysAsync loads the user with its keys");
        Check.Equal(0, (await users.GetApiKeysByUserIdAsync(Guid.NewGuid())).Count, "another user has no key");

        Check.False(await users.RevokeApiKeyAsync(Guid.NewGuid(), key.Id, CancellationToken.None), "RevokeApiKeyAsync of another user's key answers false");
        Check.True(await users.RevokeApiKeyAsync(ada.Id, key.Id), "RevokeApiKeyAsync of the user's key answers true");
        Check.NotNull((await users.GetApiKeysByUserIdAsync(ada.Id))[0].RevokedAt, "and the key is revoked");
        Check.False(await users.RevokeApiKeyAsync(ada.Id, Guid.NewGuid()), "an unknown key answers false");
    }
}
