// Source: https://github.com/Azure-Samples/aas-digital-factory
// Commit: 84efb1b3201e
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 2nd pick (aas-digital-factory, already a
//   corpus source: IBaseAdtRepository is passed over; before this one in path order IModelDataFlowSettings reads the
//   function's configuration, IConverterHelpers and IAasConverter compute, IAasShellBuilder and
//   IAdtRelationshipIdBuilder declare 1; 6 members).
// Path: src/AasFactory.Azure.Functions.ModelDataFlow/Interfaces/IAdtTracker.cs (real store: Services/AdtTracker.cs;
//   used by Services/GraphRepository.cs to remember the twins and relationships a model update wrote)
// Adapted: the namespace; the XML comments dropped. Nullable enabled, as in the source
//   (AasFactory.Azure.Functions.ModelDataFlow.csproj).
// Real store: AdtTracker keeps two HashSet<string>s: AddTwinId and AddRelationshipId add to their set (an id already
//   there is kept once); GetTwinIds and GetRelationshipIds hand out the set itself (a live view: an id added later shows
//   in it); ClearTwinIds and ClearRelationshipIds replace their set with a new empty one, so a set handed out before keeps
//   its ids. Each set is apart from the other.
// Shapes: *=12
// First try (f923f300): incomplete, nothing generated: read as a key-value store, IMF0001 on all six ('AddTwinId',
//   'GetTwinIds', 'ClearTwinIds' and their relationship twins start with a known verb, but 'TwinId', 'TwinIds',
//   'RelationshipId' and 'RelationshipIds' are no noun of this store) | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: two sets of strings, each named only by the words of its verbs; no
//   key-value convention reads a noun out of a member's name as the name of a collection, and the reads hand out the live
//   set while Clear replaces it (a caller holding the old set keeps its ids), which a copy-on-read fake would not do.
//   A keyless set beside the store's subject (issue 10, shape 12) would have to say which noun is which set.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AasDigitalFactory.IAdtTrackerCase;

[InMemoryFake]
public interface IAdtTracker
{
    void AddTwinId(string twinId);

    IEnumerable<string> GetTwinIds();

    void AddRelationshipId(string relationshipId);

    IEnumerable<string> GetRelationshipIds();

    void ClearTwinIds();

    void ClearRelationshipIds();
}

public static class Smoke
{
    public static Task RunAsync(IAdtTracker tracker)
    {
        Check.Equal(0, tracker.GetTwinIds().Count(), "a new tracker has no twin id");
        tracker.AddTwinId("factory-1");
        tracker.AddTwinId("line-1");
        tracker.AddTwinId("factory-1");
        Check.Equal("factory-1,line-1", string.Join(",", tracker.GetTwinIds().OrderBy(static id => id, System.StringComparer.Ordinal)), "AddTwinId keeps each id once (a HashSet)");

        tracker.AddRelationshipId("factory-1-line-1");
        Check.Equal("factory-1-line-1", string.Join(",", tracker.GetRelationshipIds()), "relationship ids are a set of their own");
        Check.Equal(2, tracker.GetTwinIds().Count(), "beside the twin ids");

        var before = tracker.GetTwinIds();
        tracker.ClearTwinIds();
        Check.Equal(0, tracker.GetTwinIds().Count(), "ClearTwinIds starts an empty set");
        Check.Equal(2, before.Count(), "a set handed out before ClearTwinIds keeps its ids (Clear replaces the set)");
        Check.Equal(1, tracker.GetRelationshipIds().Count(), "ClearTwinIds leaves the relationship ids");

        tracker.AddTwinId("machine-7");
        var live = tracker.GetTwinIds();
        tracker.AddTwinId("machine-8");
        Check.Equal(2, live.Count(), "GetTwinIds hands out the live set, not a copy");

        tracker.ClearRelationshipIds();
        Check.Equal(0, tracker.GetRelationshipIds().Count(), "ClearRelationshipIds starts an empty set");
        Check.Equal(2, tracker.GetTwinIds().Count(), "and leaves the twin ids");
        return Task.CompletedTask;
    }
}
