using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// The runtime's public surface is split: user API in <c>InMemoryFakes</c>, what generated code needs in
/// <c>InMemoryFakes.Support</c>, hidden from IntelliSense. (PublicAPI.Unshipped.txt pins every member.)
/// </summary>
public sealed class PublicApiShapeTests
{
    private static readonly Type[] Exported = typeof(Fakes).Assembly.GetExportedTypes().Where(static t => !t.IsNested).ToArray();

    [Fact]
    public void Every_type_in_the_support_namespace_is_hidden_from_IntelliSense()
    {
        var support = Exported.Where(static t => t.Namespace == "InMemoryFakes.Support").ToArray();

        Assert.NotEmpty(support);
        Assert.All(support, t => Assert.Equal(EditorBrowsableState.Never, t.GetCustomAttribute<EditorBrowsableAttribute>()?.State));
    }

    [Fact]
    public void No_type_of_the_user_namespace_is_hidden()
    {
        var user = Exported.Where(static t => t.Namespace == "InMemoryFakes").ToArray();

        Assert.All(user, t => Assert.Null(t.GetCustomAttribute<EditorBrowsableAttribute>()));
    }

    [Fact]
    public void The_generated_code_support_types_are_in_the_support_namespace_and_test_only_types_are_internal()
    {
        string[] support = ["FakeCore", "FakeDefaults", "FakeErrors", "FakeTable", "EntityTable`2", "KeyValueTable`2", "BlobTable", "EntityModel`2", "UniqueConstraint`1", "QueryOperators", "EntityOrder`1", "IndexProbe"];
        Assert.All(support, name => Assert.Contains(Exported, t => t.Name == name && t.Namespace == "InMemoryFakes.Support"));

        Assert.False(typeof(Fakes).Assembly.GetType("InMemoryFakes.KeyLocks")!.IsPublic);
        Assert.False(typeof(Fakes).Assembly.GetType("InMemoryFakes.KeyGenerator`1")!.IsPublic);
    }
}
