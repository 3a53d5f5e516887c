using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

/// <summary>
/// A key of two parts (a container and a name), as Git Credential Manager's ICredentialStore and NuGet's settings store
/// address entries: every keyed member takes the same leading pair, and members taking the container alone remove it.
/// </summary>
[InMemoryFake]
public interface ISecretStore
{
    string? Get(string service, string account);

    void AddOrUpdate(string service, string account, string value);

    bool Remove(string service, string account);

    bool Exists(string service, string account);

    void DeleteService(string service);
}

/// <summary>The same shape, asynchronous, with a count from the container removal.</summary>
[InMemoryFake]
public interface IPropertyStore
{
    Task<int?> GetAsync(string collection, string propertyName);

    Task SetAsync(string collection, string propertyName, int value);

    Task<int> DeleteAsync(string collection);
}

public class TwoPartKeyTests
{
    [Fact]
    public void The_same_name_in_another_container_is_another_entry()
    {
        ISecretStore store = new InMemorySecretStore();
        store.AddOrUpdate("github.com", "alice", "s1");
        store.AddOrUpdate("gitlab.com", "alice", "s2");
        store.AddOrUpdate("github.com", "bob", "s3");

        Assert.Equal("s1", store.Get("github.com", "alice"));
        Assert.Equal("s2", store.Get("gitlab.com", "alice"));
        Assert.Equal("s3", store.Get("github.com", "bob"));
        Assert.Null(store.Get("gitlab.com", "bob"));
        Assert.True(store.Exists("github.com", "bob"));
        Assert.False(store.Exists("gitlab.com", "bob"));
    }

    [Fact]
    public void A_write_replaces_and_a_removal_takes_only_its_pair()
    {
        ISecretStore store = new InMemorySecretStore();
        store.AddOrUpdate("github.com", "alice", "s1");
        store.AddOrUpdate("github.com", "alice", "s2");
        store.AddOrUpdate("gitlab.com", "alice", "s3");

        Assert.Equal("s2", store.Get("github.com", "alice"));
        Assert.True(store.Remove("github.com", "alice"));
        Assert.False(store.Remove("github.com", "alice"));
        Assert.Null(store.Get("github.com", "alice"));
        Assert.Equal("s3", store.Get("gitlab.com", "alice"));
    }

    [Fact]
    public void Names_compare_ordinally_in_both_parts()
    {
        ISecretStore store = new InMemorySecretStore();
        store.AddOrUpdate("github.com", "alice", "s1");

        Assert.Null(store.Get("GITHUB.COM", "alice"));
        Assert.Null(store.Get("github.com", "ALICE"));
    }

    [Fact]
    public void Removing_a_container_removes_its_entries_and_keeps_the_others()
    {
        ISecretStore store = new InMemorySecretStore();
        store.AddOrUpdate("github.com", "alice", "s1");
        store.AddOrUpdate("github.com", "bob", "s2");
        store.AddOrUpdate("gitlab.com", "alice", "s3");

        store.DeleteService("github.com");
        store.DeleteService("example.org");

        Assert.Null(store.Get("github.com", "alice"));
        Assert.Null(store.Get("github.com", "bob"));
        Assert.Equal("s3", store.Get("gitlab.com", "alice"));
    }

    [Fact]
    public void A_null_part_throws_naming_it_and_leaves_the_store_unchanged()
    {
        ISecretStore store = new InMemorySecretStore();
        store.AddOrUpdate("github.com", "alice", "s1");

        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => store.Get("github.com", null!)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentNullException>(() => store.AddOrUpdate(null!, "alice", "s2")).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => store.Remove("github.com", null!)).ParamName);
        Assert.Equal("service", Assert.Throws<ArgumentException>(() => store.Get("", "alice")).ParamName);
        Assert.Equal("s1", store.Get("github.com", "alice"));
    }

    [Fact]
    public async Task An_async_store_counts_the_entries_a_container_removal_took()
    {
        IPropertyStore store = new InMemoryPropertyStore();
        await store.SetAsync("NuGet", "Count", 3);
        await store.SetAsync("NuGet", "Depth", 4);
        await store.SetAsync("Other", "Count", 5);

        Assert.Equal(3, await store.GetAsync("NuGet", "Count"));
        Assert.Null(await store.GetAsync("Other", "Depth"));
        Assert.Equal(2, await store.DeleteAsync("NuGet"));
        Assert.Equal(0, await store.DeleteAsync("NuGet"));
        Assert.Null(await store.GetAsync("NuGet", "Count"));
        Assert.Equal(5, await store.GetAsync("Other", "Count"));
    }
}
