// Source: https://github.com/graphql-aspnet/graphql-aspnet
// Commit: 56d66fd11736
// Licence: MIT
// Sample: h-sample87 rule (the rule and the walk: Corpus/AspNetCoreDocs/IBrainStormSessionRepository.cs). In this
//   repository, by git grep of the snapshot in path order: src/ancillary-projects/benchmarking comes first, and its
//   IMusicRepository is the first interface there (the unit tests' copy, src/unit-tests/.../Integration/Model, is in a
//   test path).
//   This one: the 2nd pick (graphql-aspnet/graphql-aspnet).
// Path: src/ancillary-projects/benchmarking/graphql-aspnet-benchmarks/Model/Music/IMusicRepository.cs (real store:
//   MusicRepository.cs beside it; its user: MusicService.cs; models: Artist.cs, Record.cs, MusicGenre.cs,
//   RecordCompany.cs)
// Adapted: the namespace; the models keep their properties, without the GraphField, Required and StringLength
//   attributes. Nullable disabled, as in the source (the benchmark project sets no Nullable).
// Real store: MusicRepository builds four List<T> in its constructor (4 genres, 4 record companies, 9 artists, 13
//   records) and hands them out through get-only properties: the same List object on every read. MusicService reads
//   them with LINQ and writes through them: CreateArtist adds a new Artist (Id = the largest + 1) with
//   _repository.Artists.Add(artist), CreateRecord likewise to Records; what is added is in the next read.
// Shapes: *=none
// First try (8b82adcf): incomplete: Artists and Records generated (every row of the fake's table), Genres and Companys
//   IMF0001 (the names are not MusicGenres and RecordCompanies) | WRONG: Artists, Records (each read made a new list
//   of copies: an artist added to it, as MusicService's CreateArtist adds one, was lost without a word).
// After this round: incomplete, all four refused, rightly. A get-only List<T> hands the caller a list it can add to;
//   whether an add reaches the store (this repository's own lists) or is lost (a getter's fresh _db.Artists.ToList()) is
//   the store's own, so a property listing every row is read only when its type cannot be added to (IEnumerable<T>,
//   IReadOnlyList<T>, IReadOnlyCollection<T>, an array) and List<T>, IList<T>, ICollection<T> are refused (IMF0001,
//   naming both stores; docs/generator.md, entity repository refusals; Sample87Tests). The seeded rows are the
//   constructor's, which no fake could know.
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GraphqlAspnet.IMusicRepositoryCase;

public class Artist
{
    public int Id { get; set; }
    public int RecordCompanyId { get; set; }
    public string Name { get; set; }
}

public class Record
{
    public int Id { get; set; }
    public int ArtistId { get; set; }
    public MusicGenre Genre { get; set; }
    public string Name { get; set; }
}

public class MusicGenre
{
    public int Id { get; set; }
    public string Name { get; set; }
}

public class RecordCompany
{
    public int Id { get; set; }
    public string Name { get; set; }
}

[InMemoryFake]
public interface IMusicRepository
{
    List<Artist> Artists { get; }

    List<Record> Records { get; }

    List<MusicGenre> Genres { get; }

    List<RecordCompany> Companys { get; }
}

public static class Smoke
{
    public static Task RunAsync(IMusicRepository repository)
    {
        Check.True(ReferenceEquals(repository.Artists, repository.Artists), "Artists is the same list on every read");
        var before = repository.Artists.Count;
        repository.Artists.Add(new Artist { Id = before + 1, RecordCompanyId = 1, Name = "Seventeen" });
        Check.Equal(before + 1, repository.Artists.Count, "an artist added to Artists is in the next read (MusicService.CreateArtist)");
        Check.Equal("Seventeen", repository.Artists.Last().Name, "at the end of the list");

        var genre = new MusicGenre { Id = 10, Name = "K-Pop" };
        repository.Genres.Add(genre);
        repository.Records.Add(new Record { Id = 100, ArtistId = before + 1, Genre = genre, Name = "Maestro" });
        Check.Equal("Maestro", repository.Records.Single(r => r.Id == 100).Name, "a record added to Records is read back");
        Check.True(ReferenceEquals(genre, repository.Records.Single(r => r.Id == 100).Genre), "holding the genre object it was given");

        repository.Artists.RemoveAll(a => a.Id == before + 1);
        Check.Equal(before, repository.Artists.Count, "a removal from the list is kept too");
        Check.True(repository.Companys.All(c => c.Id > 0), "Companys lists the record companies");
        return Task.CompletedTask;
    }
}
