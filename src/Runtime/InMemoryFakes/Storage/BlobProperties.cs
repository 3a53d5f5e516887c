using System;
using System.Collections.Generic;
using InMemoryFakes.Support;

namespace InMemoryFakes;

/// <summary>What a blob store knows about a stored blob, without its content.</summary>
/// <param name="Key">The blob's key (its path).</param>
/// <param name="Size">Content length in bytes.</param>
/// <param name="ContentType">The content type given on upload (defaults: <c>application/octet-stream</c>, or <c>text/plain; charset=utf-8</c> for text).</param>
/// <param name="ETag">A quoted hash of the content; equal content gives an equal tag.</param>
/// <param name="CreatedAt">When the key was first written.</param>
/// <param name="LastModified">When the content was last written.</param>
/// <param name="Metadata">User metadata given on upload (ordinal keys).</param>
public sealed record BlobProperties(
    string Key,
    long Size,
    string ContentType,
    string ETag,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The blob's <c>memory://</c> URL.</summary>
    public Uri Url => new(BlobTable.UrlFor(Key));
}
