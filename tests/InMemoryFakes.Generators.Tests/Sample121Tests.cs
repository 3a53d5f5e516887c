using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample121 (session 37), Microsoft's Azure samples. bing-visualsearch-tools' <c>IImageStore</c> keeps its images in a
/// settable <c>List&lt;ImageInfo&gt; Images</c> of its own and looks one up by URL with <c>GetImage(url)</c>, which the real
/// <c>AzureImageStore</c> answers from that list (ignoring case) or from its blob container. The property is refused (a
/// setter), and <c>GetImage</c> was generated as a read of the fake's table, which nothing fills and which is not the list a
/// hand-written <c>Images</c> keeps: silently other data. A key-value store whose interface keeps its values in a settable
/// collection property of its own now refuses every member planned over the table, naming the property. Also pinned: the
/// refusals of bc-community-samples' <c>IBlobContractFileRepository</c> and cosmicworks' <c>ICosmosDataService&lt;T&gt;</c>.
/// </summary>
public class Sample121Tests
{
    private const string ImageStore = Sources.Usings + """
        #nullable disable
        namespace V;

        public abstract class ImageInfo
        {
            public string Name { get; set; }
            public string Url { get; set; }
            public abstract Task GenerateSearchResponse();
        }

        [InMemoryFake]
        public interface IImageStore
        {
            string Name { get; set; }
            List<ImageInfo> Images { get; set; }
            Task Refresh(Dictionary<string, object> refreshParams);
            Task<ImageInfo> GetImage(string url);
        }
        """;

    private const string ListCause =
        "its values are kept in IImageStore's own property 'Images' (List<ImageInfo>, with a setter), the real store's list of them, which it fills and searches and a caller may replace; "
        + "the fake's table is not that list, and its values carry no key the store proves, so which of them a key finds is the real store's own rule; this member would read or change other data than Images holds (bing-visualsearch-tools' IImageStore answers GetImage(url) from its Images list "
        + "or its blob container, where the fake read a table nothing fills); write the member over the list the property keeps";

    [Fact]
    public void A_read_by_key_beside_a_settable_list_of_the_values_is_refused_naming_the_list()
    {
        var run = GeneratorHarness.Run(ImageStore);
        Refusals.Exactly(run,
            ("GetImage", ListCause),
            ("Images", "properties with a setter are not supported"),
            ("Name", "properties with a setter are not supported"),
            ("Refresh", "its parameter 'refreshParams' (System.Collections.Generic.Dictionary<string, object>) is not the key (string)"));
        Assert.Equal(
            "'GetImage' of IImageStore matches no key-value store convention: " + ListCause + ". "
            + "Implement it in the partial class InMemoryImageStore, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetImage), url) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetImage"));
    }

    [Fact]
    public void Written_by_hand_the_list_still_keeps_the_read_refused_and_the_writes_too()
    {
        var source = ImageStore.Replace(
            "Task<ImageInfo> GetImage(string url);",
            "Task<ImageInfo> GetImage(string url);\n    Task SetImage(string url, ImageInfo image);\n    Task<bool> RemoveImage(string url);",
            StringComparison.Ordinal) + """

            public sealed partial class InMemoryImageStore
            {
                public List<ImageInfo> Images { get; set; } = new();
            }
            """;
        var run = GeneratorHarness.Run(source);
        Assert.Equal(ListCause, Cause(Refusals.Message(run, "GetImage")));
        Assert.Equal(ListCause, Cause(Refusals.Message(run, "SetImage")));
        Assert.Equal(ListCause, Cause(Refusals.Message(run, "RemoveImage")));
    }

    [Fact]
    public void A_get_only_list_or_a_settable_list_of_another_type_keeps_the_read_generated()
    {
        var getOnly = GeneratorHarness.Run(ImageStore
            .Replace("List<ImageInfo> Images { get; set; }", "IEnumerable<ImageInfo> Values { get; }", StringComparison.Ordinal)
            .Replace("string Name { get; set; }\n", "", StringComparison.Ordinal)
            .Replace("Task Refresh(Dictionary<string, object> refreshParams);\n", "Task SetImage(string url, ImageInfo image);\n", StringComparison.Ordinal));
        Refusals.Exactly(getOnly);

        var otherType = GeneratorHarness.Run(ImageStore
            .Replace("List<ImageInfo> Images { get; set; }", "List<string> Tags { get; set; }", StringComparison.Ordinal));
        Assert.DoesNotContain("IMF0001 GetImage", Refusals.Listed(otherType));
        Assert.Contains("GetImage", otherType.Source("IImageStore.InMemoryFake.g.cs"), StringComparison.Ordinal);
    }

    private static string Cause(string message)
    {
        var start = message.IndexOf("convention: ", StringComparison.Ordinal) + "convention: ".Length;
        var end = message.IndexOf(". Implement it", StringComparison.Ordinal);
        return message[start..end];
    }
}
