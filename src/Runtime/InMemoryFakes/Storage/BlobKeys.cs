using System;
using System.ComponentModel;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>
/// Blob names as generated blob fakes take them: a blank name (null, empty or only white space) names no file and is an
/// <see cref="ArgumentException"/> naming the parameter; ids that are not strings (a GUID, an integer, an id type with
/// its own text form) name the blob by their text. Also the download into a caller's stream.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BlobKeys
{
    /// <summary>The key, checked.</summary>
    /// <param name="key">The blob name.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or white space.</exception>
    public static string Of(string key, [CallerArgumentExpression(nameof(key))] string? keyParam = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key, keyParam);
        return key;
    }

    /// <summary>The text of a GUID or integer id (invariant culture).</summary>
    /// <typeparam name="T">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The key.</returns>
    public static string Format<T>(T id, [CallerArgumentExpression(nameof(id))] string? keyParam = null)
        where T : IFormattable
        => Of(id.ToString(null, CultureInfo.InvariantCulture), keyParam);

    /// <summary>The text of an id type that defines its own <c>ToString()</c>.</summary>
    /// <typeparam name="T">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="keyParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The key.</returns>
    public static string Text<T>(T id, [CallerArgumentExpression(nameof(id))] string? keyParam = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(keyParam ?? nameof(id));
        }

        return Of(id.ToString()!, keyParam);
    }

    /// <summary>
    /// The key of a blob named within a container, bucket or share: <c>{container}/{name}</c>, so one name in two
    /// containers is two blobs.
    /// </summary>
    /// <param name="container">The container's name: no real container, bucket or share holds <c>/</c>, which would make two containers' keys meet.</param>
    /// <param name="name">The blob's name within the container (it may hold <c>/</c>, a virtual directory).</param>
    /// <param name="containerParam">The caller's parameter name for <paramref name="container"/>; filled in by the compiler.</param>
    /// <param name="nameParam">The caller's parameter name for <paramref name="name"/>; filled in by the compiler.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException">Either is null.</exception>
    /// <exception cref="ArgumentException">Either is empty or white space, or the container holds <c>/</c>.</exception>
    public static string Within(string container, string name, [CallerArgumentExpression(nameof(container))] string? containerParam = null,
        [CallerArgumentExpression(nameof(name))] string? nameParam = null)
        => ContainerPrefix(container, containerParam) + Of(name, nameParam);

    /// <summary>The key prefix of the blobs within a container (<c>{container}/</c>; see <see cref="Within"/>).</summary>
    /// <param name="container">The container's name.</param>
    /// <param name="containerParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>The prefix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="container"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="container"/> is empty or white space, or holds <c>/</c>.</exception>
    public static string ContainerPrefix(string container, [CallerArgumentExpression(nameof(container))] string? containerParam = null)
    {
        if (Of(container, containerParam).Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A container name cannot contain '/'.", containerParam);
        }

        return container + "/";
    }

    /// <summary>The key prefix of the blobs under a directory: <c>docs</c> and <c>docs/</c> give <c>docs/</c>; null or empty gives every blob.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The prefix, or null for all.</returns>
    public static string? Directory(string? directory)
        => string.IsNullOrEmpty(directory) || directory == "/" ? null : directory.TrimEnd('/') + "/";

    /// <summary>
    /// A listing's blobs by a parameter named <c>path</c>, which real stores read two ways: as a directory (the blobs under
    /// <c>{path}/</c>, as <see cref="Directory(string?)"/>: OrchardCore's <c>GetDirectoryContentAsync(path)</c>,
    /// <c>Directory.GetFiles(path)</c>) or as a plain prefix of names (Azure's <c>GetBlobsAsync(prefix: path)</c>, S3's
    /// <c>ListObjectsV2</c>: dfc-coursedirectory's <c>ListFiles(path)</c>, azure-signalr-bench's <c>List(path)</c>). When
    /// both readings list the same blobs (a path ending in <c>/</c>, an empty one, or no other name starts with its text)
    /// that is the answer, as <see cref="Listing"/> gives it for the directory; when they differ the signature does not
    /// say which the store does, and it throws.
    /// </summary>
    /// <param name="table">The blob table.</param>
    /// <param name="path">The path given; null or empty lists from the top.</param>
    /// <param name="listing">Which nested names to answer (<see cref="Listing"/>).</param>
    /// <param name="member">The listing member, for the message (<c>IStore.ListFiles</c>).</param>
    /// <returns>The blobs listed.</returns>
    /// <exception cref="InvalidOperationException">The two readings list different blobs, or (unstated) a nested name would be answered.</exception>
    public static List<BlobProperties> PathListing(this BlobTable table, string? path, BlobListing listing, string member)
    {
        ArgumentNullException.ThrowIfNull(table);
        var directory = Directory(path);
        if (!string.IsNullOrEmpty(path))
        {
            var (byPrefix, byDirectory) = table.Atomically(() => (table.List(path), table.List(directory)));
            var only = byPrefix.Find(blob => !blob.Key.StartsWith(directory!, StringComparison.Ordinal));
            if (only is not null || byPrefix.Count != byDirectory.Count)
            {
                var name = only?.Key ?? byDirectory.Find(blob => !blob.Key.StartsWith(path, StringComparison.Ordinal))?.Key;
                throw new InvalidOperationException(member + " lists by path '" + path + "', which stores read two ways, and here they differ: as a plain prefix of names "
                    + "(Azure's GetBlobsAsync(prefix: path), S3's ListObjectsV2) it lists '" + name + "', as a directory (the blobs under '" + directory
                    + "': Directory.GetFiles, OrchardCore's GetDirectoryContentAsync) it does not. The signature does not say which the store does. "
                    + "Pass a path that ends in '/' (both readings agree), or implement the member in the fake's partial class: "
                    + "Store.Call(nameof(Member), path).List(path) lists by prefix, .List(path.TrimEnd('/') + \"/\") by directory.");
            }
        }

        return table.Listing(directory, listing, member);
    }

    /// <summary>
    /// A listing's blobs under <paramref name="prefix"/>, sorted by key, as <paramref name="listing"/> states: a name with
    /// a <c>/</c> after the prefix is nested, and real stores differ on it (a flat listing answers it, a hierarchical one
    /// only the names one level below).
    /// </summary>
    /// <param name="table">The blob table.</param>
    /// <param name="prefix">The key prefix (a directory's ends in <c>/</c>); null or empty lists from the top.</param>
    /// <param name="listing">Which names to answer; unstated, a nested name is an error.</param>
    /// <param name="member">The listing member, for the message (<c>IStore.ListAsync</c>).</param>
    /// <returns>The blobs listed.</returns>
    /// <exception cref="InvalidOperationException">The listing is unstated and a nested name would be answered.</exception>
    public static List<BlobProperties> Listing(this BlobTable table, string? prefix, BlobListing listing, string member)
    {
        ArgumentNullException.ThrowIfNull(table);
        var blobs = table.List(prefix);
        if (listing == BlobListing.Flat)
        {
            return blobs;
        }

        var start = prefix?.Length ?? 0;
        var nested = blobs.FindIndex(blob => blob.Key.IndexOf('/', start) >= 0);
        if (nested < 0)
        {
            return blobs;
        }

        if (listing == BlobListing.TopLevel)
        {
            blobs.RemoveAll(blob => blob.Key.IndexOf('/', start) >= 0);
            return blobs;
        }

        throw new InvalidOperationException(member + " would list '" + blobs[nested].Key + "', a name nested below "
            + (start == 0 ? "the top level" : "'" + prefix + "'") + " (a '/' after it). Real stores differ on such names: Azure's GetBlobs and S3's "
            + "ListObjectsV2 without a delimiter list them, a hierarchical listing (Azure's GetBlobsByHierarchy, the v9 SDK's ListBlobsSegmented, "
            + "S3 with Delimiter \"/\", Directory.GetFiles(dir)) lists only the names one level below, and the signature does not say which. "
            + "State it on the fake: [InMemoryFake(BlobListings = BlobListing.Flat)] or BlobListing.TopLevel.");
    }

    /// <summary>
    /// Stores a blob unless <paramref name="overwrite"/> is false and the name is taken, atomically.
    /// </summary>
    /// <param name="table">The blob table.</param>
    /// <param name="key">The blob name.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The content type, or null for the default.</param>
    /// <param name="metadata">The metadata, or null.</param>
    /// <param name="expiration">When it expires.</param>
    /// <param name="overwrite">Whether an existing blob may be replaced.</param>
    /// <param name="throwIfExists">Throw the duplicate error for a taken name (otherwise return null).</param>
    /// <returns>The stored blob's properties; null when the name was taken (and not thrown) or the Reject policy dropped it.</returns>
    public static BlobProperties? PutUnlessTaken(this BlobTable table, string key, byte[] content, string? contentType, IReadOnlyDictionary<string, string>? metadata, Expiration expiration,
        bool overwrite, bool throwIfExists)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(content);
        return table.Atomically(() =>
        {
            if (!overwrite && table.ContainsKey(key))
            {
                return throwIfExists ? throw table.Options.Errors.CreateDuplicate(table.Name, key) : null;
            }

            return table.Put(key, content, contentType, metadata, expiration);
        });
    }

    /// <summary>
    /// Stores a blob, or with <paramref name="append"/> adds the content after the existing blob's (a missing blob starts
    /// empty; the existing content type and metadata are kept unless new ones are given), atomically.
    /// </summary>
    /// <param name="table">The blob table.</param>
    /// <param name="key">The blob name.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The content type, or null for the existing one (or the default).</param>
    /// <param name="metadata">The metadata, or null for the existing one.</param>
    /// <param name="expiration">When it expires.</param>
    /// <param name="append">Add after the existing content instead of replacing it.</param>
    /// <returns>The stored blob's properties; null when the Reject policy dropped it.</returns>
    public static BlobProperties? PutOrAppend(this BlobTable table, string key, byte[] content, string? contentType, IReadOnlyDictionary<string, string>? metadata, Expiration expiration, bool append)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(content);
        return table.Atomically(() =>
        {
            if (!append || !table.TryGetValue(key, out var existing))
            {
                return table.Put(key, content, contentType, metadata, expiration);
            }

            var joined = new byte[existing.Content.Length + content.Length];
            existing.Content.Span.CopyTo(joined);
            content.CopyTo(joined.AsSpan(existing.Content.Length));
            return table.Put(key, joined, contentType ?? existing.Properties.ContentType, metadata ?? existing.Properties.Metadata, expiration);
        });
    }

    /// <summary>Whether each named blob exists, read at one instant, in the order asked.</summary>
    /// <param name="table">The blob table.</param>
    /// <param name="keys">The names.</param>
    /// <param name="keysParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>One answer per name.</returns>
    public static List<bool> ExistMany(this BlobTable table, IEnumerable<string> keys, [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var names = Names(keys, keysParam);
        return table.Atomically(() => names.ConvertAll(name => table.ContainsKey(name)));
    }

    /// <summary>Removes each named blob, atomically; missing ones are ignored.</summary>
    /// <param name="table">The blob table.</param>
    /// <param name="keys">The names.</param>
    /// <param name="keysParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>How many blobs were removed.</returns>
    public static int RemoveMany(this BlobTable table, IEnumerable<string> keys, [CallerArgumentExpression(nameof(keys))] string? keysParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var names = Names(keys, keysParam);
        return table.Atomically(() =>
        {
            var removed = 0;
            foreach (var name in names)
            {
                if (table.Remove(name))
                {
                    removed++;
                }
            }

            return removed;
        });
    }

    private static List<string> Names(IEnumerable<string> keys, string? keysParam)
    {
        if (keys is null)
        {
            throw new ArgumentNullException(keysParam ?? nameof(keys));
        }

        var names = new List<string>(keys);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A blob name in the batch is blank; nothing was done.", keysParam ?? nameof(keys));
            }
        }

        return names;
    }

    /// <summary>The rest of a stream, read to the end.</summary>
    /// <param name="content">The stream.</param>
    /// <param name="contentParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] ReadAll(Stream content, [CallerArgumentExpression(nameof(content))] string? contentParam = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(contentParam ?? nameof(content));
        }

        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The rest of a stream, read to the end asynchronously.</summary>
    /// <param name="content">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="contentParam">The caller's parameter name; filled in by the compiler.</param>
    /// <returns>Its bytes.</returns>
    public static async ValueTask<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken = default, [CallerArgumentExpression(nameof(content))] string? contentParam = null)
    {
        if (content is null)
        {
            throw new ArgumentNullException(contentParam ?? nameof(content));
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Copies a blob's content into the caller's stream (at its current position).</summary>
    /// <param name="table">The blob table.</param>
    /// <param name="key">The blob name.</param>
    /// <param name="target">The caller's stream.</param>
    /// <param name="required">Throw the not-found error for a missing blob (otherwise return false).</param>
    /// <param name="targetParam">The caller's parameter name for <paramref name="target"/>; filled in by the compiler.</param>
    /// <returns>Whether the blob exists.</returns>
    public static bool CopyTo(this BlobTable table, string key, Stream target, bool required, [CallerArgumentExpression(nameof(target))] string? targetParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (target is null)
        {
            throw new ArgumentNullException(targetParam ?? nameof(target));
        }

        if (!table.TryGetValue(key, out var blob))
        {
            return required ? throw table.Options.Errors.CreateNotFound(table.Name, key) : false;
        }

        target.Write(blob.Content.Span);
        return true;
    }

    /// <summary>Copies a blob's content into the caller's stream asynchronously.</summary>
    /// <param name="table">The blob table.</param>
    /// <param name="key">The blob name.</param>
    /// <param name="target">The caller's stream.</param>
    /// <param name="required">Throw the not-found error for a missing blob (otherwise return false).</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <param name="targetParam">The caller's parameter name for <paramref name="target"/>; filled in by the compiler.</param>
    /// <returns>Whether the blob exists.</returns>
    public static async ValueTask<bool> CopyToAsync(this BlobTable table, string key, Stream target, bool required, CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(target))] string? targetParam = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (target is null)
        {
            throw new ArgumentNullException(targetParam ?? nameof(target));
        }

        if (!table.TryGetValue(key, out var blob))
        {
            return required ? throw table.Options.Errors.CreateNotFound(table.Name, key) : false;
        }

        await target.WriteAsync(blob.Content, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
