using InMemoryFakes;

namespace VerifiedFakes.Users;

public sealed partial class InMemoryUserRepository
{
    // Where nulls sort is a store's choice (PostgreSQL puts them last, SQLite first). The generator does not read
    // StoreSemantics for OrderBy yet, so this query is written by hand with the knob; delete it when it does.
    public async Task<IReadOnlyList<User>> FindByAgeGreaterThanOrderByNicknameAsync(int age, CancellationToken cancellationToken = default)
    {
        var semantics = ((IInMemoryFake)this).Core.Semantics;
        var users = await ListAsync(cancellationToken);
        return users.Where(u => u.Age > age).OrderBy(u => u.Nickname, semantics.OrderComparer<string?>("Nickname")).ToList();
    }
}
