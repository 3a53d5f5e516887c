using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries.SubjectFlags;

// A bool flag between the verb and By, before an entity word: GetActiveTokensByUserId(userId) is the user's tokens
// whose IsActive is true; Unread negates IsRead.
public sealed class Message
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public bool IsRead { get; set; }

    public bool IsArchived { get; set; }
}

[InMemoryFake]
public interface IMessageRepository
{
    void Add(Message message);

    Task<List<Message>> GetUnreadMessagesByUserIdAsync(string userId);

    Task<int> CountArchivedMessagesByUserIdAsync(string userId);

    Task<int> DeleteReadMessagesByUserIdAsync(string userId);
}

public sealed class SubjectFlagTests
{
    private static IMessageRepository Seeded()
    {
        IMessageRepository messages = new InMemoryMessageRepository();
        messages.Add(new Message { UserId = "ann", IsRead = false });
        messages.Add(new Message { UserId = "ann", IsRead = true, IsArchived = true });
        messages.Add(new Message { UserId = "ann", IsRead = true });
        messages.Add(new Message { UserId = "bob", IsRead = false, IsArchived = true });
        return messages;
    }

    [Fact]
    public async Task A_flag_before_the_entity_word_is_one_more_condition_and_a_negated_flag_asks_for_false()
    {
        var messages = Seeded();

        Assert.Equal(new[] { 1 }, (await messages.GetUnreadMessagesByUserIdAsync("ann")).Select(static m => m.Id).ToArray());
        Assert.Equal(1, await messages.CountArchivedMessagesByUserIdAsync("ann"));
        Assert.Equal(2, await messages.DeleteReadMessagesByUserIdAsync("ann"));
        Assert.Equal(new[] { 1 }, (await messages.GetUnreadMessagesByUserIdAsync("ann")).Select(static m => m.Id).ToArray());
        Assert.Equal(1, await messages.CountArchivedMessagesByUserIdAsync("bob"));
    }
}
