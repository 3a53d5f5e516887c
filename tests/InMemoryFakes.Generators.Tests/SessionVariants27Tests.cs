using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 27's conventions and refusals tried on variants a user plausibly has, before users do (h-review27): the
/// caller's keys of data-library attributes, blob listings of nested names, an untyped object removal and
/// <c>MissingKeyReads = Empty</c>, partition-named and reference-compared keys, a bool delete within a bucket and a key set's
/// bare write, blob reads named <c>As{Form}</c>. Variants that were silently wrong are fixed here (the caller's key read from
/// a base property's attribute; LiteDB's <c>[BsonId]</c>, MongoDB's with an <c>IdGenerator</c>, and <c>[PrimaryKey]</c> beside
/// a sign of generation numbered again); the rest are kept as regression tests, through the generated fake or as exact
/// refusals. docs/generator-rounds.md, "Session 27's conventions, tried on variants".
/// </summary>
public class SessionVariants27Tests
{
    private const string KeyAttributes = Sources.Usings + """
        #nullable enable
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;

        namespace V
        {
            [AttributeUsage(AttributeTargets.Property)] public sealed class PrimaryKeyAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Property)] public sealed class AutoIdAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Property)] public sealed class ExplicitKeyAttribute : Attribute { }
        }

        namespace LinqToDB.Mapping
        {
            [AttributeUsage(AttributeTargets.Property)] public sealed class ColumnAttribute : Attribute { public bool IsIdentity { get; set; } }
        }

        namespace LiteDB
        {
            [AttributeUsage(AttributeTargets.Property)]
            public sealed class BsonIdAttribute : Attribute
            {
                public BsonIdAttribute() => AutoId = true;
                public BsonIdAttribute(bool autoId) => AutoId = autoId;
                public bool AutoId { get; }
            }
        }

        namespace MongoDB.Bson.Serialization.Attributes
        {
            [AttributeUsage(AttributeTargets.Property)] public sealed class BsonIdAttribute : Attribute { public Type? IdGenerator { get; set; } }
        }

        """;

    [Fact]
    public void Keys_the_attribute_says_the_store_generates_are_numbered_where_they_were_taken_as_the_callers()
    {
        // Each was stored as 0 or Guid.Empty as given on main (137a868c): LiteDB's [BsonId] (AutoId, true unless
        // [BsonId(false)]) numbers an int key; MongoDB's [BsonId(IdGenerator = …)] generates; OrmLite's [AutoId] generates
        // a Guid; linq2db's [Column(IsIdentity = true)] and data annotations' [DatabaseGenerated(Identity)] beside
        // [PrimaryKey] are the identity column.
        var run = GeneratorHarness.Run(KeyAttributes + """
            namespace V
            {
                public class Pet { [LiteDB.BsonId] public int Id { get; set; } public string Name { get; set; } = ""; }
                public class Tag { [LiteDB.BsonId(false)] public int Id { get; set; } public string Name { get; set; } = ""; }
                public class Counter { [MongoDB.Bson.Serialization.Attributes.BsonId(IdGenerator = typeof(Tag))] public int Id { get; set; } public string Name { get; set; } = ""; }
                public class Plain { [MongoDB.Bson.Serialization.Attributes.BsonId] public int Id { get; set; } public string Name { get; set; } = ""; }
                public class Token { [PrimaryKey, AutoId] public Guid Id { get; set; } public string Name { get; set; } = ""; }
                public class Row { [PrimaryKey, LinqToDB.Mapping.Column(IsIdentity = true)] public int Id { get; set; } public string Name { get; set; } = ""; }
                public class Line { [PrimaryKey, DatabaseGenerated(DatabaseGeneratedOption.Identity)] public int Id { get; set; } public string Name { get; set; } = ""; }

                [InMemoryFake] public interface IPets { void Insert(Pet pet); Pet? Get(int id); }
                [InMemoryFake] public interface ITags { void Insert(Tag tag); Tag? Get(int id); }
                [InMemoryFake] public interface ICounters { void Add(Counter counter); Counter? Get(int id); }
                [InMemoryFake] public interface IPlains { void Add(Plain plain); Plain? Get(int id); }
                [InMemoryFake] public interface ITokens { void Insert(Token token); Token? Get(Guid id); }
                [InMemoryFake] public interface IRows { void Insert(Row row); Row? Get(int id); }
                [InMemoryFake] public interface ILines { void Insert(Line line); Line? Get(int id); }
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IPets pets = new InMemoryPets();
                    var pet = new Pet { Name = "Rex" };
                    pets.Insert(pet);
                    Is(1, pet.Id, "LiteDB's [BsonId] is AutoId: an int key left 0 is numbered");

                    ITags tags = new InMemoryTags();
                    tags.Insert(new Tag { Name = "a" });
                    Is("a", tags.Get(0)?.Name, "LiteDB's [BsonId(false)] keeps the caller's 0");

                    ICounters counters = new InMemoryCounters();
                    var counter = new Counter { Name = "c" };
                    counters.Add(counter);
                    Is(1, counter.Id, "MongoDB's [BsonId] naming an IdGenerator is generated");

                    IPlains plains = new InMemoryPlains();
                    plains.Add(new Plain { Name = "p" });
                    Is("p", plains.Get(0)?.Name, "MongoDB's [BsonId] on an int without one stays the caller's");

                    ITokens tokens = new InMemoryTokens();
                    var token = new Token { Name = "t" };
                    tokens.Insert(token);
                    Is(true, token.Id != Guid.Empty, "OrmLite's [AutoId] beside [PrimaryKey] generates the Guid");

                    IRows rows = new InMemoryRows();
                    var row = new Row { Name = "r" };
                    rows.Insert(row);
                    Is(1, row.Id, "[PrimaryKey] with linq2db's [Column(IsIdentity = true)] is numbered");

                    ILines lines = new InMemoryLines();
                    var line = new Line { Name = "l" };
                    lines.Insert(line);
                    Is(1, line.Id, "[PrimaryKey] with [DatabaseGenerated(Identity)] is numbered");
                }
            }
            """);
    }

    [Fact]
    public void DatabaseGenerated_None_on_the_base_property_an_override_overrides_is_the_callers_key()
    {
        // EF Core reads the attribute with inherit: true, so an override without it still has the base's None (main
        // numbered the course, 0 became 1); the override's own attribute decides over the base's.
        var run = GeneratorHarness.Run(KeyAttributes + """
            namespace V
            {
                public abstract class Entity { [DatabaseGenerated(DatabaseGeneratedOption.None)] public virtual int Id { get; set; } }
                public class Course : Entity { public override int Id { get; set; } public string Title { get; set; } = ""; }
                public abstract class Numbered { [DatabaseGenerated(DatabaseGeneratedOption.None)] public virtual int Id { get; set; } }
                public class Invoice : Numbered { [DatabaseGenerated(DatabaseGeneratedOption.Identity)] public override int Id { get; set; } public string Title { get; set; } = ""; }

                [InMemoryFake] public interface ICourses { void Add(Course course); Course? Get(int id); }
                [InMemoryFake] public interface IInvoices { void Add(Invoice invoice); Invoice? Get(int id); }
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICourses courses = new InMemoryCourses();
                    var course = new Course { Title = "Orientation" };
                    courses.Add(course);
                    Is(0, course.Id, "the base's None: the caller's 0 is stored as given");
                    Is("Orientation", courses.Get(0)?.Title, "and found under it");

                    IInvoices invoices = new InMemoryInvoices();
                    var invoice = new Invoice { Title = "March" };
                    invoices.Add(invoice);
                    Is(1, invoice.Id, "the override's own Identity decides over the base's None");
                }
            }
            """);
    }

    [Fact]
    public void Callers_keys_already_right_under_a_unit_of_work_as_a_Guid_a_strong_id_a_record_and_through_an_upsert()
    {
        var run = GeneratorHarness.Run(KeyAttributes + """
            namespace V
            {
                public readonly record struct OrderId(int Value);
                public class Course { [Key, DatabaseGenerated(DatabaseGeneratedOption.None)] public int CourseID { get; set; } public string Title { get; set; } = ""; }
                public class Ledger { [ExplicitKey] public Guid Id { get; set; } public string Owner { get; set; } = ""; }
                public class Order { [DatabaseGenerated(DatabaseGeneratedOption.None)] public OrderId Id { get; set; } public string Note { get; set; } = ""; }
                public class Reading { [Key, DatabaseGenerated(DatabaseGeneratedOption.Computed)] public int Id { get; set; } public string Text { get; set; } = ""; }
                public record Sku([property: Key, DatabaseGenerated(DatabaseGeneratedOption.None)] int Code, string Name);
                public class Dept { [DatabaseGenerated(DatabaseGeneratedOption.None)] public int Id { get; set; } public string Name { get; set; } = ""; }

                public interface IUnitOfWork { Task<int> SaveChangesAsync(CancellationToken cancellationToken = default); }

                [InMemoryFake] public interface ICourseRepository { IUnitOfWork UnitOfWork { get; } void Add(Course course); Task<Course?> GetAsync(int id); }
                [InMemoryFake] public interface ILedgers { Task InsertAsync(Ledger ledger); Task<Ledger?> GetAsync(Guid id); }
                [InMemoryFake] public interface IOrders { void Add(Order order); Order? Get(OrderId id); }
                [InMemoryFake] public interface IReadings { void Add(Reading reading); Reading? Get(int id); }
                [InMemoryFake] public interface ISkus { void Add(Sku sku); Sku? Get(int code); }
                [InMemoryFake] public interface IDepts { void Upsert(Dept dept); Dept? Get(int id); }
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICourseRepository courses = new InMemoryCourseRepository();
                    courses.Add(new Course { CourseID = 0, Title = "Orientation" });
                    Is(1, courses.UnitOfWork.SaveChangesAsync().GetAwaiter().GetResult(), "SaveChanges writes the add");
                    Is("Orientation", courses.GetAsync(0).GetAwaiter().GetResult()?.Title, "under the caller's 0");
                    Is(null, courses.GetAsync(1).GetAwaiter().GetResult(), "and under no number of the fake's");

                    ILedgers ledgers = new InMemoryLedgers();
                    ledgers.InsertAsync(new Ledger { Owner = "cash" }).GetAwaiter().GetResult();
                    Is("cash", ledgers.GetAsync(Guid.Empty).GetAwaiter().GetResult()?.Owner, "[ExplicitKey] on a Guid: Guid.Empty stored as given");

                    IOrders orders = new InMemoryOrders();
                    orders.Add(new Order { Note = "n" });
                    Is("n", orders.Get(default)?.Note, "a strongly typed id with None is the caller's, default included");

                    IReadings readings = new InMemoryReadings();
                    var reading = new Reading { Text = "t" };
                    readings.Add(reading);
                    Is(1, reading.Id, "Computed is the database's: numbered");

                    ISkus skus = new InMemorySkus();
                    skus.Add(new Sku(0, "zero"));
                    Is("zero", skus.Get(0)?.Name, "a positional record's property: target carries the attribute");

                    IDepts depts = new InMemoryDepts();
                    depts.Upsert(new Dept { Name = "a" });
                    depts.Upsert(new Dept { Name = "b" });
                    Is("b", depts.Get(0)?.Name, "an upsert of the caller's 0 replaces the row under 0, it adds no new one");
                    Is(null, depts.Get(1), "nothing was numbered");
                }
            }
            """);
    }

    [Fact]
    public void Blob_listings_an_async_stream_by_prefix_throws_on_a_nested_name_and_TopLevel_takes_a_prefix_that_is_no_directory()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IFiles
            {
                Task UploadAsync(string name, Stream content);
                IAsyncEnumerable<string> ListAsync(string prefix);
            }

            [InMemoryFake(BlobListings = BlobListing.TopLevel)]
            public interface IImages
            {
                void Upload(string name, byte[] content);
                IReadOnlyList<string> ListByPrefix(string prefix);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                static List<string> All(IAsyncEnumerable<string> names)
                {
                    var list = new List<string>();
                    var e = names.GetAsyncEnumerator();
                    while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    {
                        list.Add(e.Current);
                    }

                    return list;
                }

                public static void Run()
                {
                    IFiles files = new InMemoryFiles();
                    foreach (var name in new[] { "img.png", "images/a.png", "images/b/c.png" })
                    {
                        files.UploadAsync(name, new MemoryStream(new byte[] { 1 })).GetAwaiter().GetResult();
                    }

                    Is("img.png", string.Join(",", All(files.ListAsync("img"))), "a prefix with nothing nested below it lists as before");
                    Throws<InvalidOperationException>(() => All(files.ListAsync("images/")), null, "a nested name met while enumerating throws, unstated");

                    IImages images = new InMemoryImages();
                    foreach (var name in new[] { "img.png", "images/a.png", "images/b/c.png", "im/x.png" })
                    {
                        images.Upload(name, new byte[] { 1 });
                    }

                    Is("img.png", string.Join(",", images.ListByPrefix("im")), "TopLevel with a prefix that is no directory: the names with no '/' after it, as GetBlobsByHierarchy's blob items");
                    Is("images/a.png", string.Join(",", images.ListByPrefix("images/")), "and one level below a directory prefix");
                }
            }
            """);
    }

    [Fact]
    public void Untyped_object_removals_async_and_other_verbs_refused_and_a_nullable_one_is_the_value_removed()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V
            {
            #nullable disable
                [InMemoryFake] public interface ITaskStore { T Get<T>(string key); void Set(string key, object value); Task<object> RemoveAsync(string key); }
                [InMemoryFake] public interface IValueTaskStore { T Get<T>(string key); void Set(string key, object value); ValueTask<object> RemoveAsync(string key); }
                [InMemoryFake] public interface IDeleteStore { T Get<T>(string key); void Set(string key, object value); object Delete(string key); }
            #nullable enable
                [InMemoryFake] public interface INotNullStore { object? Get(string key); void Set(string key, object value); object Remove(string key); }
            }
            """);

        Assert.Equal(2, run.GeneratorDiagnostics.Count(static d => d.Id == "IMF0001" && Refusals.PointedAt(d) == "RemoveAsync"
            && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("declared without nullable annotations on a store of object values, proves no meaning", StringComparison.Ordinal)));

        const string Oblivious = "its object result, declared without nullable annotations on a store of object values, proves no meaning";
        Assert.Equal(
            new[] { "IMF0001 Delete", "IMF0001 Remove", "IMF0001 RemoveAsync", "IMF0001 RemoveAsync" },
            Refusals.Listed(run));
        Assert.Contains(Oblivious, Refusals.Message(run, "Delete"), StringComparison.Ordinal);
        Assert.Contains("it must return void, bool, or the value it removed declared nullable (object?, default when the key is absent)", Refusals.Message(run, "Remove"), StringComparison.Ordinal);
        var nullable = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake] public interface INullableStore { T? Get<T>(string key); void Set(string key, object value); Task<object?> RemoveAsync(string key); }
            """);

        Assertions.Clean(nullable);
        BehaviourCheck.Run(nullable, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    INullableStore cache = new InMemoryNullableStore();
                    cache.Set("a", 42);
                    Is(42, cache.RemoveAsync("a").GetAwaiter().GetResult(), "object? says null for a key not cached: the value removed, as MemoryCache.Remove");
                    Is(null, cache.RemoveAsync("a").GetAwaiter().GetResult(), "and null once it is gone");
                }
            }
            """);
    }

    [Fact]
    public void MissingKeyReads_Empty_needs_a_string_read_declared_not_null_an_oblivious_or_nullable_one_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V
            {
            #nullable disable
                [InMemoryFake(MissingKeyReads = MissingKeyRead.Empty)] public interface IObliviousRedis { string Get(string key); void Set(string key, string value); }
            #nullable enable
                [InMemoryFake(MissingKeyReads = MissingKeyRead.Empty)] public interface INullableRedis { Task<string?> GetAsync(string key); Task SetAsync(string key, string value); }
                [InMemoryFake(MissingKeyReads = MissingKeyRead.Empty)] public interface IBytesRedis { Task<byte[]> GetAsync(string key); Task SetAsync(string key, byte[] value); }
            }
            """);

        // Loud, not silent: the setting says string.Empty where the read is declared never null; an oblivious read counts as
        // nullable (a missing key stays null), so the setting states nothing there.
        // Since session 30 the oblivious read also says it answers null (IMF0026, Info): Empty does not decide it.
        Assert.Equal("IObliviousRedis.Get", Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0026").GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split(' ')[0]);
        var said = run.GeneratorDiagnostics
            .Where(static d => d.Id != "IMF0026")
            .Select(static d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(static m => m, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(3, said.Length);
        Assert.All(said, static m => Assert.Contains("MissingKeyReads = MissingKeyRead.Empty: it says a read of a string value declared not null", m, StringComparison.Ordinal));
        Assert.StartsWith("IMF0010 [InMemoryFake] on 'IBytesRedis'", said[0], StringComparison.Ordinal);
        Assert.StartsWith("IMF0010 [InMemoryFake] on 'INullableRedis'", said[1], StringComparison.Ordinal);
        Assert.StartsWith("IMF0010 [InMemoryFake] on 'IObliviousRedis'", said[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_partition_key_beside_a_row_key_stays_a_two_part_key_and_alone_is_refused_and_type_parameter_keys_by_constraint()
    {
        // Azure Table style: (partitionKey, rowKey) names one row, in either order; a partition alone would keep one value per partition.
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class ProductEntity { public string PartitionKey { get; set; } = ""; public string RowKey { get; set; } = ""; public string Name { get; set; } = ""; }
            public record RecordKey(string Tenant, int Number);

            [InMemoryFake] public interface IProducts { Task<ProductEntity?> GetAsync(string partitionKey, string rowKey); Task AddAsync(ProductEntity entity); Task DeleteAsync(string partitionKey, string rowKey); }
            [InMemoryFake] public interface ITable { Task<string?> GetAsync(string partitionKey, string rowKey); Task SetAsync(string partitionKey, string rowKey, string value); }
            [InMemoryFake] public interface IReversed { Task<string?> GetAsync(string rowKey, string partitionKey); Task SetAsync(string rowKey, string partitionKey, string value); }
            [InMemoryFake] public interface IByRecord<TKey> where TKey : RecordKey { string? Get(TKey key); void Set(TKey key, string value); }
            [InMemoryFake] public interface IByEquatable<TKey> where TKey : IEquatable<TKey> { string? Get(TKey key); void Set(TKey key, string value); }
            """);

        // A partition alone (the interface's name not saying Partition, which makes a store of partitions) and a key compared by reference.
        var refused = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class ReferenceKey { public string Tenant { get; set; } = ""; }

            [InMemoryFake] public interface IGroups { Task<string?> GetAsync(string partitionKey); Task SetAsync(string partitionKey, string value); }
            [InMemoryFake] public interface IByReference<TKey> where TKey : ReferenceKey { string? Get(TKey key); void Set(TKey key, string value); }
            """);

        const string Partition = "its key 'partitionKey' names a partition, a group of the values a store keeps, not one value's key";
        const string Reference = "which compares by reference (a type parameter constrained to ReferenceKey";
        Refusals.Exactly(refused, ("GetAsync", Partition), ("SetAsync", Partition), ("Get", Reference), ("Set", Reference));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IProducts products = new InMemoryProducts();
                    products.AddAsync(new ProductEntity { PartitionKey = "tools", RowKey = "1", Name = "hammer" }).GetAwaiter().GetResult();
                    products.AddAsync(new ProductEntity { PartitionKey = "tools", RowKey = "2", Name = "saw" }).GetAwaiter().GetResult();
                    Is("saw", products.GetAsync("tools", "2").GetAwaiter().GetResult()?.Name, "an entity keyed by PartitionKey and RowKey: two rows of one partition kept apart");
                    products.DeleteAsync("tools", "1").GetAwaiter().GetResult();
                    Is(null, products.GetAsync("tools", "1").GetAwaiter().GetResult(), "the delete removes that row");
                    Is("saw", products.GetAsync("tools", "2").GetAwaiter().GetResult()?.Name, "and only it");

                    ITable table = new InMemoryTable();
                    table.SetAsync("p", "a", "1").GetAwaiter().GetResult();
                    table.SetAsync("p", "b", "2").GetAwaiter().GetResult();
                    Is("1", table.GetAsync("p", "a").GetAwaiter().GetResult(), "a key-value pair of keys: the partition is one part");
                    Is(null, table.GetAsync("q", "a").GetAwaiter().GetResult(), "the same row key in another partition is another entry");

                    IReversed reversed = new InMemoryReversed();
                    reversed.SetAsync("a", "p", "1").GetAwaiter().GetResult();
                    Is("1", reversed.GetAsync("a", "p").GetAwaiter().GetResult(), "the partition second is a part too");

                    IByRecord<RecordKey> byRecord = new InMemoryByRecord<RecordKey>();
                    byRecord.Set(new RecordKey("t", 1), "one");
                    Is("one", byRecord.Get(new RecordKey("t", 1)), "a type parameter constrained to a record compares by value");

                    IByEquatable<string> byEquatable = new InMemoryByEquatable<string>();
                    byEquatable.Set("k", "v");
                    Is("v", byEquatable.Get("k"), "and one constrained to IEquatable<TKey>");
                }
            }
            """);
    }

    [Fact]
    public void A_bool_delete_within_a_bucket_refused_under_other_verbs_a_container_and_DeleteIfExists_kept_and_a_key_sets_async_write_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake] public interface IObjects { Task UploadAsync(string bucketName, string key, Stream content); Task<bool> DeleteObjectAsync(string bucketName, string key); }
            [InMemoryFake] public interface IFiles { void Upload(string bucket, string fileName, byte[] content); bool RemoveFile(string bucket, string fileName); }
            [InMemoryFake] public interface ICacheKeys { Task AddKeyAsync(string key); Task RemoveKeyAsync(string key); IEnumerable<string> Keys { get; } }
            """);

        const string Bucket = "it returns bool, and its blob is named within a bucket: an object store's delete answers the same whether or not the object was there";
        Refusals.Exactly(run,
            ("DeleteObjectAsync", Bucket),
            ("RemoveFile", Bucket),
            // Refused for the key set's own cause since h-leftover2 (before, by its verb: "'AddKey' is not a known verb").
            ("AddKeyAsync", "it writes the key 'key' alone, and no other member of ICacheKeys reads or writes a value, so the store is a set of keys"));
        var kept = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake] public interface IIfExists { Task UploadAsync(string bucketName, string key, Stream content); Task<bool> DeleteIfExistsAsync(string bucketName, string key); }
            [InMemoryFake] public interface IBlobs { Task UploadAsync(string containerName, string blobName, Stream content); Task<bool> DeleteAsync(string containerName, string blobName); }
            """);

        Assertions.Clean(kept);
        BehaviourCheck.Run(kept, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IIfExists ifExists = new InMemoryIfExists();
                    ifExists.UploadAsync("b", "k", new MemoryStream(new byte[] { 1 })).GetAwaiter().GetResult();
                    Is(true, ifExists.DeleteIfExistsAsync("b", "k").GetAwaiter().GetResult(), "DeleteIfExists within a bucket says it removed one");
                    Is(false, ifExists.DeleteIfExistsAsync("b", "k").GetAwaiter().GetResult(), "and false once gone, as its name says");

                    IBlobs blobs = new InMemoryBlobs();
                    blobs.UploadAsync("c", "n", new MemoryStream(new byte[] { 1 })).GetAwaiter().GetResult();
                    Is(true, blobs.DeleteAsync("c", "n").GetAwaiter().GetResult(), "a container's bool delete stays");
                    Is(false, blobs.DeleteAsync("c", "n").GetAwaiter().GetResult(), "false for a missing blob");
                }
            }
            """);
    }

    [Fact]
    public void Blob_reads_named_As_their_form_nullable_stream_and_text_read_and_other_forms_or_a_key_value_store_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IDocuments
            {
                Task SaveAsync(string name, Stream content);
                Task<Stream?> GetAsStream(string name);
                Task<string> ReadAsTextAsync(string name);
            }
            """);

        var refused = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IDocuments
            {
                Task SaveAsync(string name, Stream content);
                Task<MemoryStream> DownloadAsStreamAsync(string name);
                Task<string> GetAsJsonAsync(string name);
                Task<ReadOnlyMemory<byte>> ReadAsBytesAsync(string name);
            }

            [InMemoryFake]
            public interface ISettings
            {
                void Set(string key, string value);
                string? GetAsString(string key);
            }
            """);

        Refusals.Exactly(refused,
            ("DownloadAsStreamAsync", "'DownloadAsStream' is not a known verb"),
            ("GetAsJsonAsync", "'GetAsJson' is not a known verb"),
            ("ReadAsBytesAsync", "'ReadAsBytes' is not a known verb"),
            ("GetAsString", "'GetAsString' is not a known verb"));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IDocuments documents = new InMemoryDocuments();
                    documents.SaveAsync("a.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes("hello"))).GetAwaiter().GetResult();
                    using (var reader = new StreamReader(documents.GetAsStream("a.txt").GetAwaiter().GetResult()!))
                    {
                        Is("hello", reader.ReadToEnd(), "AsStream with Task<Stream?> reads the blob");
                    }

                    Is(null, documents.GetAsStream("b.txt").GetAwaiter().GetResult(), "and is null for a missing one, as declared");
                    Is("hello", documents.ReadAsTextAsync("a.txt").GetAwaiter().GetResult(), "ReadAsText with a string result reads it as text");
                    Throws<NotFoundException>(() => documents.ReadAsTextAsync("b.txt").GetAwaiter().GetResult(), null, "a missing blob read as a non-nullable string is the not-found error");
                }
            }
            """);
    }
}
