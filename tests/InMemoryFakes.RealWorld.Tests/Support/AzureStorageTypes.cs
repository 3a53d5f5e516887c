// Compiled in memory with every corpus file (not part of the test project): the Azure storage client types that the
// Microsoft Teams app templates' interfaces and entities name (h-sample36's round), cut down to their public shape.
// They keep their real namespaces because the generator recognizes an Azure Table Storage entity by the namespace of
// its ITableEntity, and a DocumentDB document by its base class's full name (docs/generator.md, "Azure Table Storage
// entities", generated keys), as it would in the app: a corpus file has one file-scoped namespace and cannot declare
// them itself, and the packages (WindowsAzure.Storage 9.3, the deprecated Microsoft.Azure.Cosmos.Table 1.0 and
// Microsoft.Azure.DocumentDB) are not referenced for a few types.

#nullable disable

namespace Microsoft.WindowsAzure.Storage.Table
{
    using System;

    /// <summary>WindowsAzure.Storage's ITableEntity: the keys, the timestamp and the ETag the service sets.</summary>
    public interface ITableEntity
    {
        string PartitionKey { get; set; }

        string RowKey { get; set; }

        DateTimeOffset Timestamp { get; set; }

        string ETag { get; set; }
    }

    /// <summary>WindowsAzure.Storage's TableEntity (its ReadEntity/WriteEntity reflection dropped).</summary>
    public class TableEntity : ITableEntity
    {
        public string PartitionKey { get; set; }

        public string RowKey { get; set; }

        public DateTimeOffset Timestamp { get; set; }

        public string ETag { get; set; }
    }

    /// <summary>Marks a property the table serializer leaves out (an alias of PartitionKey or RowKey).</summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class IgnorePropertyAttribute : Attribute
    {
    }
}

namespace Microsoft.WindowsAzure.Storage.Blob
{
    /// <summary>WindowsAzure.Storage's blob service client (no member the corpus calls).</summary>
    public class CloudBlobClient
    {
    }
}

namespace Microsoft.Azure.Cosmos.Table
{
    using System;

    /// <summary>Microsoft.Azure.Cosmos.Table's ITableEntity.</summary>
    public interface ITableEntity
    {
        string PartitionKey { get; set; }

        string RowKey { get; set; }

        DateTimeOffset Timestamp { get; set; }

        string ETag { get; set; }
    }

    /// <summary>Microsoft.Azure.Cosmos.Table's TableEntity (its ReadEntity/WriteEntity reflection dropped).</summary>
    public class TableEntity : ITableEntity
    {
        public string PartitionKey { get; set; }

        public string RowKey { get; set; }

        public DateTimeOffset Timestamp { get; set; }

        public string ETag { get; set; }
    }

    /// <summary>A table of the service (no member the corpus calls).</summary>
    public class CloudTable
    {
    }

    /// <summary>Where a segmented query goes on.</summary>
    public sealed class TableContinuationToken
    {
        public string NextPartitionKey { get; set; }

        public string NextRowKey { get; set; }
    }
}

namespace Microsoft.Azure.Documents
{
    /// <summary>
    /// The DocumentDB SDK's base class of every document (a JSON property bag there), cut to Id and SelfLink (settable here;
    /// the SDK sets SelfLink, ResourceId, Timestamp and ETag from the service's answer).
    /// </summary>
    public class Resource
    {
        public virtual string Id { get; set; }

        public string SelfLink { get; set; }
    }
}
