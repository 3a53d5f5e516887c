// Source: https://github.com/biobankinguk/biobankinguk
// Commit: ff759694d89d
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample83 rule, fixed before looking at any interface: the repositories find_repos("Bank") lists, in its
//   order, keeping those with C# files (then find_repos("Wallet") if the list ran out); in each, the first C# interface
//   in path order (git ls-files of the newest stored snapshot) whose implementation in the same repository keeps state
//   (a database, cache, blob, table, in-memory collection), with at least 3 members (inherited ones count), outside
//   test paths, not a corpus source already; at most 1 per repository; stop after 5. 57 of the first 69 listed hold no
//   C# file; SoyGustavoFernandez/corebank, szapata85/ACHInterbank and dbaranovsky/PXQuestionBankAdmin have no licence
//   (skipped); KOSASIH/pi-nexus-autonomous-banking-network, databankbni/hf-spaces-mirror-s1,
//   bankcheck/bankcheck.github.io and nassarwafik/ExamBank791381 have no such interface. Picks, in order:
//   AndrewMcLachlan/MooBank ILogicalAccountRepository, SwedbankPay/swedbank-pay-sdk-dotnet IOperationList,
//   biobankinguk/biobankinguk ICapabilityIndexProvider, BankaiNoJutsu/NexusForever IMap,
//   finlabsuk/open-banking-connector IBankGroupData<TBank>.
//   This one: the 3rd, of biobankinguk/biobankinguk: its first interface in path order (8 members).
// Path: app/Directory/Search/Contracts/ICapabilityIndexProvider.cs (its implementation:
//   app/Directory/Search/Elastic/ElasticCapabilityIndexProvider.cs and BaseElasticIndexProvider.cs; models:
//   app/Directory/Search/Dto/Documents/CapabilityDocument.cs, BaseDocument.cs, Dto/PartialDocuments/PartialCapability.cs,
//   PartialBiobank.cs, PartialNetworks.cs)
// Adapted: the NEST mapping attributes ([Keyword], [Text]) dropped; NetworkDocument, AssociatedDataDocument,
//   BiobankServiceDocument and OtherTermsDocument cut down to a Name; CapabilityDocument drops BiobankId and
//   AnnualDonorExpectationMetadata's siblings it does not share with a partial (kept: Id, Biobank, Networks, Protocols,
//   AnnualDonorExpectation, AnnualDonorExpectationMetadata, AssociatedData, BiobankServices, OntologyOtherTerms and
//   BaseDocument's OntologyTerm and BiobankExternalId); one namespace. Nullable disabled, as in the source (the project
//   does not enable it).
// Real store: ElasticCapabilityIndexProvider over NEST's ElasticClient (Elasticsearch, the capabilities index).
//   Index(id, document) indexes the document under its own Id (NEST infers the _id from the document's Id property; the
//   id argument only names the Hangfire job) and replaces a document with that Id; Update(id, partial) is a partial
//   update of the document with that id: the partial's fields are merged into it, and a document not indexed is a 404,
//   which HandleIndexResponse throws as InvalidIndexResponseException; Delete(id) deletes the document (a missing one is a
//   404: InvalidIndexResponseException); Index(documents) and Delete(ids) are bulk requests, nothing for an empty
//   sequence; ClearAsync deletes every document by a match-all query. Nothing of it reads a document back (search runs
//   through ICapabilitySearchProvider).
// Shapes: *=core; Index=1; Update=20
// First try (93199585): incomplete: IMF0001 Index(id, document), Index(documents) ('Index' is not a known verb),
//   Update(id, PartialCapability), Update(id, PartialNetworks) ("differs from the store's value type PartialBiobank") |
//   WRONG: Update(id, PartialBiobank) was a key-value Set: it stored the partial as the whole value under the id and
//   inserted it for an id never indexed, where the real update merges the partial's fields into the document and throws
//   InvalidIndexResponseException for a missing one (PartialBiobank was the store's value type only because, with three
//   partial types written once each and nothing read, the tie-break takes the name that sorts first); Delete(id) of an id
//   not indexed does nothing, where Elasticsearch's 404 throws. Delete(ids) and ClearAsync are right.
// After this round: the three Update overloads are refused (IMF0001, docs/generator.md key-value refusals: writes of
//   several value types in equal numbers with no read). Delete(id) of a missing id stays a no-op, as a key-value removal
//   is documented (Redis DEL, MemoryCache.Remove); the 404 is this provider's HandleIndexResponse, in no signature.
//   Index is rightly refused: it indexes under the document's own Id and ignores the id argument. Incomplete (5 refused).
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Biobanks.ICapabilityIndexProviderCase;

public class NetworkDocument
{
    public string Name { get; set; }
}

public class AssociatedDataDocument
{
    public string Name { get; set; }
}

public class BiobankServiceDocument
{
    public string Name { get; set; }
}

public class OtherTermsDocument
{
    public string Name { get; set; }
}

public class BaseDocument
{
    public string OntologyTerm { get; set; }

    public string BiobankExternalId { get; set; }
}

public class CapabilityDocument : BaseDocument
{
    public int Id { get; set; }

    public string Biobank { get; set; }

    public IEnumerable<NetworkDocument> Networks { get; set; }

    public string Protocols { get; set; }

    public string AnnualDonorExpectation { get; set; }

    public string AnnualDonorExpectationMetadata { get; set; }

    public IEnumerable<AssociatedDataDocument> AssociatedData { get; set; }

    public IEnumerable<BiobankServiceDocument> BiobankServices { get; set; }

    public IEnumerable<OtherTermsDocument> OntologyOtherTerms { get; set; }
}

public class PartialCapability
{
    public string OntologyTerm { get; set; }

    public string Protocols { get; set; }

    public string AnnualDonorExpectation { get; set; }

    public string AnnualDonorExpectationMetadata { get; set; }

    public IEnumerable<AssociatedDataDocument> AssociatedData { get; set; }

    public IEnumerable<OtherTermsDocument> OntologyOtherTerms { get; set; }
}

public class PartialBiobank
{
    public string Biobank { get; set; }

    public IEnumerable<NetworkDocument> Networks { get; set; }

    public IEnumerable<BiobankServiceDocument> BiobankServices { get; set; }
}

public class PartialNetworks
{
    public IEnumerable<NetworkDocument> Networks { get; set; }
}

[InMemoryFake]
public interface ICapabilityIndexProvider
{
    void Index(int id, CapabilityDocument capabilitySearch);
    void Update(int id, PartialCapability partialCapability);
    void Update(int id, PartialBiobank partialBiobank);
    void Update(int id, PartialNetworks partialNetworks);
    void Delete(int id);

    void Index(IEnumerable<CapabilityDocument> capabilitySearchDocuments);
    void Delete(IEnumerable<int> capabilitySearchDocumentIds);

    Task ClearAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ICapabilityIndexProvider index)
    {
        // Nothing of the interface reads a document back: the script checks which writes find the document.
        index.Index(1, new CapabilityDocument { Id = 1, Biobank = "Nottingham", Protocols = "p1" });
        index.Update(1, new PartialCapability { Protocols = "p2" });
        index.Update(1, new PartialBiobank { Biobank = "Nottingham Health Science Biobank" });
        index.Update(1, new PartialNetworks { Networks = [new NetworkDocument { Name = "UKCRC" }] });
        Check.Throws<System.Exception>(() => index.Update(2, new PartialCapability { Protocols = "p2" }), "Update of a document not indexed throws (a 404: InvalidIndexResponseException)");

        index.Index(7, new CapabilityDocument { Id = 3, Biobank = "Leeds" });
        index.Update(3, new PartialNetworks { Networks = [] });
        Check.Throws<System.Exception>(() => index.Update(7, new PartialNetworks { Networks = [] }), "Index(id, document) indexes under the document's own Id, not the id argument");

        index.Delete(1);
        Check.Throws<System.Exception>(() => index.Update(1, new PartialNetworks { Networks = [] }), "Delete removes the document");
        Check.Throws<System.Exception>(() => index.Delete(1), "Delete of a document not indexed throws (a 404)");

        index.Index([new CapabilityDocument { Id = 10 }, new CapabilityDocument { Id = 11 }]);
        index.Update(10, new PartialCapability { Protocols = "p" });
        index.Update(11, new PartialCapability { Protocols = "p" });
        index.Delete([10]);
        Check.Throws<System.Exception>(() => index.Update(10, new PartialCapability { Protocols = "p" }), "Delete(ids) removes those documents");
        index.Update(11, new PartialCapability { Protocols = "q" });
        index.Index([]);
        index.Delete([]);

        await index.ClearAsync();
        Check.Throws<System.Exception>(() => index.Update(11, new PartialCapability { Protocols = "p" }), "ClearAsync removes every document");
        Check.Throws<System.Exception>(() => index.Update(3, new PartialCapability { Protocols = "p" }), "every one");
    }
}
