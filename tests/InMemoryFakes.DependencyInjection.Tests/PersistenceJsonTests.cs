using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using InMemoryFakes.DependencyInjection.Persistence;
using InMemoryFakes.Serialization;
using InMemoryFakes.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

/// <summary>Where the JSON metadata comes from: generated registrations, the app's context, or the opt-in reflection fallback.</summary>
public sealed class PersistenceJsonTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_type_without_json_metadata_is_a_startup_error_naming_it_when_the_reflection_fallback_is_off()
    {
        using var host = Build<IGadgetStore>(reflection: false);

        var error = await Assert.ThrowsAsync<InMemoryFakesPersistenceException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(typeof(Gadget).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("The InMemoryFakes generator did not describe it: Gadget._gate is a non-public field", error.Message, StringComparison.Ordinal);
        Assert.Contains("JsonSerializerContext", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reflection_fallback_round_trips_a_type_the_generator_did_not_describe()
    {
        var first = Build<IGadgetStore>(reflection: true);
        await first.StartAsync(TestContext.Current.CancellationToken);
        first.Services.GetRequiredService<IGadgetStore>().Add(new Gadget { Name = "lamp" });
        await StopAsync(first);

        var second = Build<IGadgetStore>(reflection: true);
        await second.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal("lamp", second.Services.GetRequiredService<IGadgetStore>().Find(1)!.Name);
        await StopAsync(second);
    }

    [Fact]
    public async Task The_reflection_fallback_writes_composite_keys_as_arrays_and_reads_them_back()
    {
        var first = Build<ISeatStore>(reflection: true);
        await first.StartAsync(TestContext.Current.CancellationToken);
        first.Services.GetRequiredService<ISeatStore>().Add(new Seat { Row = "K", Number = 12, Holder = "Ada" });
        await StopAsync(first);

        using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken)))
        {
            var key = document.RootElement.GetProperty("tables")[0].GetProperty("entries")[0].GetProperty("key");
            Assert.Equal("[\"K\",12]", key.GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        }

        var second = Build<ISeatStore>(reflection: true);
        await second.StartAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Ada", second.Services.GetRequiredService<ISeatStore>().Find("K", 12)!.Holder);
        await StopAsync(second);
    }

    [Fact]
    public async Task The_reflection_fallback_refuses_a_read_only_property_that_would_not_survive_a_round_trip()
    {
        using var host = Build<IBadgeStore>(reflection: true);

        var error = await Assert.ThrowsAsync<InMemoryFakesPersistenceException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Badge.Issued", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metadata_registered_the_way_the_generator_emits_it_round_trips_without_reflection()
    {
        GeneratedWidgetJson.Register();

        var first = Build<IWidgetStore>(reflection: false);
        await first.StartAsync(TestContext.Current.CancellationToken);
        var widgets = first.Services.GetRequiredService<IWidgetStore>();
        widgets.Update(widgets.Add(new Widget { Name = "cog" }));
        await StopAsync(first);

        var text = await File.ReadAllTextAsync(_folder.File, TestContext.Current.CancellationToken);
        Assert.Contains("\"Name\": \"cog\"", text, StringComparison.Ordinal);

        var second = Build<IWidgetStore>(reflection: false);
        await second.StartAsync(TestContext.Current.CancellationToken);
        var reread = second.Services.GetRequiredService<IWidgetStore>().Find(1)!;
        Assert.Equal(("cog", 1), (reread.Name, reread.Version));
        Assert.Equal(2, Assert.Single(Fakes.Of(second.Services.GetRequiredService<IWidgetStore>()).Entries).Version);
        await StopAsync(second);
    }

    [Fact]
    public void The_built_in_metadata_covers_primitives_blobs_and_nullable_values_without_reflection()
    {
        var options = FakeJsonTypes.CreateOptions();

        Assert.Equal("42", JsonSerializer.Serialize(42, FakeJsonTypes.GetTypeInfo<int>(options)));
        Assert.Equal("null", JsonSerializer.Serialize((Guid?)null, FakeJsonTypes.GetTypeInfo<Guid?>(options)));
        Assert.Equal("\"AQI=\"", JsonSerializer.Serialize(new byte[] { 1, 2 }, FakeJsonTypes.GetTypeInfo<byte[]>(options)));
        Assert.NotNull(FakeJsonTypes.GetTypeInfo<StoredBlob>(options));
        Assert.Throws<NotSupportedException>(() => FakeJsonTypes.GetTypeInfo<Gadget>(options));
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The test exercises the reflection fallback on purpose.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The test exercises the reflection fallback on purpose.")]
    private IHost Build<TStore>(bool reflection)
        where TStore : class
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Root, DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(new ManualClock(T0));
        builder.Services.AddInMemoryFake<TStore>();
        builder.Services.AddInMemoryFakesPersistence(o =>
        {
            o.Path = _folder.File;
            if (reflection)
            {
                o.AllowReflectionFallback();
            }
        });
        return builder.Build();
    }

    private static async Task StopAsync(IHost host)
    {
        await host.StopAsync(TestContext.Current.CancellationToken);
        host.Dispose();
    }
}

/// <summary>
/// Exactly the shape docs/prototyping.md asks the generator to emit for an entity: one registration per stored type,
/// built with JsonMetadataServices, run from the assembly's module initializer.
/// </summary>
internal static class GeneratedWidgetJson
{
    internal static void Register()
        => FakeJsonTypes.Register<Widget>(static options => JsonMetadataServices.CreateObjectInfo<Widget>(options, new JsonObjectInfoValues<Widget>
        {
            ObjectCreator = static () => new Widget(),
            PropertyMetadataInitializer = _ => new JsonPropertyInfo[]
            {
                JsonMetadataServices.CreatePropertyInfo<int>(options, new JsonPropertyInfoValues<int>
                {
                    IsProperty = true,
                    IsPublic = true,
                    DeclaringType = typeof(Widget),
                    PropertyName = "Id",
                    Getter = static o => ((Widget)o).Id,
                    Setter = static (o, v) => ((Widget)o).Id = v,
                }),
                JsonMetadataServices.CreatePropertyInfo<string>(options, new JsonPropertyInfoValues<string>
                {
                    IsProperty = true,
                    IsPublic = true,
                    DeclaringType = typeof(Widget),
                    PropertyName = "Name",
                    Getter = static o => ((Widget)o).Name,
                    Setter = static (o, v) => ((Widget)o).Name = v!,
                }),
                JsonMetadataServices.CreatePropertyInfo<int>(options, new JsonPropertyInfoValues<int>
                {
                    IsProperty = true,
                    IsPublic = true,
                    DeclaringType = typeof(Widget),
                    PropertyName = "Version",
                    Getter = static o => ((Widget)o).Version,
                    Setter = static (o, v) => ((Widget)o).Version = v,
                }),
            },
        }));
}

/// <summary>Note metadata that fails to write one poisoned title: a save that breaks halfway.</summary>
internal sealed class FailingNoteResolver : IJsonTypeInfoResolver
{
    internal const string Poison = "cannot be written";

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        => type == typeof(Note) ? JsonMetadataServices.CreateValueInfo<Note>(options, new Converter()) : null;

    private sealed class Converter : JsonConverter<Note>
    {
        public override Note? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => JsonSerializer.Deserialize(ref reader, PersistenceJson.Default.Note);

        public override void Write(Utf8JsonWriter writer, Note value, JsonSerializerOptions options)
        {
            if (value.Title == Poison)
            {
                throw new JsonException("This note cannot be written.");
            }

            JsonSerializer.Serialize(writer, value, PersistenceJson.Default.Note);
        }
    }
}

public sealed class ObjectValuePersistenceTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2030, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Values_of_an_object_typed_table_come_back_as_their_own_types()
    {
        var first = await StartAsync();
        var cache = first.Services.GetRequiredService<IObjectCache>();
        cache.Set("name", "Ada");
        cache.Set("when", T0);
        cache.Increment("hits", 3);
        await first.StopAsync(TestContext.Current.CancellationToken);
        first.Dispose();

        var second = await StartAsync();
        var reread = second.Services.GetRequiredService<IObjectCache>();
        Assert.Equal("Ada", reread.Get("name"));
        Assert.Equal(T0, reread.Get("when"));
        Assert.Equal(4, reread.Increment("hits"));
        await second.StopAsync(TestContext.Current.CancellationToken);
        second.Dispose();
    }

    [Fact]
    public async Task An_object_typed_table_holding_a_type_it_cannot_keep_fails_to_save_naming_the_type()
    {
        var host = await StartAsync();
        host.Services.GetRequiredService<IObjectCache>().Set("note", new Note { Title = "x" });

        var error = Assert.Throws<InMemoryFakesPersistenceException>(() => host.Persistence().Save());

        Assert.Contains(typeof(Note).FullName!, error.Message, StringComparison.Ordinal);
        host.Services.GetRequiredService<IObjectCache>().Set("note", "fine now");
        await host.StopAsync(TestContext.Current.CancellationToken);
        host.Dispose();
    }

    private async Task<IHost> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Root, DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(new ManualClock(T0));
        builder.Services.AddInMemoryFake<IObjectCache>();
        builder.Services.AddInMemoryFakesPersistence(o =>
        {
            o.Path = _folder.File;
            o.JsonTypes.Add(PersistenceJson.Default);
        });
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }
}
