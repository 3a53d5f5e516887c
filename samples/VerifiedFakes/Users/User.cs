using InMemoryFakes;

namespace VerifiedFakes.Users;

public sealed class User
{
    public int Id { get; set; }                 // assigned by the store: the fake's sequence, SQLite's rowid, PostgreSQL's identity

    [Unique]
    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Nickname { get; set; }

    public int Age { get; set; }
}

[InMemoryFake]
public interface IUserRepository
{
    Task<User> AddAsync(User user, CancellationToken cancellationToken = default);

    Task<User?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<User> UpdateAsync(User user, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<User>> FindByAgeGreaterThanOrderByNicknameAsync(int age, CancellationToken cancellationToken = default);
}
