using InMemoryFakes;
using Microsoft.AspNetCore.Identity;

namespace InMemoryFakes.Framework.Tests;

// ASP.NET Core Identity's stores, faked with nothing written by hand: each class body is empty.

/// <summary>
/// The user store UserManager needs for users with an email and a password: one interface, so that one fake serves
/// <see cref="IUserStore{TUser}"/>, <see cref="IUserEmailStore{TUser}"/> and <see cref="IUserPasswordStore{TUser}"/>
/// (UserManager finds the optional stores by casting the one <c>IUserStore</c> it is given).
/// </summary>
public interface IIdentityUserStore : IUserEmailStore<IdentityUser>, IUserPasswordStore<IdentityUser>;

/// <summary>UserManager's store: users, their email addresses and password hashes.</summary>
[InMemoryFake(typeof(IIdentityUserStore))]
public sealed partial class IdentityUserStoreFake;

/// <summary>RoleManager's store.</summary>
[InMemoryFake(typeof(IRoleStore<IdentityRole>))]
public sealed partial class IdentityRoleStoreFake;
