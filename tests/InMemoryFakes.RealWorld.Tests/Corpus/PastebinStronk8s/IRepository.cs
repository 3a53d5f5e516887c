// Source: https://pastebin.com/UWL5fxJJ
// Licence: none stated (an interface signature transcribed for a test)
// Sample: h-everyday8 rule, fixed before any search (the rule and the whole walk are in
//   Corpus/DotnetBookVercel/IRepository.cs): the search tool over "pages" then "docs", nine queries in a fixed order;
//   in result order, each page whose excerpt shows a whole C# storage interface (at least 3 members) and names what backs
//   it, one per page, none h-everyday7 took or already in the corpus; stop after 16 (it gives 7).
//   This one: pick 3 (3 members).
// Path: "GENERIC INTEFACE" (2024): the interface, its Repository<T> over a List<T>, and a Main using IRepository<int>
//   then IRepository<string>
// Adapted: closed over int, the paste's first use, with [InMemoryFake(typeof(IRepository<int>))]. Nullable disabled
//   (the paste enables nothing).
// Real store: Repository<T> over a List<T>: Add appends (repeats kept), Remove is List.Remove (the first equal item; one
//   not held is nothing), GetAll the list, in the order added.
// Shapes: *=12
// First try (71d37bc): incomplete: IMF0001 Add ("it takes no key, but other members do; a write that makes up a key
//   must return it"). Read as a key-value store of int keys and int values: Remove(item) removes the entry keyed item,
//   GetAll lists the values | WRONG: none (nothing can be stored without Add; Remove reads its item as the key, which
//   agrees with the list while items are distinct, and a hand-written Add decides that).
// After this round: still incomplete, with Remove refused too: in a store whose keys and values are one type and where
//   no member writes a value under a key, an argument named as an item is no key (docs/generator.md, key-value store,
//   refused; ItemKeyRefusalTests). Both refusals are right: a list of ints keeps repeats and takes out the first equal
//   item, which no key describes. GetAll is generated (the values, of which there are none until Add is written).
#nullable disable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PastebinStronk8s.IRepositoryCase;

public interface IRepository<T>
{
    void Add(T item);

    void Remove(T item);

    IEnumerable<T> GetAll();
}

[InMemoryFake(typeof(IRepository<int>))]
public partial class IntRepositoryFake;

public static class Smoke
{
    public static Task RunAsync(IRepository<int> repository)
    {
        repository.Add(1);
        repository.Add(2);
        Check.Equal("1,2", string.Join(",", repository.GetAll()), "GetAll lists the items in the order added");
        repository.Add(1);
        Check.Equal("1,2,1", string.Join(",", repository.GetAll()), "an item added twice is held twice (List<T>.Add)");
        repository.Remove(1);
        Check.Equal("2,1", string.Join(",", repository.GetAll()), "Remove takes out the first equal item only (List<T>.Remove)");
        repository.Remove(7);
        Check.Equal(2, repository.GetAll().Count(), "Remove of an item not held does nothing");
        return Task.CompletedTask;
    }
}
