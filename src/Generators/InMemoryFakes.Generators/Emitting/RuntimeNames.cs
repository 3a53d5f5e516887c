namespace InMemoryFakes.Generators.Emitting;

/// <summary>The runtime types generated code names, in one place.</summary>
internal static class RuntimeNames
{
    public const string Namespace = "global::InMemoryFakes.";
    public const string Support = "global::InMemoryFakes.Support.";
    public const string FakeCore = Support + "FakeCore";
    public const string FakeTransaction = Support + "FakeTransaction";
    public const string FakeDefaults = Support + "FakeDefaults";
    public const string FakeErrors = Support + "FakeErrors";
    public const string IInMemoryFake = Namespace + "IInMemoryFake";
    public const string InMemoryFakeOptions = Namespace + "InMemoryFakeOptions";
    public const string InMemoryBackend = Namespace + "InMemoryBackend";
    public const string Fakes = Namespace + "Fakes";
    public const string FakePart = Namespace + "FakePart";
    public const string EntityModel = Support + "EntityModel";
    public const string EntityTable = Support + "EntityTable";
    public const string KeyValueTable = Support + "KeyValueTable";
    public const string BlobTable = Support + "BlobTable";
    public const string EntityStore = Namespace + "EntityStore";
    public const string KeyValueStore = Namespace + "KeyValueStore";
    public const string BlobStore = Namespace + "BlobStore";
    public const string BlobProperties = Namespace + "BlobProperties";
    public const string ConcurrencyToken = Support + "ConcurrencyToken";
    public const string UniqueConstraint = Support + "UniqueConstraint";
    public const string AuditStamps = Support + "AuditStamps";
    public const string EntityIndex = Support + "EntityIndex";
    public const string EntityOrder = Support + "EntityOrder";
    public const string IndexProbe = Support + "IndexProbe";
    public const string PageRequest = Namespace + "PageRequest";
    public const string QueryOperators = Support + "QueryOperators";
    public const string Expiration = Namespace + "Expiration";
    public const string WriteOutcome = Support + "WriteOutcome";
    public const string EntryTags = Support + "EntryTags";
    public const string ObjectValues = Support + "ObjectValues";
    public const string RegionKeys = Support + "RegionKeys";
    public const string BlobKeys = Support + "BlobKeys";
    public const string StoredBlob = Support + "StoredBlob";
    public const string KeyValueBytes = Support + "KeyValueBytes";
    public const string KeyValueTableOperations = Support + "KeyValueTableOperations";

    public const string TwoKeyTableOperations = Support + "TwoKeyTableOperations";
    public const string WriteCondition = Support + "WriteCondition";
    public const string QuotaPolicy = Namespace + "QuotaPolicy";
    public const string CopyMode = Namespace + "CopyMode";
    public const string FakeQueries = Support + "FakeQueries";
    public const string EntitySession = Support + "EntitySession";
    public const string StateComparison = Support + "StateComparison";
    public const string UnitOfWorkWrites = Namespace + "UnitOfWorkWrites";
    public const string FakeQueryProvider = Support + "FakeQueryProvider";

    /// <summary>The provider of a repository that is a query (<c>IRepository&lt;T&gt; : IQueryable&lt;T&gt;</c>).</summary>
    public const string LiveQueryProvider = Support + "LiveQueryProvider";
    public const string CopyContext = Namespace + "CopyContext";
    public const string CopyPlan = Support + "CopyPlan";
    public const string IDeepCopyable = Namespace + "IDeepCopyable";
}
