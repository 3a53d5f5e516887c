#nullable disable

using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.DbContexts;

// A context interface declared without nullable annotations (as older Clean Architecture templates are): its fake must
// compile without warnings there too (warnings are errors in this project).
public class Note
{
    public int Id { get; set; }

    public string Text { get; set; }
}

[InMemoryFake]
public interface INotesDbContext : System.IDisposable
{
    DbSet<Note> Notes { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

public sealed class ObliviousDbContextTests
{
    [Fact]
    public async Task A_context_declared_without_nullable_annotations_saves_and_finds()
    {
        using INotesDbContext db = new InMemoryNotesDbContext();
        db.Notes.Add(new Note { Text = "hello" });

        Assert.Equal(1, await db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.Equal("hello", (await db.Notes.FindAsync([1], TestContext.Current.CancellationToken)).Text);
        Assert.Null(await db.Notes.FindAsync([2], TestContext.Current.CancellationToken));
    }
}
