using InMemoryFakes;
using InMemoryFakes.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using TrimmedPersistence;

// dotnet TrimmedPersistence <file> write|read: writes a library's books to the file, or reads them back and prints them.
if (args is not [var file, var mode and ("write" or "read")])
{
    Console.Error.WriteLine("usage: TrimmedPersistence <file> write|read");
    return 2;
}

var services = new ServiceCollection();
services.AddInMemoryFake<ILibrary>();
services.AddInMemoryFakesPersistence(o => o.Path = file); // trim-safe: generated metadata only, no reflection fallback
using var provider = services.BuildServiceProvider();
var host = provider.GetRequiredService<InMemoryFakesHost>();
host.Start();
var library = provider.GetRequiredService<ILibrary>();

if (mode == "write")
{
    library.Add(new Book
    {
        Shelf = "A",
        Slot = 7,
        Title = "Dune",
        Genre = Genre.Fiction,
        Authors = [new Author("Frank", "Herbert") { Born = 1920 }],
        Ratings = { ["ada"] = 5 },
    });
    host.Persistence!.Save();
    Console.WriteLine("saved");
}
else
{
    var book = library.Find("A", 7) ?? throw new InvalidOperationException("The book was not read back.");
    var author = book.Authors[0];
    Console.WriteLine($"{book.Title}|{book.Genre}|{author.First} {author.Last} {author.Born}|{book.Ratings["ada"]}");
}

return 0;

namespace TrimmedPersistence
{
    public enum Genre
    {
        Fiction,
        Science,
    }

    public sealed record Author(string First, string Last)
    {
        public int? Born { get; init; }
    }

    public sealed class Book
    {
        [FakeKey]
        public string Shelf { get; set; } = "";

        [FakeKey]
        public int Slot { get; set; }

        public required string Title { get; set; }

        public Genre Genre { get; set; }

        public List<Author> Authors { get; set; } = [];

        public Dictionary<string, int> Ratings { get; } = [];
    }

    [InMemoryFake]
    public interface ILibrary
    {
        Book Add(Book book);

        Book? Find(string shelf, int slot);
    }
}
