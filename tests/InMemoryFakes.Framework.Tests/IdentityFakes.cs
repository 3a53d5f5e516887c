using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace InMemoryFakes.Framework.Tests;

// ASP.NET Core Identity's stores, faked with nothing written by hand: each class body is empty.

/// <summary>
/// The user store UserManager needs for users with an email, a password, claims, external logins and roles: one
/// interface, so that one fake serves <see cref="IUserStore{TUser}"/>, <see cref="IUserEmailStore{TUser}"/>,
/// <see cref="IUserPasswordStore{TUser}"/>, <see cref="IUserClaimStore{TUser}"/>, <see cref="IUserLoginStore{TUser}"/>
/// and <see cref="IUserRoleStore{TUser}"/> (UserManager finds the optional stores by casting the one <c>IUserStore</c> it
/// is given). Claims, logins and roles live in side tables of the fake; roles are looked up in the role fake's table on
/// the same <see cref="InMemoryBackend"/>.
/// </summary>
public interface IIdentityUserStore : IUserEmailStore<IdentityUser>, IUserPasswordStore<IdentityUser>,
    IUserClaimStore<IdentityUser>, IUserLoginStore<IdentityUser>, IUserRoleStore<IdentityUser>;

/// <summary>UserManager's store: users, their email addresses and password hashes.</summary>
[InMemoryFake(typeof(IIdentityUserStore))]
public sealed partial class IdentityUserStoreFake;

/// <summary>RoleManager's store: roles and their claims.</summary>
[InMemoryFake(typeof(IRoleClaimStore<IdentityRole>))]
public sealed partial class IdentityRoleStoreFake;

/// <summary>
/// The user store of two-factor sign-in and passkeys: authentication tokens (kept per user under a login provider and a
/// name), the authenticator key (one per user), recovery codes (a per-user set redeemed once each) and passkeys (owned by
/// a user, keyed by their credential id), beside the stores UserManager needs to create and find users.
/// </summary>
public interface IIdentityTwoFactorUserStore : IUserEmailStore<IdentityUser>, IUserPasswordStore<IdentityUser>, IUserSecurityStampStore<IdentityUser>,
    IUserTwoFactorStore<IdentityUser>, IUserAuthenticationTokenStore<IdentityUser>, IUserAuthenticatorKeyStore<IdentityUser>,
    IUserTwoFactorRecoveryCodeStore<IdentityUser>, IUserPasskeyStore<IdentityUser>;

/// <summary>UserManager's store for tokens, authenticator keys, recovery codes and passkeys.</summary>
[InMemoryFake(typeof(IIdentityTwoFactorUserStore))]
public sealed partial class IdentityTwoFactorUserStoreFake;
