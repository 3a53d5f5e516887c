// Source: https://github.com/Orckestra/C1-CMS-Foundation
// Commit: 7583a868a5d4
// Licence: MPL-1.1 (an interface signature and minimal stand-ins of System.Web types transcribed for a test)
// Sample: h-sample82 rule, fixed before probing (the walk and every skip: Corpus/CodeMazeGuides/ICmCourseService.cs).
//   This one: the 4th pick (the 37th repository of find_repos("Cms")). Its implementation, CmsPagesSiteMapPlugin, reads
//   the CMS's pages through PageManager (the data layer's cached page store): the records it hands out are the store's.
//   Before it in path order: ICmsSiteMapNode (1 member), ICmsSiteMapProvider (1), ISchemaOrgSiteMapNode (3 properties
//   of a node, which holds one page's values and no store).
// Path: Composite/AspNet/ISiteMapPlugin.cs (implementation: Composite/AspNet/CmsPagesSiteMapPlugin.cs, registered for
//   CmsPageSiteMapProvider, which asks every plugin in turn)
// Adapted: System.Web's SiteMapNode, SiteMapProvider and HttpContextBase (.NET Framework) are cut to stand-ins: a node
//   keeps its provider, key, URL and title; a provider its name and parent; the context nothing. XML comments dropped.
//   Nullable disabled, as in the source (a .NET Framework project).
// Real store: the C1 CMS page tree (the data layer's IPage records, per culture through DataScope).
//   GetChildNodes(node) of a page node is a new node per child page id (PageManager.GetChildrenIDs, then
//   GetPageById; null for a node that is not a page's); GetParentNode(node) the parent page's node, else the provider's
//   ParentProvider's answer; FindSiteMapNode(provider, rawUrl) parses the URL as a page URL (null with path info or no
//   page); FindSiteMapNode(provider, context) looks up the page being rendered (PageRenderer.CurrentPageId);
//   FindSiteMapNodeFromKey(provider, key) parses the key as a page Guid (null when it is none or no page has it);
//   IsAccessibleToUser is always true.
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 every member: GetChildNodes, GetParentNode ('ChildNodes', 'ParentNode' are
//   no noun of the store), both FindSiteMapNode (the key 'provider' compares by reference), FindSiteMapNodeFromKey
//   ('FromKey' is read by no convention), IsAccessibleToUser (not a known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a tree walk over the CMS's pages (child and parent by the
//   page hierarchy), a URL parse, the page being rendered, and an access rule; none is a read by key of nodes the
//   interface stores.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.C1CmsFoundation.ISiteMapPluginCase;

public class SiteMapProvider
{
    public string Name { get; set; }

    public SiteMapProvider ParentProvider { get; set; }
}

public class SiteMapNode
{
    public SiteMapNode(SiteMapProvider provider, string key)
    {
        Provider = provider;
        Key = key;
    }

    public SiteMapProvider Provider { get; }

    public string Key { get; }

    public string Url { get; set; }

    public string Title { get; set; }
}

public abstract class HttpContextBase
{
}

[InMemoryFake]
public interface ISiteMapPlugin
{
    List<SiteMapNode> GetChildNodes(SiteMapNode node);

    SiteMapNode GetParentNode(SiteMapNode node);

    SiteMapNode FindSiteMapNode(SiteMapProvider provider, string rawUrl);

    SiteMapNode FindSiteMapNode(SiteMapProvider provider, HttpContextBase context);

    SiteMapNode FindSiteMapNodeFromKey(SiteMapProvider provider, string key);

    bool IsAccessibleToUser(HttpContextBase context, SiteMapNode node);
}

public static class Smoke
{
    public static Task RunAsync(ISiteMapPlugin plugin)
    {
        var provider = new SiteMapProvider { Name = "CmsPageSiteMapProvider" };
        var node = new SiteMapNode(provider, "not-a-page");
        Check.True(plugin.IsAccessibleToUser(null, node), "IsAccessibleToUser is always true");
        Check.Null(plugin.FindSiteMapNodeFromKey(provider, "not-a-guid"), "a key that is no page Guid finds no node");
        Check.Null(plugin.FindSiteMapNodeFromKey(provider, Guid.NewGuid().ToString()), "nor does a Guid no page has");
        Check.Null(plugin.GetChildNodes(node), "a node that is not a page's has no child nodes (null)");
        Check.Null(plugin.GetParentNode(node), "nor a parent node (null)");
        return Task.CompletedTask;
    }
}
