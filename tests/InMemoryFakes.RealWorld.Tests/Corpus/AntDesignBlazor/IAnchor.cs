// Source: https://github.com/ant-design-blazor/ant-design-blazor
// Commit: 0c3881dcc7a0
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample104 rule, fixed before probing: the repositories find_repos("Blazor") lists, in its order, keeping
//   those with C# files (find_files(repo, ext="cs") returns rows; find_repos("Maui") only if that list ran out: it did
//   not); a repository with no licence file of its own is skipped; in each kept repository, at the newest stored
//   snapshot (fetch, then git grep for interfaces in *.cs, paths sorted ordinally), the first interface outside paths
//   containing "test" (any case) whose implementation in the same repository keeps state (a database, cache, blob,
//   table, file, in-memory collection) and which has at least 3 members (inherited members count when the base is in
//   the same repository); not a corpus source already (a repository named in a Source line is passed over); at most 1
//   per repository; stop after 3. In order: dotnetcore/BootstrapBlazor is a corpus source;
//   syncfusion-content/blazor-docs has no C#; Megabit/Blazorise has a LICENSE.md, but it only points to Blazorise's
//   commercial licence terms (SLA-2023-07), to be accepted before reading the code: skipped, as h-sample97 skipped
//   elsa-platform's proprietary licence (the corpus needs a licence that allows transcribing a signature:
//   docs/real-world-corpus.md, Licences); dymaptic/GeoBlazor (MIT) has no such interface (its 226 interfaces are ArcGIS
//   JavaScript component mixins whose implementations are map components calling JavaScript; IAppValidator validates a
//   licence key, 1 member); radzenhq/radzen-blazor, MudBlazor/MudBlazor and microsoft/fluentui-blazor are corpus
//   sources; aicode1yun/Tempo.Blazor has no licence file (no LICENSE, LICENSE.md or LICENSE.txt; its snapshot is also
//   over fetch's size limit): skipped; telerik/blazor-docs has one C# file (a sitemap tool) and no interface;
//   masastack/MASA.Blazor and FritzAndFriends/BlazorWebFormsComponents are corpus sources; ant-design-blazor/
//   ant-design-blazor (MIT) gives IAnchor (this file); LostBeard/SpawnDev.BlazorJS (MIT) has no such interface
//   (IScreen, IMessagePort and IJSReadStream wrap JavaScript objects, the rest are JSON converters);
//   bxjg1987/testblazorauto (MIT) gives IDataDictionaryAppService (Corpus/TestBlazorAuto);
//   Community-Toolkit-for-Fluent-UI-Blazor/ fluentui-blazor-community-extensions (MIT) has no such interface (settings,
//   observers of the DOM, layout and colour strategies, metadata parsers; none with state in a store and 3 members);
//   TjnhPro/BlazorShop (MIT) gives IStorefrontCustomerAddressService (Corpus/TjnhBlazorShop): 3, stop.
//   This one: the 1st pick (the 12th repository listed). IAnchor is the first interface of the repository in path order
//   (components/anchor/IAnchor.cs).
// Path: components/anchor/IAnchor.cs; real store: components/anchor/Anchor.razor.cs (the Anchor component's
//   List<AnchorLink> _links; AnchorLink.razor.cs implements it too, for its own child links)
// Adapted: AnchorLink cut down to Href and Title (the component's parameters the members read; its own child links,
//   which AnchorLink keeps through the same interface, left out). Nullable disabled, as in the source
//   (components/AntDesign.csproj sets no Nullable). The interface is internal, as in the source, so the smoke script
//   takes the fake as object.
// Real store: Anchor, a Blazor component holding the links registered with it in a List<AnchorLink>, in the order they
//   were added (each AnchorLink adds itself to its parent when the parent is cascaded to it, and removes itself when
//   disposed). Add(link) appends the link unless a link already held has a non-empty Href equal to link.Href, then does
//   nothing (no error); a link whose Href is null or empty is always appended, even the same instance twice.
//   Remove(link) is List.Remove: the first entry that is this instance (AnchorLink is a component: reference equality),
//   none: nothing happens; another link with the same Href is not removed. Clear() empties the list (and each link's own
//   child links). FlatChildren() returns a new list of the links themselves (the instances held, not copies), in the
//   order added, keeping only those with a non-empty Href, each followed by its own child links (none here); the
//   Distinct(...) it calls discards its result, so nothing is de-duplicated.
// Shapes: *=core; Add=19; FlatChildren=6
// First try (cc7c7c0f): incomplete: IMF0009 on IAnchor ("Entity type 'AnchorLink' used by IAnchor has no key; mark the
//   key property with [Key] or [FakeKey] … if no property identifies a stored AnchorLink (the store keeps repeats, holds
//   one value, or computes what it returns), no key fits: write IAnchor by hand"); nothing generated | WRONG: none
//   (nothing generated).
// After this round: unchanged, and the refusal is right: no property identifies a link. Href looks like one, but Add
//   skips a repeat only for a non-empty Href (links without one are held, the same instance twice too), Remove takes out
//   the instance (another link with the same Href stays), and FlatChildren hands out the instances themselves in the
//   order added, leaving out links without Href; a fake keyed by Href (Key = "Href") would remove by Href, refuse a null
//   Href and hand out copies. The list of components is the component's own; a test writes IAnchor by hand.
#nullable disable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AntDesignBlazor.IAnchorCase;

public class AnchorLink
{
    public string Href { get; set; }

    public string Title { get; set; }
}

[InMemoryFake]
internal interface IAnchor
{
    void Add(AnchorLink anchorLink);
    void Remove(AnchorLink anchorLink);
    void Clear();
    List<AnchorLink> FlatChildren();
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object anchor)
    {
        Run((IAnchor)anchor);
        return Task.CompletedTask;
    }

    private static void Run(IAnchor anchor)
    {
        Check.Equal(0, anchor.FlatChildren().Count, "a new anchor holds no link");

        var intro = new AnchorLink { Href = "#intro", Title = "Intro" };
        var usage = new AnchorLink { Href = "#usage", Title = "Usage" };
        anchor.Add(intro);
        anchor.Add(usage);
        var links = anchor.FlatChildren();
        Check.Equal(2, links.Count, "Add appends each link");
        Check.Equal("#intro", links[0].Href, "in the order added");
        Check.Equal("#usage", links[1].Href, "in the order added (2)");
        Check.True(ReferenceEquals(intro, links[0]), "FlatChildren hands out the links themselves, not copies");

        var introAgain = new AnchorLink { Href = "#intro", Title = "Intro again" };
        anchor.Add(introAgain);
        links = anchor.FlatChildren();
        Check.Equal(2, links.Count, "Add of a link whose Href is already held does nothing");
        Check.Equal("Intro", links[0].Title, "and keeps the first link");

        var noHref = new AnchorLink { Title = "No target" };
        anchor.Add(noHref);
        anchor.Add(noHref);
        Check.Equal(2, anchor.FlatChildren().Count, "a link without Href is held (even twice) but FlatChildren leaves it out");

        anchor.Remove(introAgain);
        Check.Equal(2, anchor.FlatChildren().Count, "Remove of a link never added does nothing, even when a held link has its Href");

        anchor.Remove(usage);
        links = anchor.FlatChildren();
        Check.Equal(1, links.Count, "Remove takes that link out");
        Check.Equal("#intro", links[0].Href, "and no other");
        anchor.Remove(usage);
        Check.Equal(1, anchor.FlatChildren().Count, "Remove of a link no longer held does nothing");

        anchor.Add(usage);
        Check.Equal("#usage", anchor.FlatChildren()[1].Href, "a link removed can be added again, at the end");

        anchor.Clear();
        Check.Equal(0, anchor.FlatChildren().Count, "Clear empties the anchor");
    }
}
