using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// A parameter that names the entity's reference by the role of the referenced entity (issue 10, shape 4): Kavita's
// AppUserProgress holds `AppUser AppUser` and its foreign key `int AppUserId`, and its repository takes `userId`
// (GetUserProgressAsync(chapterId, userId) compares AppUserId). `userId` binds AppUserId because the entity has exactly one
// reference whose type ends in User, named after its type, with the foreign key {Navigation}Id EF Core's convention gives it.

public sealed class RoleAppUser
{
    public int Id { get; set; }

    public string UserName { get; set; } = "";
}

public sealed class ChapterProgress
{
    public int Id { get; set; }

    public int ChapterId { get; set; }

    public int PagesRead { get; set; }

    public RoleAppUser RoleAppUser { get; set; } = null!;

    public int RoleAppUserId { get; set; }
}

[InMemoryFake]
public interface IChapterProgressRepository
{
    void Add(ChapterProgress progress);

    Task<ChapterProgress?> GetUserProgressAsync(int chapterId, int userId);

    Task<List<ChapterProgress>> FindByUserIdAsync(int userId);

    Task<bool> ExistsAsync(int chapterId, int userId);
}

// A user entity that references an identity account which is itself a user (the DatingWebAppAPI shape: User holds
// ApplicationUser ApplicationUser + ApplicationUserId): userId names the user's own key, never the account's foreign key.
public sealed class AccountUser
{
    public int Id { get; set; }
}

public sealed class PortalUser
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int AccountUserId { get; set; }

    public AccountUser AccountUser { get; set; } = null!;
}

[InMemoryFake]
public interface IPortalUserRepository
{
    void Add(PortalUser user);

    PortalUser? GetUser(int userId);
}

// The same with a [Key] not named Id: userId is a name of the key (the entity word User + Id), so it stays the key and never
// becomes the AccountUserId foreign key.
public sealed class BadgeUser
{
    [Key]
    public int Number { get; set; }

    public string Name { get; set; } = "";

    public int AccountUserId { get; set; }

    public AccountUser AccountUser { get; set; } = null!;
}

[InMemoryFake]
public interface IBadgeUserRepository
{
    void Add(BadgeUser user);

    BadgeUser? GetUser(int userId);
}

public sealed class RoleForeignKeyTests
{
    [Fact]
    public async Task A_user_id_finds_the_rows_whose_foreign_key_to_the_one_user_reference_holds_it()
    {
        var repository = new InMemoryChapterProgressRepository();
        repository.Add(new ChapterProgress { Id = 1, ChapterId = 30, PagesRead = 5, RoleAppUserId = 7 });
        repository.Add(new ChapterProgress { Id = 2, ChapterId = 31, PagesRead = 1, RoleAppUserId = 7 });
        repository.Add(new ChapterProgress { Id = 3, ChapterId = 30, PagesRead = 2, RoleAppUserId = 8 });

        Assert.Equal(5, (await repository.GetUserProgressAsync(30, 7))?.PagesRead);
        Assert.Equal(2, (await repository.GetUserProgressAsync(30, 8))?.PagesRead);
        Assert.Null(await repository.GetUserProgressAsync(31, 8));
        Assert.Equal(new[] { 1, 2 }, (await repository.FindByUserIdAsync(7)).ConvertAll(static p => p.Id).ToArray());
        Assert.Empty(await repository.FindByUserIdAsync(9));
        Assert.True(await repository.ExistsAsync(31, 7));
        Assert.False(await repository.ExistsAsync(31, 8));
    }

    [Fact]
    public void A_role_id_that_names_the_entitys_own_key_stays_the_key()
    {
        var repository = new InMemoryPortalUserRepository();
        repository.Add(new PortalUser { Id = 1, Name = "Ann", AccountUserId = 2 });
        repository.Add(new PortalUser { Id = 2, Name = "Bob", AccountUserId = 1 });

        Assert.Equal("Bob", repository.GetUser(2)?.Name);
        Assert.Null(repository.GetUser(3));
    }

    [Fact]
    public void A_role_id_that_names_a_key_not_called_id_stays_the_key()
    {
        var repository = new InMemoryBadgeUserRepository();
        repository.Add(new BadgeUser { Number = 1, Name = "Ann", AccountUserId = 2 });
        repository.Add(new BadgeUser { Number = 2, Name = "Bob", AccountUserId = 1 });

        Assert.Equal("Bob", repository.GetUser(2)?.Name);
        Assert.Equal("Ann", repository.GetUser(1)?.Name);
        Assert.Null(repository.GetUser(3));
    }
}
