using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.DbContexts;

/// <summary>A note of the audited context.</summary>
public class AuditedNote
{
    /// <summary>The key.</summary>
    public int Id { get; set; }

    /// <summary>The text.</summary>
    public string Text { get; set; } = "";
}

// An audit context's save takes the user it stamps (SaveChangesAsync(string userId, CancellationToken)); the attribute
// says the fake keeps nothing of it, so the save is the context's save.
[InMemoryFake(IgnoredParameters = new[] { "userId" })]
public interface IAuditedNotesDbContext
{
    DbSet<AuditedNote> Notes { get; }

    Task<int> SaveChangesAsync(string userId, CancellationToken cancellationToken);
}

public sealed class AuditedDbContextTests
{
    [Fact]
    public async Task A_save_taking_an_ignored_audit_user_writes_the_pending_changes()
    {
        IAuditedNotesDbContext db = new InMemoryAuditedNotesDbContext();
        db.Notes.Add(new AuditedNote { Text = "hello" });
        Assert.Equal(0, db.Notes.Count()); // a query reads the saved rows: none yet

        Assert.Equal(1, await db.SaveChangesAsync("ada", TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.SaveChangesAsync("ada", TestContext.Current.CancellationToken));
        Assert.Equal("hello", Assert.Single(db.Notes.ToList()).Text);
    }
}
