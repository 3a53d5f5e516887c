using Microsoft.EntityFrameworkCore;

namespace VerifiedFakes.Users;

public class UsersDbContext : DbContext
{
    public UsersDbContext(DbContextOptions<UsersDbContext> options)
        : base(options)
    {
    }

    protected UsersDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<User> Users => Set<User>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<User>().HasIndex(u => u.Email).IsUnique();
}

/// <summary>The same schema with the email column declared COLLATE NOCASE: SQLite compares and indexes it ignoring (ASCII) case.</summary>
public sealed class NoCaseUsersDbContext(DbContextOptions<NoCaseUsersDbContext> options) : UsersDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<User>().Property(u => u.Email).UseCollation("NOCASE");
    }
}

/// <summary>
/// The real repository: EF Core with a short-lived context per call, on SQLite or PostgreSQL. Errors are EF Core's own
/// (a unique violation is a DbUpdateException) except Update of a missing user, which is translated to not-found.
/// </summary>
public sealed class EfUserRepository(Func<UsersDbContext> newContext, IDisposable? owned = null) : IUserRepository, IDisposable
{
    public async Task<User> AddAsync(User user, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    public async Task<User?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    public async Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
    }

    public async Task<User> UpdateAsync(User user, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        db.Users.Update(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException error)
        {
            throw new KeyNotFoundException($"No user {user.Id}.", error);
        }

        return user;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        return await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        return await db.Users.CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        return await db.Users.AsNoTracking().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<User>> FindByAgeGreaterThanOrderByNicknameAsync(int age, CancellationToken cancellationToken = default)
    {
        await using var db = newContext();
        return await db.Users.AsNoTracking().Where(u => u.Age > age).OrderBy(u => u.Nickname).ToListAsync(cancellationToken);
    }

    public void Dispose() => owned?.Dispose();
}
