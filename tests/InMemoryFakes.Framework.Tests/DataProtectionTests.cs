using System;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.Framework.Tests;

/// <summary>Two apps whose data protection keeps its key ring in one IXmlRepository fake share their keys.</summary>
public sealed class DataProtectionTests
{
    private static Task<TestApp> StartAsync(XmlRepositoryFake repository) => TestApp.StartAsync(
        services =>
        {
            services.AddDataProtection().SetApplicationName("shared-app");
            services.Configure<KeyManagementOptions>(options => options.XmlRepository = repository);
        },
        app =>
        {
            app.MapGet("/protect", (IDataProtectionProvider provider, string text) => provider.CreateProtector("tests").Protect(text));
            app.MapGet("/unprotect", (IDataProtectionProvider provider, string secret) =>
            {
                try
                {
                    return Results.Text(provider.CreateProtector("tests").Unprotect(secret));
                }
                catch (System.Security.Cryptography.CryptographicException exception)
                {
                    return Results.Text("refused: " + exception.Message, statusCode: 400);
                }
            });
        });

    [Fact]
    public async Task What_one_app_protects_the_other_unprotects_because_they_share_the_key_ring_in_the_fake()
    {
        var repository = new XmlRepositoryFake(new ManualClock(DateTimeOffset.UtcNow));
        await using var first = await StartAsync(repository);
        await using var second = await StartAsync(repository);
        using var a = first.Client();
        using var b = second.Client();

        var secret = await a.GetStringAsync("/protect?text=hello", TestContext.Current.CancellationToken);
        Assert.NotEqual("hello", secret);

        Assert.Equal("hello", await b.GetStringAsync("/unprotect?secret=" + Uri.EscapeDataString(secret), TestContext.Current.CancellationToken));

        // One key, created by the first app and read back (whole) by the second from the fake.
        var key = Assert.Single(repository.GetAllElements());
        Assert.Equal("key", key.Name.LocalName);
        Assert.NotNull(key.Element("descriptor"));
    }

    [Fact]
    public async Task An_app_on_another_repository_cannot_unprotect()
    {
        await using var first = await StartAsync(new XmlRepositoryFake(new ManualClock(DateTimeOffset.UtcNow)));
        await using var stranger = await StartAsync(new XmlRepositoryFake(new ManualClock(DateTimeOffset.UtcNow)));
        using var a = first.Client();
        using var b = stranger.Client();

        var secret = await a.GetStringAsync("/protect?text=hello", TestContext.Current.CancellationToken);
        var response = await b.GetAsync("/unprotect?secret=" + Uri.EscapeDataString(secret), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void A_stored_element_is_a_copy_so_changing_the_caller_s_element_does_not_change_the_key_ring()
    {
        var repository = new XmlRepositoryFake(new ManualClock());
        var element = new XElement("key", new XAttribute("id", "1"), new XElement("descriptor", "secret"));
        ((Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository)repository).StoreElement(element, "key-1");

        element.Element("descriptor")!.Value = "changed";
        element.SetAttributeValue("id", "2");

        var stored = Assert.Single(repository.GetAllElements());
        Assert.Equal("1", (string?)stored.Attribute("id"));
        Assert.Equal("secret", stored.Element("descriptor")!.Value);
        Assert.Equal(element.Name, stored.Name);
        Assert.Equal(2, stored.DescendantsAndSelf().Count());
    }
}
