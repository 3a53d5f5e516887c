// Compiled in memory with every corpus file (not part of the test project): the MongoDB.Bson attributes that a corpus
// entity's key carries (BeeHappy's MongoEntity.Id, h-sample41's round), cut down to their public shape, and the
// ObjectId struct a document's Id is (classes_bot's Document.Id, h-sample44's round), cut down to the members the
// corpus reads. They keep their
// real namespaces because the generator recognizes a string key stored as an ObjectId by the attribute's full name
// (docs/generator.md, generated keys), as it would in the app: a corpus file has one file-scoped namespace and cannot
// declare them itself, and the MongoDB.Bson package is not referenced for two attributes and an enum.

#nullable disable

namespace MongoDB.Bson
{
    /// <summary>MongoDB.Bson's BsonType (the members the corpus names, with their values).</summary>
    public enum BsonType
    {
        Double = 1,
        String = 2,
        Document = 3,
        ObjectId = 7,
    }

    /// <summary>MongoDB.Bson's ObjectId, cut down: a 12-byte id made of a creation time in seconds and a counter.</summary>
    public readonly struct ObjectId : System.IEquatable<ObjectId>
    {
        private static long counter;
        private readonly int timestamp;
        private readonly long rest;

        private ObjectId(int timestamp, long rest)
        {
            this.timestamp = timestamp;
            this.rest = rest;
        }

        /// <summary>Parses 24 hex digits, as the real constructor does; anything else throws, as there.</summary>
        public ObjectId(string value)
        {
            if (value is null)
            {
                throw new System.ArgumentNullException(nameof(value));
            }

            if (value.Length != 24)
            {
                throw new System.FormatException($"'{value}' is not a valid 24 digit hex string.");
            }

            timestamp = int.Parse(value[..8], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            rest = long.Parse(value[8..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The empty id (all zeros).</summary>
        public static ObjectId Empty => default;

        /// <summary>When the id was made (its first four bytes, seconds since the Unix epoch, UTC).</summary>
        public System.DateTime CreationTime => System.DateTime.UnixEpoch.AddSeconds((uint)timestamp);

        /// <summary>A new id: now, and a process-wide counter.</summary>
        public static ObjectId GenerateNewId()
            => new((int)System.DateTimeOffset.UtcNow.ToUnixTimeSeconds(), System.Threading.Interlocked.Increment(ref counter));

        public bool Equals(ObjectId other) => timestamp == other.timestamp && rest == other.rest;

        public override bool Equals(object obj) => obj is ObjectId other && Equals(other);

        public override int GetHashCode() => System.HashCode.Combine(timestamp, rest);

        public override string ToString()
            => timestamp.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + rest.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

        public static bool operator ==(ObjectId left, ObjectId right) => left.Equals(right);

        public static bool operator !=(ObjectId left, ObjectId right) => !left.Equals(right);
    }
}

namespace MongoDB.Bson.Serialization.Attributes
{
    using System;

    /// <summary>MongoDB.Bson's BsonIdAttribute: the member is the document's _id.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BsonIdAttribute : Attribute
    {
    }

    /// <summary>MongoDB.Bson's BsonRepresentationAttribute: the BSON type a member is stored as.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class BsonRepresentationAttribute : Attribute
    {
        public BsonRepresentationAttribute(BsonType representation) => Representation = representation;

        public BsonType Representation { get; }
    }
}
