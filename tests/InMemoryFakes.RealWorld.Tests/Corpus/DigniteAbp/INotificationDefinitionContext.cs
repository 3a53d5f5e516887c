// Source: https://github.com/dignite-projects/dignite-abp
// Commit: d34f62886757
// Licence: LGPL-3.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample76 rule (the whole rule and the repositories it skipped: Corpus/AbpNextAdmin/IAuditLogManager.cs).
//   This one: the 3rd pick (the 16th of find_repos("abp")). Before it in path order: routing, Razor and dynamic-form
//   component contracts (no state, or fewer than 3 members), INotificationDataComponent and the other notification
//   UI selectors (1 member).
// Path: framework/src/Dignite.Abp.Notifications/Dignite/Abp/Notifications/INotificationDefinitionContext.cs (model:
//   NotificationDefinition.cs beside it)
// Adapted: ABP's ILocalizableString (DisplayName, Description) cut to string; the indexer over Attributes and the XML
//   comments left out. Nullable disabled, as in the source (the project sets none).
// Real store: NotificationDefinitionContext over the Dictionary<string, NotificationDefinition> that
//   NotificationDefinitionManager hands every provider's Define(context): Add(params definitions) sets each definition
//   under its Name (a Name added again replaces the earlier definition; a null or empty array adds nothing);
//   GetOrNull(name) the definition of that Name or null; GetAll() the definitions held (the dictionary's values).
// Shapes: *=none; Add=18
// First try (ddd0e550): incomplete: IMF0009 on the interface (NotificationDefinition has no key:
//   no property is named Id or NotificationDefinitionId or marked) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: that a definition is found and replaced by its
//   Name is the context's code (Add sets Notifications[definition.Name]), which no name or annotation of the model says.
//   Stating Key = "Name" (probed) generates Add and GetAll but not GetOrNull ('Or' names nothing in an entity
//   repository), and Add is then the entity add, whose duplicate-key error differs from the context's replacement: the
//   context is better written by hand over Store. Since h-leftover3 (session 29) GetOrNull by the stated key is
//   generated too (null for a missing name); this file, without Key, is unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DigniteAbp.INotificationDefinitionContextCase;

public class NotificationDefinition
{
    public string Name { get; private set; }

    public Type EntityType { get; private set; }

    public string DisplayName { get; set; }

    public string Description { get; set; }

    public string PermissionName { get; set; }

    public string FeatureName { get; set; }

    public IDictionary<string, object> Attributes { get; private set; }

    public NotificationDefinition(string name, Type entityType = null, string displayName = null, string description = null, string permissionName = null, string featureName = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentNullException("name", "name can not be null, empty or whitespace!");
        }
        Name = name;
        EntityType = entityType;
        DisplayName = displayName;
        Description = description;
        PermissionName = permissionName;
        FeatureName = featureName;

        Attributes = new Dictionary<string, object>();
    }
}

[InMemoryFake]
public interface INotificationDefinitionContext
{
    NotificationDefinition GetOrNull(string name);

    IReadOnlyList<NotificationDefinition> GetAll();

    void Add(params NotificationDefinition[] definitions);
}

public static class Smoke
{
    public static Task RunAsync(INotificationDefinitionContext context)
    {
        Check.Null(context.GetOrNull("OrderShipped"), "no definition added, none found");
        Check.Equal(0, context.GetAll().Count, "and none listed");

        context.Add(
            new NotificationDefinition("OrderShipped", displayName: "Order shipped"),
            new NotificationDefinition("NewComment", permissionName: "Blog.Comments"));
        Check.Equal("Order shipped", context.GetOrNull("OrderShipped")?.DisplayName, "Add keeps each definition under its name");
        Check.Equal("Blog.Comments", context.GetOrNull("NewComment")?.PermissionName, "every definition of the array");
        Check.Equal(2, context.GetAll().Count, "GetAll lists the definitions added");

        context.Add(new NotificationDefinition("OrderShipped", displayName: "Your order is on its way"));
        Check.Equal("Your order is on its way", context.GetOrNull("OrderShipped")?.DisplayName, "a name added again replaces the earlier definition");
        Check.Equal(2, context.GetAll().Count, "and adds no second one");

        context.Add();
        Check.Equal(2, context.GetAll().Count, "an empty Add adds nothing");
        Check.Equal(
            "NewComment,OrderShipped",
            string.Join(",", context.GetAll().Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal)),
            "GetAll holds one definition per name");
        return Task.CompletedTask;
    }
}
