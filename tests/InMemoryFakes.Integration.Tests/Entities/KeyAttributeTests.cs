using System;
using System.Threading.Tasks;
using MongoDB.Bson.Serialization.Attributes;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Key properties marked by the data libraries' own attributes, named neither Id nor {Entity}Id: MongoDB's [BsonId],
// Dapper.Contrib's [ExplicitKey] and sqlite-net's [PrimaryKey] (declared here as those libraries name them).

[AttributeUsage(AttributeTargets.Property)]
public sealed class ExplicitKeyAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class PrimaryKeyAttribute : Attribute
{
}

public sealed class ShortLink
{
    [BsonId]
    public string Slug { get; set; } = "";

    public string Target { get; set; } = "";
}

public sealed class TaxInvoice
{
    [ExplicitKey]
    public string Number { get; set; } = "";

    public decimal Total { get; set; }
}

public sealed class AppSetting
{
    [PrimaryKey]
    public string Name { get; set; } = "";

    public string? Value { get; set; }
}

[InMemoryFake]
public interface IShortLinks
{
    Task AddAsync(ShortLink link);

    Task<ShortLink?> GetAsync(string slug);
}

[InMemoryFake]
public interface ITaxInvoices
{
    void Insert(TaxInvoice invoice);

    TaxInvoice? Get(string number);
}

[InMemoryFake]
public interface IAppSettings
{
    void Save(AppSetting setting);

    AppSetting? Find(string name);
}

public sealed class KeyAttributeTests
{
    [Fact]
    public async Task A_property_marked_BsonId_is_the_key()
    {
        IShortLinks links = new InMemoryShortLinks();
        await links.AddAsync(new ShortLink { Slug = "docs", Target = "https://example.org/docs" });
        await Assert.ThrowsAsync<DuplicateKeyException>(() => links.AddAsync(new ShortLink { Slug = "docs", Target = "elsewhere" }));
        Assert.Equal("https://example.org/docs", (await links.GetAsync("docs"))?.Target);
    }

    [Fact]
    public void Properties_marked_ExplicitKey_or_PrimaryKey_are_the_keys()
    {
        ITaxInvoices invoices = new InMemoryTaxInvoices();
        invoices.Insert(new TaxInvoice { Number = "2026-001", Total = 10m });
        Assert.Equal(10m, invoices.Get("2026-001")?.Total);
        Assert.Throws<DuplicateKeyException>(() => invoices.Insert(new TaxInvoice { Number = "2026-001" }));

        IAppSettings settings = new InMemoryAppSettings();
        settings.Save(new AppSetting { Name = "theme", Value = "dark" });
        settings.Save(new AppSetting { Name = "theme", Value = "light" });
        Assert.Equal("light", settings.Find("theme")?.Value);
    }
}
