namespace InMemoryFakes.Generators.Emitting;

/// <summary>The runtime types generated code names, in one place.</summary>
internal static class RuntimeNames
{
    public const string Namespace = "global::InMemoryFakes.";
    public const string FakeCore = Namespace + "FakeCore";
    public const string FakeDefaults = Namespace + "FakeDefaults";
    public const string FakeErrors = Namespace + "FakeErrors";
    public const string IInMemoryFake = Namespace + "IInMemoryFake";
    public const string InMemoryFakeOptions = Namespace + "InMemoryFakeOptions";
    public const string InMemoryBackend = Namespace + "InMemoryBackend";
    public const string Fakes = Namespace + "Fakes";
    public const string EntityModel = Namespace + "EntityModel";
    public const string EntityTable = Namespace + "EntityTable";
    public const string KeyValueTable = Namespace + "KeyValueTable";
    public const string BlobTable = Namespace + "BlobTable";
    public const string EntityStore = Namespace + "EntityStore";
    public const string KeyValueStore = Namespace + "KeyValueStore";
    public const string BlobStore = Namespace + "BlobStore";
    public const string BlobProperties = Namespace + "BlobProperties";
    public const string ConcurrencyToken = Namespace + "ConcurrencyToken";
    public const string UniqueConstraint = Namespace + "UniqueConstraint";
    public const string EntityIndex = Namespace + "EntityIndex";
    public const string EntityOrder = Namespace + "EntityOrder";
    public const string IndexProbe = Namespace + "IndexProbe";
    public const string PageRequest = Namespace + "PageRequest";
    public const string QueryOperators = Namespace + "QueryOperators";
    public const string Expiration = Namespace + "Expiration";
    public const string CacheEntryExpiration = Namespace + "CacheEntryExpiration";
    public const string EntryTags = Namespace + "EntryTags";
    public const string ObjectValues = Namespace + "ObjectValues";
    public const string RegionKeys = Namespace + "RegionKeys";
    public const string BlobKeys = Namespace + "BlobKeys";
    public const string KeyValueTableOperations = Namespace + "KeyValueTableOperations";
    public const string WriteOutcome = Namespace + "WriteOutcome";
    public const string WriteCondition = Namespace + "WriteCondition";
    public const string QuotaPolicy = Namespace + "QuotaPolicy";
    public const string CopyMode = Namespace + "CopyMode";
}
