// Source: https://github.com/OData/WebApi
// Commit: ddfd3dd77dfe
// Licence: MIT for the code (License.txt; documentation CC BY 3.0; an interface signature transcribed for a test)
// Sample: h-sample75 rule, fixed before probing: the repositories find_repos("WebApi") lists, in its order, keeping
//   those with C# files (then find_repos("web-api") if that list runs out); in each, at its newest stored snapshot
//   (fetch, then git grep, paths sorted ordinally), the first C# interface outside test paths that has at least 3
//   members and whose implementation in the same repository keeps state (a database, cache, blob, table, in-memory
//   collection); not a corpus source already; a licence that allows transcribing a signature (no licence file:
//   skipped); at most 1 per repository; stop after 5. Skipped, in order: OHDSI/WebAPI (Java, no .cs file);
//   webapis/Visa2026 (no licence file); JBHRIS/HrWebApi (its only licence file, JBHRIS.Api.Service/License.txt, says
//   "Test"); Gaurav1316web/WEBAPI-Solution (Visual Basic, no .cs file); bloominstituteoftechnology/webapi-iii-challenge
//   and webapi-ii-challenge (JavaScript); baranacikgoz/modular-monolith-ddd-vsa-webapi (a corpus source already:
//   Corpus/ModularMonolithDddVsaWebapi); dinhthanhtungr/Vietaus-webapi-net8- (no licence file);
//   sayedihashimi/webapi-testing and aliakbarlive/webApis (no .cs file); HubPavKul1/vetwebapi (Python, no .cs file).
//   The "WebApi" list gives all 5, in order: OData/WebApi IODataInstanceAnnotationContainer; dotnetcore/WebApiClient
//   IDataCollection; savchenkoaddev/TraffiLearn.WebApi IUnitOfWork; chimexy8alluvial/Fliq-WebAPI
//   IBlindDateCategoryRepository; CAUCA-9-1-1/survip-webapi IManagementContext.
//   This one: the 1st pick (the 1st repository listed). Before it in path order: samples/ declares no interface;
//   Builder/Conventions' IConvention family (stateless model-building rules) and Builder/IEdmTypeConfiguration (a
//   type's name, namespace and kind) keep no store.
// Path: src/Microsoft.AspNet.OData.Shared/Builder/IODataInstanceAnnotationContainer.cs (real store:
//   Builder/ODataInstanceAnnotationContainer.cs, the annotations a resource carries into its OData payload)
// Adapted: the XML comments are dropped. Nullable disabled, as in the source (the project does not enable it).
// Real store: ODataInstanceAnnotationContainer over a Dictionary<string, IDictionary<string, object>>: property name
//   (string.Empty for the resource itself) → annotation name → value. Add…Annotation validates the name (null or empty:
//   ArgumentNullException; starting with '@' or '.', ending with '.', or without a '.': ArgumentException) and sets the
//   value, replacing one of the same name; AddPropertyAnnotation, GetPropertyAnnotation and GetPropertyAnnotations
//   throw ArgumentNullException for a null or empty property name. Get…Annotation answers the value or null (an empty
//   annotation name is ArgumentNullException); GetResourceAnnotations / GetPropertyAnnotations answer the live inner
//   dictionary of that owner, or null when nothing was added for it.
// Shapes: *=none
// First try (ddd0e550): incomplete: IMF0001 all 6 (a known verb, Add or Get, before a noun of nothing in the store:
//   ResourceAnnotation(s), PropertyAnnotation(s)) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: two families of entries (the resource's and each property's)
//   keyed by an owner and a name, with a naming rule of OData's own (a namespace-qualified name, no leading '@'), and
//   reads that answer the live dictionary of one owner or null; no noun or key of the signature says which member is
//   which entry, and a guessed two-part key would accept the names OData rejects.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ODataWebApi.IODataInstanceAnnotationContainerCase;

[InMemoryFake]
public interface IODataInstanceAnnotationContainer
{
    void AddResourceAnnotation(string annotationName, object value);

    void AddPropertyAnnotation(string propertyName, string annotationName, object value);

    object GetResourceAnnotation(string annotationName);

    object GetPropertyAnnotation(string propertyName, string annotationName);

    IDictionary<string,object> GetResourceAnnotations();

    IDictionary<string, object> GetPropertyAnnotations(string propertyName);
}

public static class Smoke
{
    public static Task RunAsync(IODataInstanceAnnotationContainer container)
    {
        Check.Null(container.GetResourceAnnotation("NS.Rating"), "a new container holds no resource annotation");
        Check.Null(container.GetResourceAnnotations(), "and its resource annotations are null, not an empty dictionary");

        container.AddResourceAnnotation("NS.Rating", 3);
        container.AddResourceAnnotation("NS.Rating", 4);
        Check.Equal<object>(4, container.GetResourceAnnotation("NS.Rating"), "a second value of the same name replaces the first");
        container.AddPropertyAnnotation("Name", "NS.Rating", "high");
        Check.Equal<object>("high", container.GetPropertyAnnotation("Name", "NS.Rating"), "a property's annotation is read by property and name");
        Check.Equal<object>(4, container.GetResourceAnnotation("NS.Rating"), "and stays apart from the resource's of the same name");
        Check.Null(container.GetPropertyAnnotation("Title", "NS.Rating"), "another property has none");
        Check.Equal(1, container.GetResourceAnnotations().Count, "the resource's annotations hold one name");
        Check.Equal(1, container.GetPropertyAnnotations("Name").Count, "and so do the property's");
        Check.Null(container.GetPropertyAnnotations("Title"), "a property without annotations answers null");

        Check.Throws<ArgumentException>(() => container.AddResourceAnnotation("Rating", 1), "a name without a namespace is refused");
        Check.Throws<ArgumentException>(() => container.AddResourceAnnotation("@NS.Rating", 1), "and one starting with '@'");
        Check.Throws<ArgumentNullException>(() => container.AddResourceAnnotation("", 1), "an empty name is ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => container.AddPropertyAnnotation(null, "NS.Rating", 1), "so is a null property name");
        Check.Throws<ArgumentNullException>(() => container.GetResourceAnnotation(null), "and a read by a null name");
        Check.Equal(1, container.GetResourceAnnotations().Count, "the refused writes stored nothing");
        return Task.CompletedTask;
    }
}
