using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// The types <see cref="JsonPlanner"/> recognises: System.Text.Json's metadata API and attributes, the runtime's
/// serialization registry, and the framework types the runtime already has JSON metadata for. Resolved once per
/// compilation with <see cref="KnownSymbols"/>; a type the compilation does not have is null.
/// </summary>
internal sealed class JsonSymbols
{
    public JsonSymbols(Compilation compilation)
    {
        INamedTypeSymbol? Get(string metadataName) => compilation.GetTypeByMetadataName(metadataName);

        FakeJsonTypes = Get("InMemoryFakes.Serialization.FakeJsonTypes");
        GeneratedJson = Get("InMemoryFakes.Serialization.GeneratedJson");
        ValueTupleConverter2 = Get("InMemoryFakes.Serialization.ValueTupleJsonConverter`2");
        StoredBlob = Get("InMemoryFakes.Support.StoredBlob");
        JsonMetadataServices = Get("System.Text.Json.Serialization.Metadata.JsonMetadataServices");
        JsonIgnore = Get("System.Text.Json.Serialization.JsonIgnoreAttribute");
        JsonPropertyName = Get("System.Text.Json.Serialization.JsonPropertyNameAttribute");
        JsonConstructor = Get("System.Text.Json.Serialization.JsonConstructorAttribute");
        JsonRequired = Get("System.Text.Json.Serialization.JsonRequiredAttribute");
        JsonInclude = Get("System.Text.Json.Serialization.JsonIncludeAttribute");
        JsonExtensionData = Get("System.Text.Json.Serialization.JsonExtensionDataAttribute");
        JsonConverterAttribute = Get("System.Text.Json.Serialization.JsonConverterAttribute");
        JsonConverterOfT = Get("System.Text.Json.Serialization.JsonConverter`1");
        JsonConverterFactory = Get("System.Text.Json.Serialization.JsonConverterFactory");
        JsonStringEnumConverter = Get("System.Text.Json.Serialization.JsonStringEnumConverter");
        JsonElement = Get("System.Text.Json.JsonElement");
        JsonDocument = Get("System.Text.Json.JsonDocument");
        JsonNode = Get("System.Text.Json.Nodes.JsonNode");
        JsonObject = Get("System.Text.Json.Nodes.JsonObject");
        JsonArray = Get("System.Text.Json.Nodes.JsonArray");
        JsonValue = Get("System.Text.Json.Nodes.JsonValue");
        SetsRequiredMembers = Get("System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute");
        Memory = Get("System.Memory`1");
        Type = Get("System.Type");
        MemberInfo = Get("System.Reflection.MemberInfo");
        ImmutableArray = Get("System.Collections.Immutable.ImmutableArray`1");
        ImmutableList = Get("System.Collections.Immutable.ImmutableList`1");
        IImmutableList = Get("System.Collections.Immutable.IImmutableList`1");
        ImmutableHashSet = Get("System.Collections.Immutable.ImmutableHashSet`1");
        IImmutableSet = Get("System.Collections.Immutable.IImmutableSet`1");
        ImmutableDictionary = Get("System.Collections.Immutable.ImmutableDictionary`2");
        IImmutableDictionary = Get("System.Collections.Immutable.IImmutableDictionary`2");
    }

    /// <summary>
    /// Whether the compilation can hold generated JSON metadata: it references the runtime's registry (with the members
    /// generated code calls) and System.Text.Json's metadata services. Otherwise nothing is emitted.
    /// </summary>
    public bool Available
        => FakeJsonTypes is not null && GeneratedJson is not null && JsonMetadataServices is not null && ValueTupleConverter2 is not null
           && !FakeJsonTypes.GetMembers("RegisterUnsupported").IsEmpty;

    public INamedTypeSymbol? FakeJsonTypes { get; }

    public INamedTypeSymbol? GeneratedJson { get; }

    public INamedTypeSymbol? ValueTupleConverter2 { get; }

    public INamedTypeSymbol? StoredBlob { get; }

    public INamedTypeSymbol? JsonMetadataServices { get; }

    public INamedTypeSymbol? JsonIgnore { get; }

    public INamedTypeSymbol? JsonPropertyName { get; }

    public INamedTypeSymbol? JsonConstructor { get; }

    public INamedTypeSymbol? JsonRequired { get; }

    public INamedTypeSymbol? JsonInclude { get; }

    public INamedTypeSymbol? JsonExtensionData { get; }

    public INamedTypeSymbol? JsonConverterAttribute { get; }

    public INamedTypeSymbol? JsonConverterOfT { get; }

    public INamedTypeSymbol? JsonConverterFactory { get; }

    public INamedTypeSymbol? JsonStringEnumConverter { get; }

    public INamedTypeSymbol? JsonElement { get; }

    public INamedTypeSymbol? JsonDocument { get; }

    public INamedTypeSymbol? JsonNode { get; }

    public INamedTypeSymbol? JsonObject { get; }

    public INamedTypeSymbol? JsonArray { get; }

    public INamedTypeSymbol? JsonValue { get; }

    public INamedTypeSymbol? SetsRequiredMembers { get; }

    public INamedTypeSymbol? Memory { get; }

    public INamedTypeSymbol? Type { get; }

    public INamedTypeSymbol? MemberInfo { get; }

    public INamedTypeSymbol? ImmutableArray { get; }

    public INamedTypeSymbol? ImmutableList { get; }

    public INamedTypeSymbol? IImmutableList { get; }

    public INamedTypeSymbol? ImmutableHashSet { get; }

    public INamedTypeSymbol? IImmutableSet { get; }

    public INamedTypeSymbol? ImmutableDictionary { get; }

    public INamedTypeSymbol? IImmutableDictionary { get; }
}
