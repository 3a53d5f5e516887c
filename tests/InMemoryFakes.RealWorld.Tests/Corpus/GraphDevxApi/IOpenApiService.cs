// Source: https://github.com/microsoftgraph/microsoft-graph-devx-api
// Commit: e9622a72086d
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample113 rule (the whole rule and the repositories it skipped: Corpus/GroupMembershipManagement/
//   IAzureMaintenanceService.cs). This one: the 2nd pick (the 30th repository listed). Before it in path order:
//   CodeSnippetsReflection.OData/IODataSnippetsGenerator and CodeSnippetsReflection.OpenAPI/IOpenApiSnippetsGenerator
//   (none of their own, ISnippetsGenerator's 1), LanguageGenerators/ILanguageGenerator (1), CodeSnippetsReflection/
//   ISnippetsGenerator (1), FileService/Interfaces/IFileUtility (2), IHttpClientUtility (1), KnownIssuesService/
//   Interfaces/IKnownIssuesService (3: queries Azure DevOps work items over HTTP; the list it builds is rebuilt on
//   every call, nothing is kept between calls).
// Path: OpenAPIService/Interfaces/IOpenApiService.cs (real store: OpenAPIService/OpenApiService.cs; models:
//   OpenAPIService/Common/OpenApiStyleOptions.cs, the OpenApiStyle enum in OpenApiService.cs)
// Adapted: the namespaces (one for all); Microsoft.OpenApi's OpenApiDocument, OpenApiOperation and OpenApiUrlTreeNode
//   are stand-ins cut to what the smoke reads; OpenApiStyleOptions to its style and format. Nullable disabled, as in
//   the source (OpenAPIService.csproj states no Nullable).
// Real store: OpenApiService, the Graph DevX API's service that slices Microsoft Graph's OpenAPI description. Its one
//   piece of state is a static cache: GetGraphOpenApiDocumentAsync(graphUri, style, forceRefresh, fileName) answers the
//   document cached under "graphUri/style/fileName" (fileName by default from the style: powershell, default,
//   graphexplorer), else downloads graphUri/fileName.yaml over HTTP, caches it with its time, and answers it;
//   forceRefresh within the configured minutes still answers the cached one. Every other member computes:
//   CreatePredicate(operationIds, tags, url, …) builds a filter ("*" matches every operation; url with operationIds or
//   tags, or operationIds with tags, throws InvalidOperationException; none of the three throws too);
//   CreateFilteredDocument makes a new document of the operations the predicate keeps; ApplyStyle rewrites it for a
//   style; SerializeOpenApiDocument writes YAML or JSON to a new MemoryStream; CreateOpenApiUrlTreeNode builds the
//   URL tree of labelled documents, ConvertOpenApiUrlTreeNodeToJsonAsync writes it as JSON; CloneOpenApiDocument
//   round-trips the document through YAML (a new instance, equal content).
// Shapes: *=core
// First try (fa08f2db): incomplete: all 8 refused (IMF0001), the interface read as a blob store (the MemoryStream
//   result and the Stream parameter vote for one): CreateFilteredDocument, CreatePredicate, SerializeOpenApiDocument,
//   CreateOpenApiUrlTreeNode, ConvertOpenApiUrlTreeNodeToJsonAsync, ApplyStyle, CloneOpenApiDocument ("not a known
//   verb"), GetGraphOpenApiDocumentAsync ("'GraphOpenApiDocument' after it is no noun of a blob store") | WRONG: none
//   (nothing generated). Every refusal is right in substance (computations over OpenAPI documents, and an HTTP download
//   behind a cache keyed by URL, style and file name); only the store kind the messages name is not this interface's.
// After this round: unchanged (docs/generator-rounds.md, h-sample113, Left: a Stream or MemoryStream in a signature
//   of unknown verbs votes for a blob store).
// Session 36 (h-refusals36): a stream votes only beside a blob verb, and nothing here says any kind of store, so the
//   eight refusals read "matches no store convention", each naming its cause and that the members were read by the
//   key-value conventions, the default; none speaks of blobs. Still all refused, rightly.
#nullable disable

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GraphDevxApi.IOpenApiServiceCase;

/// <summary>Stand-in for Microsoft.OpenApi.Models.OpenApiDocument.</summary>
public class OpenApiDocument
{
    public string Title { get; set; }
    public string Version { get; set; }
    public List<OpenApiOperation> Operations { get; set; } = new List<OpenApiOperation>();
}

/// <summary>Stand-in for Microsoft.OpenApi.Models.OpenApiOperation.</summary>
public class OpenApiOperation
{
    public string OperationId { get; set; }
}

/// <summary>Stand-in for Microsoft.OpenApi.Services.OpenApiUrlTreeNode.</summary>
public class OpenApiUrlTreeNode
{
    public string Segment { get; set; }
}

public enum OpenApiStyle
{
    PowerShell,
    PowerPlatform,
    Plain,
    GEAutocomplete
}

public class OpenApiStyleOptions
{
    public OpenApiStyle Style { get; }
    public string OpenApiFormat { get; private set; }

    public OpenApiStyleOptions(OpenApiStyle style, string openApiFormat = null)
    {
        Style = style;
        OpenApiFormat = openApiFormat;
    }
}

[InMemoryFake]
public interface IOpenApiService
{
    OpenApiDocument CreateFilteredDocument(OpenApiDocument source, string title, string graphVersion, Func<OpenApiOperation, bool> predicate);

    Func<OpenApiOperation, bool> CreatePredicate(string operationIds, string tags, string url,
        OpenApiDocument source, string graphVersion = "v1.0", bool forceRefresh = false);

    MemoryStream SerializeOpenApiDocument(OpenApiDocument subset, OpenApiStyleOptions styleOptions);

    Task<OpenApiDocument> GetGraphOpenApiDocumentAsync(string graphUri, OpenApiStyle openApiStyle, bool forceRefresh, string fileName = null);

    OpenApiUrlTreeNode CreateOpenApiUrlTreeNode(ConcurrentDictionary<string, OpenApiDocument> sources);

    Task ConvertOpenApiUrlTreeNodeToJsonAsync(OpenApiUrlTreeNode rootNode, Stream stream);

    OpenApiDocument ApplyStyle(OpenApiStyle style, OpenApiDocument subsetOpenApiDocument, bool includeRequestBody = false, bool singularizeOperationIds = false);

    OpenApiDocument CloneOpenApiDocument(OpenApiDocument document);
}

public static class Smoke
{
    public static Task RunAsync(IOpenApiService service)
    {
        var source = new OpenApiDocument { Title = "Graph", Version = "v1.0" };
        source.Operations.Add(new OpenApiOperation { OperationId = "users.user.ListUser" });

        var all = service.CreatePredicate("*", null, null, source);
        Check.True(all(new OpenApiOperation { OperationId = "anything" }), "'*' keeps every operation");
        Check.Throws<InvalidOperationException>(() => service.CreatePredicate("a", "b", null, source), "operationIds and tags together are refused");

        var clone = service.CloneOpenApiDocument(source);
        Check.False(ReferenceEquals(source, clone), "the clone is a new document");
        Check.Equal("Graph", clone.Title, "with the same title");
        return Task.CompletedTask;
    }
}
