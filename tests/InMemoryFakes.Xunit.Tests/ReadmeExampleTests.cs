using System.Threading;
using System.Threading.Tasks;
using Xunit;

// The 20-line example of README.md, verbatim apart from the namespace: if it stops compiling or passing, the README is wrong.
namespace InMemoryFakes.Xunit.Tests.Readme;

public sealed class User { public int Id { get; set; } public string Email { get; set; } = ""; }

[InMemoryFake]                                   // the generator writes InMemoryUserRepository
public interface IUserRepository
{
    User Add(User user);                         // duplicate key → DuplicateKeyException; Id 0 → 1, 2, 3…
    User? Find(int id);                          // null when missing
    Task<bool> DeleteAsync(int id, CancellationToken cancellationToken);
}

public class UserTests : InMemoryFixture         // fresh fakes, ManualClock and cancellation token per test
{
    [Fact]
    public async Task Users_get_ids_are_copies_and_can_be_deleted()
    {
        var users = Get<IUserRepository>();
        var alice = users.Add(new User { Email = "alice@example.com" });
        alice.Email = "changed";                 // not written back: the store keeps its own copy
        Assert.Equal("alice@example.com", users.Find(alice.Id)!.Email);
        Assert.True(await users.DeleteAsync(alice.Id, CancellationToken));
    }
}
