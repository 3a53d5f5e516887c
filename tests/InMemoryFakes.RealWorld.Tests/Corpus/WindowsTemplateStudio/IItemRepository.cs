// Source: https://github.com/microsoft/WindowsTemplateStudio
// Commit: 559e7fd27d25
// Licence: MIT (an interface signature and a model transcribed for a test)
// Sample: h-sample34 rule, fixed before probing: in these repositories, in this order
//   (microsoft/Windows-appsample-customers-orders-database, microsoft/garnet,
//   microsoft/service-fabric-services-and-actors-dotnet, microsoft/durabletask-dotnet, microsoft/teams-ai,
//   microsoft/autogen, Azure/azure-functions-durable-extension, microsoft/ApplicationInsights-dotnet,
//   microsoft/component-detection, microsoft/sbom-tool, microsoft/RulesEngine, dotnet/templating, dotnet/roslyn,
//   dotnet/maui, microsoft/PowerToys, microsoft/WindowsTemplateStudio), skipping any the tools do not hold or that are
//   over fetch's limit and every interface already in the corpus, at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces
//   in ordinal path order not yet in the corpus (at most 2 per repository), outside paths containing "test" (any
//   case), declaring at least 3 members (inherited ones count if the base interface is in the same repository); stop
//   after 8; each transcribed whole (up to 50 members). dotnet/roslyn (3.75 GB), dotnet/maui (2.17 GB) and
//   microsoft/PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The four of
//   Windows-appsample-customers-orders-database (ContosoRepository/I{Contoso,Customer,Order,Product}Repository.cs) are
//   in the corpus (Corpus/ContosoOrders/); garnet, service-fabric-services-and-actors-dotnet, teams-ai (no *.cs file at
//   its newest snapshot), autogen, azure-functions-durable-extension, ApplicationInsights-dotnet, component-detection,
//   sbom-tool and RulesEngine have no such interface; durabletask-dotnet's two (IUserRepository, IOrderRepository) are
//   under test/; templating's only one, ITemplateInfoHostJsonCache, declares 1 member. So the list gives 1:
//   WindowsTemplateStudio's IItemRepository. Extension, fixed before any of its candidates was read, because the list
//   gives 1: the repositories find_repos answered for "microsoft/" (most file versions first), in that order, skipping
//   those listed above, those without a *.cs file and those over fetch's limit; the same selection; until 5 in all (the
//   time this round has). In that order Microsoft/azure-docs.cs-cz, microsoft/vscode, microsoft/TypeScript,
//   microsoft/fluentui, Microsoft/azure-docs.pt-pt, Microsoft/azure-docs.pl-pl, microsoft/vcpkg and
//   microsoft/ALAppExtensions have no *.cs file; microsoft/FluidFramework (1.46 GB), microsoft/onnxruntime (946 MB) and
//   microsoft/windows-rs (1.1 GB) are over the limit; microsoft/semantic-kernel's IMemoryStore is in the corpus and its
//   IPluginStore (dotnet/samples/Concepts/) declares 1 member; microsoft/typespec's only one, IGenerationCache, declares
//   2; microsoft/service-fabric gives IConfigStore and ICache<TKey, TValue> (both under
//   src/prod/src/managed/Api/src/System/Fabric/Common/), microsoft/BuildXL IContentLocationStore and
//   IGrpcClusterStateStorage (both under Public/Src/Cache/ContentStore/Distributed/). So the round has 5.
//   This one: the only one of microsoft/WindowsTemplateStudio (5 members).
// Path: code/TemplateStudioForUWP/Templates/_comp/_shr/Services.WebApi/Param_ProjectName.WebApi/Models/IItemRepository.cs
//   (real store: code/TemplateStudioForUWP/Templates/Serv/WebApi/Param_ProjectName.WebApi/Models/ItemRepository.cs and
//   its Prism twin Serv/WebApi.P/, which differs only in how it loads the sample data; used by Controllers/
//   ItemController.cs beside the interface; model: Serv/SampleData/Param_ProjectName.Core/Models/SampleCompany.cs)
// Adapted: SampleCompany cut to CompanyID, CompanyName and Country (its contact, address and phone strings and its
//   Orders collection dropped: no member reads them). The template's namespace placeholders dropped. Nullable disabled,
//   as in the template (netcoreapp3.1, no Nullable property).
// Real store: ItemRepository, a static Dictionary<string, SampleCompany> keyed by CompanyID (ordinal), which its
//   constructor fills with the sample companies in the background (data, not behaviour). Add(item) is
//   items[item.CompanyID] = item: a company whose CompanyID is stored REPLACES it (no error); a null item throws
//   NullReferenceException, a null CompanyID ArgumentNullException. Update(item) is the same indexer write: a company
//   not stored is ADDED. Get(id) is TryGetValue: the company or null (a null id: ArgumentNullException). Remove(id) is
//   Dictionary.Remove(id, out item): the company removed, or null when none had the id. GetAll is the dictionary's
//   Values (the stored instances, by reference, as Get's). ItemController.Create calls Add, Edit calls Update (a
//   thrown exception is a 400), Delete answers 404 when Remove returns null, GetItem 404 when Get returns null.
// Shapes: *=core
// First try (e79390d): incomplete: IMF0009 (SampleCompany has no key: CompanyID is neither Id nor SampleCompanyId, no
//   property is marked [Key], and Get(id) + Remove(id) prove none, 'id' naming no property); nothing generated | WRONG:
//   none (nothing generated; the probe has no class to run).
// After this round: unchanged (IMF0009). CompanyID is the key only in the store's code (items[item.CompanyID] = item):
//   the members name the parameter id, which names no property, and a key named after the last word of the entity's
//   name (CompanyID of SampleCompany) is no convention of EF Core's or the fake's. Key = "CompanyID" on [InMemoryFake],
//   which the message names, would state it; the fake would then differ from ItemRepository loudly: Add of a stored
//   CompanyID is the duplicate error where the indexer write replaces the company (no TakenKeyAdds value replaces:
//   docs/generator.md "Taken keys on add"), and Update of a company not stored is the not-found error unless
//   MissingUpdate = MissingUpdate.Insert states the indexer write (checked with Key = "CompanyID" alone: the fake is
//   complete, and the smoke script passes every step before Update of a company not stored, where it throws
//   NotFoundException). Not set: the attribute is left as the source has it.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WindowsTemplateStudio.IItemRepositoryCase;

public class SampleCompany
{
    public string CompanyID { get; set; }

    public string CompanyName { get; set; }

    public string Country { get; set; }
}

[InMemoryFake]
public interface IItemRepository
{
    void Add(SampleCompany item);

    void Update(SampleCompany item);

    SampleCompany Remove(string id);

    SampleCompany Get(string id);

    IEnumerable<SampleCompany> GetAll();
}

public static class Smoke
{
    public static Task RunAsync(IItemRepository repository)
    {
        Check.Null(repository.Get("ALFKI"), "Get of an id not stored returns null");
        repository.Add(new SampleCompany { CompanyID = "ALFKI", CompanyName = "Alfreds Futterkiste", Country = "Germany" });
        Check.Equal("Alfreds Futterkiste", repository.Get("ALFKI")?.CompanyName, "Get returns the company Add stored, by CompanyID");
        Check.Null(repository.Get("alfki"), "ids compare ordinally (Dictionary<string, …> with the default comparer)");
        repository.Add(new SampleCompany { CompanyID = "ANATR", CompanyName = "Ana Trujillo", Country = "Mexico" });
        Check.Equal("ALFKI,ANATR", string.Join(",", repository.GetAll().Select(static c => c.CompanyID).OrderBy(static id => id, StringComparer.Ordinal)), "GetAll lists every company");

        repository.Update(new SampleCompany { CompanyID = "ANATR", CompanyName = "Ana Trujillo Emparedados", Country = "Mexico" });
        Check.Equal("Ana Trujillo Emparedados", repository.Get("ANATR")?.CompanyName, "Update replaces the company with that CompanyID");

        Check.Equal("Alfreds Futterkiste", repository.Remove("ALFKI")?.CompanyName, "Remove returns the company removed");
        Check.Null(repository.Get("ALFKI"), "and removes it");
        Check.Null(repository.Remove("ALFKI"), "Remove of an id not stored returns null");
        Check.Throws<ArgumentNullException>(() => repository.Get(null), "Get(null) throws ArgumentNullException (Dictionary.TryGetValue)");

        repository.Update(new SampleCompany { CompanyID = "AROUT", CompanyName = "Around the Horn", Country = "UK" });
        Check.Equal("Around the Horn", repository.Get("AROUT")?.CompanyName, "Update of a company not stored adds it (items[id] = item)");
        repository.Add(new SampleCompany { CompanyID = "AROUT", CompanyName = "Around the Horn Ltd", Country = "UK" });
        Check.Equal("Around the Horn Ltd", repository.Get("AROUT")?.CompanyName, "Add of a CompanyID already stored replaces the company (items[id] = item, no error)");
        Check.Equal(2, repository.GetAll().Count(), "two companies are left");
        return Task.CompletedTask;
    }
}
