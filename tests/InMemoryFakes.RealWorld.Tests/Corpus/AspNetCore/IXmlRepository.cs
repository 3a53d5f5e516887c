// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/DataProtection/DataProtection/src/Repositories/IXmlRepository.cs
// Real store: src/DataProtection/DataProtection/src/Repositories/FileSystemXmlRepository.cs (and EphemeralXmlRepository):
//   append-only: StoreElement keeps every element (a friendly name that is taken gets a new, random file name, so two
//   elements with the same friendly name are both kept); GetAllElements returns all of them.
// Shapes: *=12
#nullable enable

using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using InMemoryFakes;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Corpus.AspNetCore.IXmlRepositoryCase;

[InMemoryFake(typeof(IXmlRepository))]
public partial class XmlRepositoryFake;

public static class Smoke
{
    public static Task RunAsync(IXmlRepository store)
    {
        Check.Equal(0, store.GetAllElements().Count, "a new repository has no elements");
        store.StoreElement(new XElement("key", new XAttribute("id", "1")), "key-1");
        store.StoreElement(new XElement("key", new XAttribute("id", "2")), "key-1");
        var all = store.GetAllElements();
        Check.Equal(2, all.Count, "both elements are kept, even under the same friendly name");
        Check.Equal("1,2", string.Join(",", all.Select(e => (string?)e.Attribute("id")).OrderBy(id => id)), "GetAllElements returns what was stored");
        return Task.CompletedTask;
    }
}
