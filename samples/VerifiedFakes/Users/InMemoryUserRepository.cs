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

    // How emails compare is the column's collation (SQLite COLLATE NOCASE ignores case). The runtime already applies
    // StoreSemantics.TextComparisons to the [Unique] index on Email; the generated FindByEmail still compares ordinally,
    // so it is written by hand with the knob until the generator reads it.
    public async Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var semantics = ((IInMemoryFake)this).Core.Semantics;
        var users = await ListAsync(cancellationToken);
        return users.FirstOrDefault(u => semantics.TextEquals("Email", u.Email, email));
    }
}
