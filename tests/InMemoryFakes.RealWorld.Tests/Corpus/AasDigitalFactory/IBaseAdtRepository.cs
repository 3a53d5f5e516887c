// Source: https://github.com/Azure-Samples/aas-digital-factory
// Commit: 84efb1b3201e
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample51 rule (Corpus/CognitiveServicesSpeechSdk/IClientService.cs has it in full, with the repositories
//   skipped and why), fixed before probing. This one: the 6th and last pick (aas-digital-factory; its first such
//   interface in path order, 4 members).
// Path: src/AasFactory.Azure.Functions.ModelDataFlow/Interfaces/IBaseAdtRepository.cs (real store:
//   Services/BaseAdtRepository.cs over an IAdtClient (Azure Digital Twins) with AdtRelationshipIdBuilder; callers:
//   Services/GraphRepository.cs (the queries), ShellRepository.cs and ConceptDescriptionRepository.cs; relationship
//   types: src/AasFactory.Azure.Models/Adt/Relationships/*.cs)
// Adapted: the namespaces (one for all). Azure.DigitalTwins.Core's BasicDigitalTwin (Id, ETag, Contents; Metadata cut
//   to ModelId) and BasicRelationship (Id, SourceId, TargetId, Name, ETag, Properties) and Azure.Core's Pageable<T>
//   (its enumeration; AsPages dropped) are stand-ins with the SDK's public shape, declared here (the packages are not
//   referenced for three types). One relationship type of the sample, AASToSubmodel (Name "submodel"). Nullable
//   enabled, as in the source.
// Real store: BaseAdtRepository over an Azure Digital Twins instance. CreateOrReplaceTwin<T>(twin): the twin stored
//   under twin.Id, replacing any (PUT). CreateOrReplaceRelationship<TRel>(fromTwinId, toTwinId): a new TRel (its
//   constructor sets its Name) with SourceId = fromTwinId, TargetId = toTwinId and Id = "{fromTwinId}_{toTwinId}",
//   stored on the source twin under that Id, replacing any (ADT answers 404 when a twin is missing, and 400 when the
//   twin's model has no relationship of that name). QueryTwins<T>(query) and QueryRelationships<TRel>(query): run an
//   ADT query-language text (GraphRepository: "SELECT T.$dtId FROM digitaltwins T WHERE STARTSWITH(T.$dtId, 'aas_')",
//   "SELECT R.$relationshipId, R.$sourceId FROM RELATIONSHIPS R WHERE STARTSWITH(R.$relationshipId, 'aas_')") and
//   page through the matches, each deserialized as T.
// Shapes: *=core
// First try (30887e9): incomplete, nothing generated: IMF0001 on all four: CreateOrReplaceTwin<T>, QueryTwins<T> and
//   QueryRelationships<TRel> are generic over the entity type (one table per type argument, where a fake's tables are
//   planned when it is generated); CreateOrReplaceRelationship<TRel> "not a known verb". The probe stops at QueryTwins,
//   the script's first line | WRONG: none (no member generated).
// After this round: unchanged, rightly: the three generic members are the ones IImageEventRepository's file describes
//   (a table per type argument at run time, left to the lead), QueryTwins and QueryRelationships run an Azure Digital
//   Twins query text (SELECT ... WHERE STARTSWITH(...)) that no fake evaluates, and CreateOrReplaceRelationship builds
//   its Id ("{from}_{to}") with an id builder the interface does not show.
// After h-pertype41 (session 41): still all four refused, rightly, each now with its own cause: members generic over the
//   entity type get a table per type argument (docs/generator.md, "Repositories generic per member over the entity
//   type"), so the three are read as the same members of a repository of their type parameter: CreateOrReplaceTwin is
//   an either-or write (stored whole, merged, or a row of its own: the entity conventions' refusal), QueryTwins and
//   QueryRelationships "not a known verb" (an ADT query text no fake evaluates); CreateOrReplaceRelationship takes and
//   returns no TRelationship, so which table it writes and what it builds are not said.
#nullable enable

using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AasDigitalFactory.IBaseAdtRepositoryCase;

public class DigitalTwinMetadata
{
    public string? ModelId { get; set; }
}

public class BasicDigitalTwin
{
    public string? Id { get; set; }
    public string? ETag { get; set; }
    public DigitalTwinMetadata Metadata { get; set; } = new();
    public IDictionary<string, object> Contents { get; set; } = new Dictionary<string, object>();
}

public class BasicRelationship
{
    public string? Id { get; set; }
    public string? SourceId { get; set; }
    public string? TargetId { get; set; }
    public string? Name { get; set; }
    public string? ETag { get; set; }
    public IDictionary<string, object> Properties { get; set; } = new Dictionary<string, object>();
}

public abstract class Pageable<T> : IEnumerable<T>
{
    public abstract IEnumerator<T> GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public class AASToSubmodel : BasicRelationship
{
    public AASToSubmodel()
    {
        Name = "submodel";
    }
}

[InMemoryFake]
public interface IBaseAdtRepository
{
    void CreateOrReplaceRelationship<TRelationship>(string fromTwinId, string toTwinId)
        where TRelationship : BasicRelationship, new();

    void CreateOrReplaceTwin<TwinType>(TwinType twin)
        where TwinType : BasicDigitalTwin;

    Pageable<T> QueryTwins<T>(string query)
        where T : BasicDigitalTwin;

    Pageable<TRel> QueryRelationships<TRel>(string query)
        where TRel : BasicRelationship;
}

public static class Smoke
{
    public static Task RunAsync(IBaseAdtRepository repository)
    {
        const string TwinsQuery = "SELECT T.$dtId FROM digitaltwins T WHERE STARTSWITH(T.$dtId, 'aas_')";
        const string RelationshipsQuery = "SELECT R.$relationshipId, R.$sourceId FROM RELATIONSHIPS R WHERE STARTSWITH(R.$relationshipId, 'aas_')";

        Check.Equal(0, repository.QueryTwins<BasicDigitalTwin>(TwinsQuery).Count(), "an empty instance has no twin");
        repository.CreateOrReplaceTwin(new BasicDigitalTwin { Id = "aas_press1", Metadata = { ModelId = "dtmi:aas:Shell;1" } });
        repository.CreateOrReplaceTwin(new BasicDigitalTwin { Id = "aas_sm_press1", Metadata = { ModelId = "dtmi:aas:Submodel;1" } });
        repository.CreateOrReplaceTwin(new BasicDigitalTwin { Id = "plant_1", Metadata = { ModelId = "dtmi:plant;1" } });
        var twins = repository.QueryTwins<BasicDigitalTwin>(TwinsQuery).Select(t => t.Id).OrderBy(id => id).ToList();
        Check.Equal(2, twins.Count, "the query returns the twins whose id starts with aas_");
        Check.Equal("aas_press1", twins[0], "by their ids");

        repository.CreateOrReplaceTwin(new BasicDigitalTwin { Id = "aas_press1", Metadata = { ModelId = "dtmi:aas:Shell;2" } });
        Check.Equal(2, repository.QueryTwins<BasicDigitalTwin>(TwinsQuery).Count(), "CreateOrReplaceTwin of a stored id replaces the twin");

        repository.CreateOrReplaceRelationship<AASToSubmodel>("aas_press1", "aas_sm_press1");
        var relationship = repository.QueryRelationships<BasicRelationship>(RelationshipsQuery).Single();
        Check.Equal("aas_press1_aas_sm_press1", relationship.Id, "the relationship's id is {from}_{to}");
        Check.Equal("aas_press1", relationship.SourceId, "from the source twin");
        repository.CreateOrReplaceRelationship<AASToSubmodel>("aas_press1", "aas_sm_press1");
        Check.Equal(1, repository.QueryRelationships<BasicRelationship>(RelationshipsQuery).Count(), "creating it again replaces it");
        return Task.CompletedTask;
    }
}
