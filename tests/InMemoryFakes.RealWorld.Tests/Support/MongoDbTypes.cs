// Compiled in memory with every corpus file (not part of the test project): the MongoDB.Bson attributes that a corpus
// entity's key carries (BeeHappy's MongoEntity.Id, h-sample41's round), cut down to their public shape. They keep their
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
