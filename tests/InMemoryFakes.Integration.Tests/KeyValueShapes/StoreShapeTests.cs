using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Shapes 12 and 13 of issue 10: a single-document store, a keyless append-only collection, and a store that makes up
// the key of each value it stores (ITicketStore, IdentityServer's grant stores), with nouns after the verbs.

public sealed class GatewayConfiguration
{
    public string BaseUrl { get; set; } = "";

    public List<string> Routes { get; set; } = [];
}

[InMemoryFake]
public interface IConfigurationDocument
{
    GatewayConfiguration? Get();

    Task SetAsync(GatewayConfiguration configuration);
}

/// <summary>A single document whose write is called Save: no key anywhere, so no entity either.</summary>
[InMemoryFake]
public interface ISettingsDocument
{
    Task<GatewayConfiguration?> LoadAsync();

    Task SaveAsync(GatewayConfiguration settings);
}

[InMemoryFake]
public interface IElementRepository
{
    IReadOnlyCollection<XElement> GetAllElements();

    void StoreElement(XElement element, string friendlyName);
}

public sealed class Grant
{
    public string SubjectId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public int Lifetime { get; set; }
}

[InMemoryFake]
public interface IGrantStore
{
    Task<string> StoreGrantAsync(Grant grant);

    Task<Grant?> GetGrantAsync(string handle);

    Task UpdateGrantAsync(string handle, Grant grant);

    Task RemoveGrantAsync(string handle);

    Task<int> RemoveGrantsAsync(string subjectId, string clientId);
}

public sealed class Message
{
    public string Text { get; set; } = "";
}

[InMemoryFake]
public interface IMessageLog
{
    long Append(Message message);

    Message? Read(long id);
}

public sealed class StoreShapeTests
{
    [Fact]
    public async Task A_single_document_store_holds_one_value_that_Set_replaces_and_Get_copies()
    {
        IConfigurationDocument store = new InMemoryConfigurationDocument();
        Assert.Null(store.Get());

        var configuration = new GatewayConfiguration { BaseUrl = "https://a", Routes = ["/orders"] };
        await store.SetAsync(configuration);
        configuration.Routes.Add("/changed-after-set");
        Assert.Equal(["/orders"], store.Get()!.Routes);

        await store.SetAsync(new GatewayConfiguration { BaseUrl = "https://b" });
        Assert.Equal("https://b", store.Get()!.BaseUrl);
        Assert.Empty(store.Get()!.Routes);
        Assert.Single(Fakes.Of(store).Entries);
    }

    [Fact]
    public async Task A_single_document_written_with_Save_is_a_single_value_not_an_entity_without_a_key()
    {
        ISettingsDocument store = new InMemorySettingsDocument();
        Assert.Null(await store.LoadAsync());

        await store.SaveAsync(new GatewayConfiguration { BaseUrl = "https://a" });
        await store.SaveAsync(new GatewayConfiguration { BaseUrl = "https://b" });

        Assert.Equal("https://b", (await store.LoadAsync())?.BaseUrl);
        Assert.Single(Fakes.Of(store).Entries);
    }

    [Fact]
    public void An_append_only_collection_keeps_every_element_even_under_the_same_friendly_name()
    {
        IElementRepository repository = new InMemoryElementRepository();
        repository.StoreElement(new XElement("key", new XAttribute("id", "1")), "key-1");
        repository.StoreElement(new XElement("key", new XAttribute("id", "2")), "key-1");

        Assert.Equal(["1", "2"], repository.GetAllElements().Select(static e => (string?)e.Attribute("id")));
    }

    [Fact]
    public async Task Store_makes_up_a_new_key_per_value_and_Get_finds_the_value_by_it()
    {
        IGrantStore store = new InMemoryGrantStore();
        var first = await store.StoreGrantAsync(new Grant { SubjectId = "alice", ClientId = "web" });
        var second = await store.StoreGrantAsync(new Grant { SubjectId = "alice", ClientId = "web" });

        Assert.NotEqual(first, second);
        Assert.Equal(32, first.Length);
        Assert.Equal("alice", (await store.GetGrantAsync(first))?.SubjectId);
        Assert.Null(await store.GetGrantAsync("unknown"));
    }

    [Fact]
    public async Task Update_replaces_the_value_under_its_key_and_Remove_of_an_unknown_key_is_no_error()
    {
        IGrantStore store = new InMemoryGrantStore();
        var handle = await store.StoreGrantAsync(new Grant { SubjectId = "alice", Lifetime = 1 });

        await store.UpdateGrantAsync(handle, new Grant { SubjectId = "alice", Lifetime = 2 });
        Assert.Equal(2, (await store.GetGrantAsync(handle))?.Lifetime);

        await store.RemoveGrantAsync(handle);
        await store.RemoveGrantAsync(handle);
        Assert.Null(await store.GetGrantAsync(handle));
    }

    [Fact]
    public async Task A_plural_removal_with_parameters_named_after_properties_removes_the_matching_values()
    {
        IGrantStore store = new InMemoryGrantStore();
        var a = await store.StoreGrantAsync(new Grant { SubjectId = "alice", ClientId = "web" });
        var b = await store.StoreGrantAsync(new Grant { SubjectId = "alice", ClientId = "web" });
        var c = await store.StoreGrantAsync(new Grant { SubjectId = "alice", ClientId = "spa" });
        var d = await store.StoreGrantAsync(new Grant { SubjectId = "bob", ClientId = "web" });

        Assert.Equal(2, await store.RemoveGrantsAsync("alice", "web"));

        Assert.Null(await store.GetGrantAsync(a));
        Assert.Null(await store.GetGrantAsync(b));
        Assert.NotNull(await store.GetGrantAsync(c));
        Assert.NotNull(await store.GetGrantAsync(d));
    }

    [Fact]
    public void A_long_key_is_made_up_as_the_next_number()
    {
        IMessageLog log = new InMemoryMessageLog();

        var first = log.Append(new Message { Text = "a" });
        var second = log.Append(new Message { Text = "b" });

        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal("b", log.Read(second)?.Text);
    }

    [Fact]
    public async Task A_null_value_is_refused_naming_the_parameter_and_nothing_is_stored()
    {
        IGrantStore store = new InMemoryGrantStore();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => store.StoreGrantAsync(null!));

        Assert.Equal("grant", error.ParamName);
        Assert.Equal(0, Fakes.Of(store).Count);
    }
}
