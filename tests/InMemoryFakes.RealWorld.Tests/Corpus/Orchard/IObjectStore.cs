// Source: https://github.com/OrchardCMS/Orchard
// Commit: 4a05e7777
// Licence: BSD-3-Clause (an interface signature and minimal models transcribed for a test)
// Sample: h-sample30 rule, fixed before probing: in these repositories, in this order (dnnsoftware/Dnn.Platform,
//   OrchardCMS/Orchard, dotnetcore/WTM, files-community/Files, Jackett/Jackett, zkSNACKs/WalletWasabi, veler/DevToys,
//   microsoft/PowerToys, Kareadita/Kavita (skipped: in the corpus), ShareX/ShareX, OpenCover/opencover, dotnet/docfx,
//   Azure/azure-functions-durable-extension, microsoft/vscode-dotnettools (if held)), skipping any the tools do not hold
//   or that are over fetch's limit, and every interface already in the corpus (grep Corpus/ for its name and source
//   path), at the newest stored snapshot (fetch, then git grep -n -E "interface I\w*(Repository|Repo|Store|Storage|
//   Cache)\b" in *.cs, paths sorted ordinally): the first interfaces in ordinal path order not yet in the corpus (at most
//   2 per repository; an identical copy of one already in the corpus does not count), outside paths containing "test"
//   (any case), that declare at least 3 members (inherited ones count if the base interface is in the same
//   repository); stop after 8; each transcribed whole (up to 50 members).
//   Dnn.Platform (792 MB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. WTM, Files, Jackett, DevToys,
//   ShareX, opencover, docfx and azure-functions-durable-extension have no such interface; vscode-dotnettools holds no
//   .cs file. Orchard (1.x, not OrchardCore, whose interfaces are Corpus/OrchardCore's) has 9: the first two by path,
//   IAliasStorage (Orchard.Alias) and IObjectStore (Orchard.Layouts), are taken, neither in the corpus (Corpus/Lean's
//   IObjectStore is another interface). WalletWasabi's ITransactionStore (1 member), IIndexStore (1) and
//   ICoinJoinIdStore (2) declare fewer than 3. So the rule picks 3, not 8, in order: Orchard IAliasStorage, IObjectStore;
//   WalletWasabi IFileSystemBlockRepository.
//   This one: the 2nd of OrchardCMS/Orchard (4 members; its base IDependency, in the same repository, declares none).
// Path: src/Orchard.Web/Modules/Orchard.Layouts/Services/IObjectStore.cs (base: src/Orchard/IDependency.cs; real store:
//   Services/ObjectStore.cs beside it, over ASP.NET's session state; used by Controllers/ElementController.cs with
//   Models/ElementSessionState.cs and Helpers/ObjectStoreHelper.cs)
// Adapted: the XML comment dropped; ElementSessionState as it is ([Serializable] dropped). Nullable disabled, as in the
//   source (a .NET Framework 4.8 project).
// Real store: ObjectStore, over the request's HttpSessionStateBase (in-process session state: a
//   SessionStateItemCollection, whose keys compare case-insensitively, invariant culture). Set(key, value): null key
//   throws ArgumentNullException; Session[key] = value (replacing; a null value is stored as null). Get(key,
//   defaultValue): null key throws ArgumentNullException; the value stored under the key, else (missing or null) the
//   value defaultValue() makes, else null; the default is only returned, never stored. GenerateKey(): a new Guid's text
//   ("D" format), a fresh one each call; nothing is stored. Remove(key): Session.Remove(key); a missing key does nothing.
//   ElementController sets an ElementSessionState under the editor's session key and reads it back with the
//   ObjectStoreHelper.Get<T> extension (a cast of Get's result).
// Shapes: *=10
// Configured: StringKeys = StringKeyComparison.OrdinalIgnoreCase: session state finds a key ignoring case
//   (SessionStateItemCollection's CaseInsensitiveInvariantKeyComparer; the same as ordinal ignoring case for the keys
//   ElementController uses, GUID text), which no signature shows. Set after the first try (which ran with the attribute bare).
// First try (97de67d): incomplete: IMF0001 GenerateKey (not a known verb: the key is a new Guid the store makes up
//   and stores nothing under); generated: Set (replacing), Remove, and Get as a get-or-add | WRONG: Get(key,
//   defaultValue) stored what defaultValue made, so after one miss the key read as stored (a second Get with another
//   default returned the first default: observed), where ObjectStore only returns the default and stores nothing; and
//   Get(key) with the default left out (null) threw ArgumentNullException('defaultValue') where the real store returns
//   null (the smoke script's probe stopped there, in its first line).
// After this round: incomplete and no longer wrong: a read whose factory its names call a default (a parameter named
//   default…/fallback…, or a GetOrDefault verb) is IMF0001 (docs/generator.md, key-value refused guesses), since some
//   stores keep the default and some, as this one, only return it; written by hand it is one line
//   (Store.Call(nameof(Get), key, defaultValue).Get(key) ?? defaultValue?.Invoke()). GenerateKey stays refused (right:
//   a key the store makes up and stores nothing under). No attribute setting states either.
//   The generated Set and Remove compared keys ordinally, where session state ignores case: StringKeys (Configured,
//   above) states it.
// Still wrong: a null value is ArgumentNullException in the generated Set, where the session keeps null (no signature
//   says it: the parameter is oblivious); the probe stops at Get, in the script's first line, before it.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Orchard.IObjectStoreCase;

public interface IDependency
{
}

public class ElementSessionState
{
    public string TypeName { get; set; }
    public string ElementData { get; set; }
    public string ElementEditorData { get; set; }
    public int? ContentId { get; set; }
    public string ContentType { get; set; }
}

[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
public interface IObjectStore : IDependency
{
    void Set(string key, object value);
    object Get(string key, Func<object> defaultValue = null);
    string GenerateKey();
    void Remove(string key);
}

public static class Smoke
{
    public static async Task RunAsync(IObjectStore store)
    {
        await Task.CompletedTask;
        Check.Null(store.Get("7f1c"), "Get of an unknown key is null");

        store.Set("7f1c", new ElementSessionState { TypeName = "Orchard.Layouts.Elements.Html", ElementData = "Content=Hi", ContentId = 12 });
        var state = store.Get("7f1c") as ElementSessionState;
        Check.Equal("Orchard.Layouts.Elements.Html", state?.TypeName, "Get reads the state Set stored under the key");
        Check.Equal(12, state?.ContentId, "with its properties");

        Check.Equal("fallback", store.Get("9e2d", () => "fallback") as string, "Get of an unknown key returns what defaultValue makes");
        Check.Null(store.Get("9e2d"), "and does not store it: the key is still unknown");
        Check.True(store.Get("7f1c", () => "fallback") is ElementSessionState, "Get of a stored key ignores defaultValue");

        store.Set("7f1c", "replaced");
        Check.Equal("replaced", store.Get("7f1c") as string, "Set replaces the value of a key");

        var key = store.GenerateKey();
        Check.True(Guid.TryParse(key, out _), "GenerateKey makes a Guid's text");
        Check.True(key != store.GenerateKey(), "a fresh one each call");
        Check.Null(store.Get(key), "and stores nothing under it");

        store.Remove("7f1c");
        Check.Null(store.Get("7f1c"), "Remove removes the key");
        store.Remove("never-set");

        Check.Throws<ArgumentNullException>(() => store.Set(null, "x"), "Set of a null key throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => store.Get(null), "Get of a null key throws ArgumentNullException");

        store.Set("Layout-Key", "kept");
        Check.Equal("kept", store.Get("layout-key") as string, "session keys compare ignoring case");
        store.Set("empty", null);
        Check.Equal("d", store.Get("empty", () => "d") as string, "a null value is stored as null, so Get returns the default for it");
    }
}
