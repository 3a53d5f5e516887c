using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Blob stores: string keys, byte content. Result types are filled by name from <c>BlobProperties</c>
/// (<see cref="Conventions.BlobResultMembers"/>) through constructor parameters or settable properties.
/// </summary>
internal static class BlobPlanner
{
    private const string Kind = "blob store";

    /// <summary>
    /// Why a generic member of a blob store is refused, naming the cause it has: a blob holds bytes, and a value of any type
    /// becomes bytes only by the real store's serializer; and, when no member carries bytes or a stream, that the interface
    /// reads as a blob store only by its parameter names (dapr's IDaprStateStoreClient, a state store of typed values whose
    /// 'metadata' parameters are the sidecar's, not a blob's).
    /// </summary>
    private static string GenericReason(ParseContext context, List<MemberCandidate> pending, IMethodSymbol method)
    {
        var typeParameters = string.Join(", ", method.TypeParameters.Select(static t => t.Name));
        var reason = "it is generic (" + typeParameters + "): it reads or writes a value of any type, which a blob's bytes hold only through a serializer the real store chooses";
        var known = context.Known;
        bool Content(ITypeSymbol type)
        {
            type = TypeNames.Underlying(type);
            return KnownSymbols.Is(type, known.Stream) || TypeFacts.IsByteArray(type) || TypeFacts.IsReadOnlyMemoryOfByte(known, type) || KnownSymbols.Is(type, known.BlobProperties);
        }

        if (pending.Any(c => c.Parameters.Any(p => Content(p.Type)) || (c.Result is { } r && Content(r))))
        {
            return reason;
        }

        var names = pending.SelectMany(static c => c.Parameters).Select(static p => p.Name)
            .Where(static n => Conventions.NameIn(n, Conventions.BlobParameterNames)).Distinct(StringComparer.Ordinal).OrderBy(static n => n, StringComparer.Ordinal).ToList();
        return reason + "; and no member of " + context.InterfaceName + " carries bytes or a stream: it reads as a blob store only by "
            + (names.Count > 0 ? "its '" + string.Join("', '", names) + "' parameters" : "its member names")
            + ", so it may be a store of typed values whose serialization and options are its own code";
    }

    /// <summary>
    /// What every refusal of a blob store says when nothing but byte values made it one (iot-operations-sdks'
    /// ICommandResponseCache: a byte[] correlation id and a payload, no stream, no upload or download): why the interface
    /// reads as a blob store, and the setting that reads it otherwise. Null when a member streams, uploads or downloads.
    /// </summary>
    private static string? BytesOnlyNote(ParseContext context, List<MemberCandidate> pending)
    {
        var known = context.Known;
        if (pending.Any(c => Conventions.StartsWithWord(c.Verb, Conventions.BlobVerbPrefixes)
            || c.Parameters.Any(p => KnownSymbols.Is(TypeNames.Underlying(p.Type), known.Stream) || Conventions.NameIn(p.Name, Conventions.BlobParameterNames))
            || (c.Result is { } r && KnownSymbols.Is(TypeNames.Underlying(r), known.Stream))))
        {
            return null;
        }

        bool Bytes(ITypeSymbol type) => TypeFacts.IsByteArray(TypeNames.Underlying(type)) || TypeFacts.IsReadOnlyMemoryOfByte(known, TypeNames.Underlying(type));
        var evidence = pending.SelectMany(c => c.Parameters.Where(p => Bytes(p.Type)).Select(p => "'" + p.Name + "' (" + p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ") of " + c.Symbol.Name))
            .FirstOrDefault();
        return evidence is null
            ? null
            : "; " + context.InterfaceName + " reads as a blob store only because its members carry bytes (" + evidence + "): none uploads, downloads or streams, so it may as well keep values that hold bytes;"
                + " if so, Kind = StoreKind.KeyValue on [InMemoryFake] reads it as a key-value store";
    }

    /// <summary>
    /// Whether a removal returning nothing (<c>Task DeleteAsync(string path)</c>) has a sibling that says it is the strict one:
    /// another member of the interface whose verb is a removal ending in <c>IfExists</c> or <c>IfPresent</c>
    /// (<c>Task&lt;bool&gt; DeleteIfExistsAsync(string path)</c>) and that takes the same parameters (a cancellation token
    /// aside). Azure's SDK names its pair so: <c>DeleteAsync</c> throws <c>RequestFailedException</c> (404) for a blob that is
    /// not there, <c>DeleteIfExistsAsync</c> answers false; a wrapper that keeps both names keeps that difference, or the two
    /// would be one member (h-sample108: azure-signalr-bench's <c>IBlob</c>). A removal whose own name says <c>If…</c> is not.
    /// </summary>
    private static bool HasIfExistsSibling(ParseContext context, MemberCandidate candidate, List<MemberCandidate> pending)
    {
        if (VerbNouns.Words(candidate.Verb).Contains("If"))
        {
            return false;
        }

        var own = candidate.Parameters.Where(p => !KnownSymbols.Is(p.Type, context.Known.CancellationToken)).ToList();
        foreach (var other in pending)
        {
            if (ReferenceEquals(other, candidate))
            {
                continue;
            }

            var words = VerbNouns.Words(other.Verb);
            if (words.Count < 3 || words[0] is not ("Delete" or "Remove") || words[words.Count - 2] != "If" || words[words.Count - 1] is not ("Exists" or "Present"))
            {
                continue;
            }

            var theirs = other.Parameters.Where(p => !KnownSymbols.Is(p.Type, context.Known.CancellationToken)).ToList();
            if (theirs.Count == own.Count && theirs.Zip(own, static (a, b) => SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(static same => same))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The place word (<see cref="Conventions.BlobPlaceNouns"/>, or its plural) among the words of a verb after its first
    /// (<c>DeleteContainerIfExists</c> → Container), or, with <paramref name="lastOnly"/>, the last word of a noun
    /// (<c>BlobContainer</c> → Container); else null.
    /// </summary>
    private static string? PlaceWord(string name, bool lastOnly)
    {
        var words = VerbNouns.Words(name);
        for (var i = lastOnly ? words.Count - 1 : 1; i < words.Count; i++)
        {
            var singular = TypeNames.Singular(words[i]) ?? words[i];
            foreach (var place in Conventions.BlobPlaceNouns)
            {
                if (string.Equals(words[i], place, StringComparison.Ordinal) || string.Equals(singular, place, StringComparison.Ordinal))
                {
                    return place;
                }
            }
        }

        return null;
    }

    public static StoreSpec Plan(ParseContext context, List<MemberCandidate> pending, StoreBuilder store)
    {
        context.KindNote = context.Settings.ForcedKind == StoreKindModel.Blob ? null : BytesOnlyNote(context, pending);
        var nouns = new HashSet<string>(Conventions.BlobNouns, StringComparer.Ordinal);
        VerbNouns.AddSubjectNouns(nouns, VerbNouns.Subject(context.InterfaceName));
        // A subject that ends in a place (IBlobContainerProvider: BlobContainer, Container) names where blobs are kept:
        // DeleteContainer is about a container, not a blob (h-sample62).
        nouns.RemoveWhere(static n => PlaceWord(n, lastOnly: true) is not null);
        BlobVerb VerbOf(MemberCandidate c) => Conventions.BlobVerbOf(VerbNouns.Strip(WithoutResultForm(context, c, nouns), nouns, static v => Conventions.BlobVerbOf(v) != BlobVerb.None).Verb);

        // Receipts (BlobReceipts): what a keyless write returns names the blob wherever a member takes it.
        var receipts = BlobReceipts.Of(
            context,
            pending.Select(c => (c, VerbOf(c) == BlobVerb.Put)),
            p => (TypeFacts.IsString(p.Type) && !Conventions.NameIn(p.Name, Conventions.ContentTypeNames)) || (ContentKind(context, p.Type) is null && Key(context, p) is not null),
            t => ContentKind(context, t) is not null);
        foreach (var receipt in receipts)
        {
            if (string.Equals(receipt.Value.Name, BlobReceipts.IdMember, StringComparison.Ordinal))
            {
                store.BlobReceiptIds.Add(receipt.Key);
            }
        }

        // Only a write that is generated proves a receipt: a member handed a receipt whose write the user writes by hand
        // would otherwise name the blob by a member the hand-written write may not fill.
        foreach (var type in receipts.Keys.ToList())
        {
            if (!pending.Any(c => VerbOf(c) == BlobVerb.Put && MemberRules.CommonProblem(c) is null && c.Method is { IsGenericMethod: false } && c.Result is { } r
                && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(r), type) && Put(context, c, store, receipts, out _) is BlobPutOp { GeneratesKey: true }))
            {
                receipts.Remove(type);
                store.BlobReceiptIds.Remove(type);
            }
        }

        BlobKeySpec? KeyOf(IParameterSymbol parameter)
            => TypeFacts.ReadsAsValue(parameter) && receipts.TryGetValue(TypeNames.Underlying(parameter.Type), out var name)
                ? new BlobKeySpec(Declarations.Argument(parameter), BlobKeyConversion.Receipt, new BlobOwnerSpec(Declarations.Argument(parameter), name.Name, BlobKeyConversion.None, parameter.Type.IsValueType))
                : Key(context, parameter);

        // A …Cache whose members put nothing in fills itself on a miss (as the key-value planner's SelfFilling says of osu's
        // IWorkingBeatmapCache): its reads are refused, whatever kind the byte content made the store.
        var selfFilling = context.InterfaceName.EndsWith("Cache", StringComparison.Ordinal)
            && !pending.Any(c => VerbOf(c) is BlobVerb.Put or BlobVerb.Copy or BlobVerb.Move || c.Property is { IsIndexer: true, SetMethod: not null })
                ? "no member of " + context.InterfaceName + " puts content in, so the cache fills itself on a miss (osu's IWorkingBeatmapCache.GetWorkingBeatmap "
                    + "creates, caches and returns the working beatmap): a loader the interface does not show, where the fake could only give the not-found error or null"
                : null;

        var (pairPlace, pairProblem) = Pair(pending);
        var keyPair = pairPlace is null && pairProblem is null ? BlobKeyPairs.Of(context, pending, c => VerbOf(c) != BlobVerb.None, c => VerbOf(c) == BlobVerb.Put) : null;
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Conventions.IsOneOf(candidate.Symbol.Name, Conventions.NoOpMethodNames) && candidate.Parameters.Length == 0 && candidate.Method is not null
                && (candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
            {
                store.Members.Add(Declarations.Member(context, candidate, new NoOp()));
                continue;
            }

            if (MemberRules.CommonProblem(candidate) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }

            var args = candidate.Parameters;
            var verb = VerbOf(candidate);
            string? reason = null;
            OperationSpec? operation = null;
            if (pairProblem is not null && TakesPlace(args) && !AboutContainer(candidate))
            {
                context.NotSupported(candidate, Kind, (PlacedKey(args) is null ? "it takes the " : "it names its blob within the ") + PlaceOf(args[0].Name) + " '" + args[0].Name + "', but " + pairProblem);
                continue;
            }

            // A blob named within a place pair, or by a key of two parts (h-sample135): one planning step each, one outcome.
            if (candidate.Method is not null && verb != BlobVerb.None && (pairPlace is not null || (keyPair is not null && args.Length > 0)))
            {
                operation = pairPlace is not null
                    ? InPlace(context, candidate, verb, pairPlace, selfFilling, store, receipts, out reason)
                    : ByPair(context, candidate, verb, keyPair!.Value, selfFilling, store, receipts, out reason);
                if (operation is null)
                {
                    context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                }
                else
                {
                    store.Members.Add(Declarations.Member(context, candidate, operation));
                }

                continue;
            }

            bool KeyOnly() => args.Length == 1 && KeyOf(args[0]) is not null;
            BlobKeySpec KeyArg() => KeyOf(args[0])!;
            if (candidate.Property is { } property)
            {
                operation = verb == BlobVerb.Count && TypeFacts.IsIntOrLong(property.Type)
                    ? new BlobCountOp()
                    : Fail("only a Count property (int or long) is supported" + RefusalText.OwnObjectProperty(property), out reason);
            }
            else if (candidate.Method!.IsGenericMethod)
            {
                operation = Fail(GenericReason(context, pending, candidate.Method), out reason);
            }
            else
            {
                switch (verb)
                {
                    case BlobVerb.Get when selfFilling is not null:
                        reason = selfFilling;
                        break;
                    case BlobVerb.None when candidate.Verb.IndexOf("Transaction", StringComparison.Ordinal) >= 0:
                        // FluentStorage's in-memory store returns a transaction whose commit does nothing (its writes are
                        // immediate); a transactional store would keep the writes until the commit. The interface does not say.
                        reason = "it opens a transaction, but whether the store's writes wait for its commit or are made at once (FluentStorage's in-memory store: its transaction's commit does nothing) cannot be told from the interface";
                        break;
                    case BlobVerb.None when PlaceWord(candidate.Verb, lastOnly: false) is { } place:
                        reason = "'" + candidate.Verb + "' is about a " + place.ToLowerInvariant() + ", a place blobs are kept in ("
                            + string.Join(", ", Conventions.BlobPlaceNouns) + "), not a blob: what creating, deleting or listing one does to the blobs in it "
                            + "(Azure's DeleteContainer removes every blob in the container and is a 404 for one that is missing; a bucket may have to be empty first) is the store's own";
                        break;
                    case BlobVerb.None:
                        reason = KnownVerbLists.NotKnown(candidate.Verb, static v => Conventions.BlobVerbOf(v) != BlobVerb.None, KnownVerbLists.Blob,
                            rest => KnownVerbLists.AfterVerb(rest, nouns, "a blob store (" + string.Join(", ", Conventions.BlobNouns.Take(4)) + "…, or the interface's subject)", "what it reads or writes is not said"));
                        break;
                    case BlobVerb.Put:
                        operation = Put(context, candidate, store, receipts, out reason);
                        break;
                    case BlobVerb.Get when OwnedKey(context, args) is { } owned && (args.Length == 2 || (args.Length == 3 && KnownSymbols.Is(TypeNames.Underlying(args[2].Type), context.Known.Stream))):
                        operation = args.Length == 3 ? DownloadTo(candidate, owned, args[2], out reason) : Get(context, candidate, owned, store, out reason);
                        break;
                    case BlobVerb.Get:
                        operation = args.Length == 2 && KeyOf(args[0]) is { } sourceKey && KnownSymbols.Is(TypeNames.Underlying(args[1].Type), context.Known.Stream)
                            ? DownloadTo(candidate, sourceKey, args[1], out reason)
                            : KeyOnly() ? Get(context, candidate, KeyArg(), store, out reason) : Fail(KeyProblem(context, args), out reason);
                        break;
                    case BlobVerb.Exists when args.Length == 2 && OwnedKey(context, args) is { } ownedExists:
                        operation = TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new BlobExistsOp(ownedExists)
                            : Fail("it must take the key and return bool", out reason);
                        break;
                    case BlobVerb.Exists:
                        if (args.Length == 1 && NameCollection(args[0]))
                        {
                            // A batch (FluentStorage's ExistsAsync(IEnumerable<string>)): one answer per name, in order.
                            operation = TypeFacts.SequenceResult(context, candidate, context.Compilation.GetSpecialType(SpecialType.System_Boolean), out reason) is { } answers
                                ? new BlobExistsManyOp(Declarations.Argument(args[0]), answers)
                                : Fail("a check of several names must return one bool per name (IReadOnlyCollection<bool>, bool[]…)", out reason);
                            break;
                        }

                        operation = KeyOnly() && TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new BlobExistsOp(KeyArg())
                            : Fail("it must take the key and return bool", out reason);
                        break;
                    case BlobVerb.Delete when args.Length == 2 && OwnedKey(context, args) is { } ownedDelete:
                        operation = TypeFacts.VoidOrBool(candidate) is { } deletedOwned ? new BlobDeleteOp(ownedDelete, deletedOwned) : Fail("it must return void or bool", out reason);
                        break;
                    case BlobVerb.Delete:
                        if (args.Length == 1 && NameCollection(args[0]))
                        {
                            // A batch: each named blob removed, missing ones ignored.
                            operation = candidate.IsVoid || (TypeFacts.IsIntOrLong(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable)
                                ? new BlobDeleteManyOp(Declarations.Argument(args[0]), candidate.IsVoid ? NumberResult.None : TypeFacts.IsLong(candidate.Result) ? NumberResult.Long : NumberResult.Int)
                                : Fail("a removal of several names must return nothing or how many it removed (int or long)", out reason);
                            break;
                        }

                        operation = KeyOnly() && TypeFacts.VoidOrBool(candidate) is { } deleted
                            ? new BlobDeleteOp(KeyArg(), deleted, MissingIsNotFound: !deleted && HasIfExistsSibling(context, candidate, pending))
                            : Fail(KeyOnly() ? "it must return void or bool" : KeyProblem(context, args), out reason);
                        break;
                    case BlobVerb.List:
                        operation = List(context, candidate, store, out reason);
                        break;
                    case BlobVerb.Copy:
                    case BlobVerb.Move:
                        operation = Copy(context, candidate, verb == BlobVerb.Move, store, out reason);
                        break;
                    case BlobVerb.Info:
                        operation = KeyOnly()
                            ? Properties(context, candidate, allowBool: false, allowVoid: false, store, out reason, read: true) is { } info ? new BlobInfoOp(KeyArg(), info) : null
                            : Fail(KeyProblem(context, args), out reason);
                        break;
                    case BlobVerb.Metadata:
                        operation = !KeyOnly()
                            ? Fail(KeyProblem(context, args), out reason)
                            : MetadataResult(context, candidate, out reason) is { } metadata ? new BlobInfoOp(KeyArg(), metadata) : null;
                        break;
                    case BlobVerb.Url:
                        operation = !KeyOnly() || candidate.Shape == ReturnShape.AsyncEnumerable
                            ? Fail(KeyProblem(context, args), out reason)
                            : TypeFacts.IsString(candidate.Result)
                                ? new BlobUrlOp(KeyArg(), AsUri: false)
                                : candidate.Result is { } uri && KnownSymbols.Is(TypeNames.Underlying(uri), context.Known.Uri)
                                    ? new BlobUrlOp(KeyArg(), AsUri: true)
                                    : Fail("it must return string or Uri", out reason);
                        break;
                    case BlobVerb.Clear:
                        operation = args.Length == 0 && candidate.IsVoid ? new BlobClearOp() : Fail("Clear must take no parameters and return nothing", out reason);
                        break;
                    case BlobVerb.Count:
                        operation = args.Length == 0 && TypeFacts.IsIntOrLong(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable
                            ? new BlobCountOp()
                            : Fail("Count must take no parameters and return int or long", out reason);
                        break;
                }
            }

            if (operation is null)
            {
                context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                continue;
            }

            // After the conventions, so that a member they refuse keeps their more specific reason.
            if (OptionalNameRefusal(candidate, verb, args.Length > 0 && KeyOf(args[0]) is not null) is { } optionalName)
            {
                context.NotSupported(candidate, Kind, optionalName);
                continue;
            }

            store.Members.Add(Declarations.Member(context, candidate, operation));
        }

        return store.Build(StoreKindModel.Blob, context.InterfaceName, null, null);
    }

    /// <summary>
    /// Why a member whose blob name is an optional parameter cannot be generated, else null. A caller may leave it out, so
    /// the fake would read (or write) the blob named after the default value, while a parameter a caller may leave out is
    /// as likely a limit or an option of the call: Blazor's <c>IBrowserFile.OpenReadStream(long maxAllowedSize = 512000)</c>
    /// and JSInterop's <c>IJSStreamReference.OpenReadStreamAsync(long maxAllowedSize = 512000)</c> open the one file's
    /// content and throw when it is larger than the limit, where the fake opened the blob named "512000" (found reviewing
    /// the generated members of the shared framework, session 20). The key-value store refuses an optional key alike
    /// (KeyValuePlanner.OptionalKeyRefusal); a listing's optional prefix stays.
    /// </summary>
    private static string? OptionalNameRefusal(MemberCandidate candidate, BlobVerb verb, bool firstIsName)
    {
        if (candidate.Method is null || candidate.Parameters.Length == 0 || verb is BlobVerb.None or BlobVerb.List or BlobVerb.Clear or BlobVerb.Count)
        {
            return null;
        }

        var name = candidate.Parameters[0];
        if (!firstIsName || !name.HasExplicitDefaultValue || name.RefKind != RefKind.None)
        {
            return null;
        }

        return "its blob name '" + name.Name + "' (" + name.Type.ToDisplayString() + ") is optional, so a caller may leave it out and the fake would use the blob named after the default value,"
            + " while a parameter a caller may leave out is as likely a limit or an option of the call as a name (Blazor's IBrowserFile.OpenReadStream(long maxAllowedSize = 512000) opens"
            + " the one file's content and throws when it is larger). Make the name required, or write the member";
    }

    /// <summary>
    /// A blob key: a string (used as it is, never blank); a GUID or an integer (its invariant text); or an id type with
    /// value equality and its own ToString (its text). Anything else names no blob provably: null.
    /// </summary>
    private static BlobKeySpec? Key(ParseContext context, IParameterSymbol parameter)
    {
        if (!TypeFacts.ReadsAsValue(parameter))
        {
            return null;
        }

        var type = parameter.Type;
        if (TypeFacts.IsString(type))
        {
            return new BlobKeySpec(Declarations.Argument(parameter), BlobKeyConversion.None);
        }

        if (TypeNames.IsNullableValueType(type))
        {
            return null;
        }

        if (KnownSymbols.Is(type, context.Known.Guid) || type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
        {
            return new BlobKeySpec(Declarations.Argument(parameter), BlobKeyConversion.Format);
        }

        return IsIdType(type) ? new BlobKeySpec(Declarations.Argument(parameter), BlobKeyConversion.Text) : null;
    }

    /// <summary>Whether a member takes first a string named as a place (<see cref="Conventions.BlobPlaceParameterNames"/>): <c>containerName</c>, <c>bucket</c>.</summary>
    private static bool TakesPlace(IParameterSymbol[] args)
        => args.Length >= 1 && TypeFacts.ReadsAsValue(args[0]) && TypeFacts.IsString(args[0].Type) && Conventions.NameIn(args[0].Name, Conventions.BlobPlaceParameterNames);

    /// <summary>The place a parameter names, in lower case: container, bucket or share.</summary>
    private static string PlaceOf(string parameter)
        => Conventions.BlobContainerNouns.FirstOrDefault(p => parameter.StartsWith(p, StringComparison.OrdinalIgnoreCase))?.ToLowerInvariant() ?? "container";

    /// <summary>
    /// A blob named by (place, name): the place parameter first, then a required string name that is no content type and
    /// no other place (<c>DownloadAsync(string containerName, string blobName)</c>); else null.
    /// </summary>
    private static BlobKeySpec? PlacedKey(IParameterSymbol[] args)
    {
        if (!TakesPlace(args) || args.Length < 2 || !TypeFacts.ReadsAsValue(args[1]) || !TypeFacts.IsString(args[1].Type) || args[0].HasExplicitDefaultValue || args[1].HasExplicitDefaultValue
            || Conventions.NameIn(args[1].Name, Conventions.ContentTypeNames) || Conventions.NameIn(args[1].Name, Conventions.BlobPlaceParameterNames) || Conventions.NamesTextContent(args[1].Name))
        {
            return null;
        }

        return new BlobKeySpec(Declarations.Argument(args[1]), BlobKeyConversion.Placed, new BlobOwnerSpec(Declarations.Argument(args[0]), "", BlobKeyConversion.None, IsValueType: false));
    }

    /// <summary>
    /// Whether the interface's blobs are named by (place, name), and by which place parameter; or why not. Proven when the
    /// members that take a place first all call it by one name, and no member is about a container's own life: a store
    /// with <c>CreateContainerAsync</c> or <c>ListBuckets</c> keeps containers apart from blobs, and an upload into one
    /// never created is coyote's 404 ContainerNotFound there, where a wrapper that creates the container before each
    /// upload stores the blob. Without such members, containers exist implicitly.
    /// </summary>
    private static (string? Place, string? Problem) Pair(List<MemberCandidate> pending)
    {
        if (!pending.Any(static c => c.Method is { IsGenericMethod: false } && PlacedKey(c.Parameters) is not null))
        {
            return (null, null);
        }

        var placed = pending.Where(static c => c.Method is { IsGenericMethod: false } && TakesPlace(c.Parameters) && !AboutContainer(c)).ToList();
        var names = placed.Select(static c => c.Parameters[0].Name).Distinct(StringComparer.Ordinal).OrderBy(static n => n, StringComparer.Ordinal).ToList();
        if (names.Count > 1)
        {
            return (null, "the members call the place by different parameters ('" + string.Join("', '", names) + "'), so that they name one place is not proven");
        }

        var life = pending.Where(AboutContainer).Select(static c => c.Symbol.Name).Distinct(StringComparer.Ordinal).ToList();
        if (life.Count > 0)
        {
            return (null, "containers have members of their own (" + string.Join(", ", life) + "), so the store keeps them apart from their blobs: whether a write into a "
                + "container never created stores the blob (a wrapper that creates it first) or fails (Azure's 404 ContainerNotFound, coyote's BlobContainerProvider) "
                + "is not said, nor what those members do to the blobs in it");
        }

        return (names[0], null);
    }

    /// <summary>
    /// Whether a member is about a container's own life: a place word in its name, and the container alone or nothing
    /// (<c>CreateContainerAsync(containerName)</c>, <c>ListContainers()</c>); <c>GetContainerNameFromUri(uri)</c> computes,
    /// and <c>DownloadFileFromContainer(containerName, blobName)</c> is a blob's.
    /// </summary>
    private static bool AboutContainer(MemberCandidate c)
        => (c.Parameters.Length == 0 || (TakesPlace(c.Parameters) && PlacedKey(c.Parameters) is null))
            && VerbNouns.Words(c.Verb).Any(static w => Conventions.BlobContainerNouns.Contains(TypeNames.Singular(w) ?? w, StringComparer.Ordinal));

    /// <summary>
    /// A member of a store whose blobs are named by (place, name) (<see cref="Pair"/>): Put, Get (also into the caller's
    /// stream), Exists and Delete of (place, name), and a listing of the place alone, whose names are the names within it.
    /// A result that would carry the blob's name (properties, a result type, a URL) is refused: the name within the place
    /// is not the table's key. A member naming a blob without the place is refused.
    /// </summary>
    private static OperationSpec? InPlace(ParseContext context, MemberCandidate candidate, BlobVerb verb, string place, string? selfFilling, StoreBuilder store,
        Dictionary<ITypeSymbol, IPropertySymbol> receipts, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (!TakesPlace(args) && args.Any(p => string.Equals(p.Name, place, StringComparison.Ordinal)))
        {
            return Fail("it takes '" + place + "' after '" + args[0].Name + "': a blob is named within a " + PlaceOf(place) + " only by the " + PlaceOf(place) + " first, then the blob's name, as the other members of "
                + context.InterfaceName + " take them", out reason);
        }

        if (!TakesPlace(args) && args.FirstOrDefault(static p => VerbNouns.Words(p.Name).Any(static w => Conventions.BlobContainerNouns.Contains(w, StringComparer.OrdinalIgnoreCase))) is { } other)
        {
            // Speech SDK's MoveFileAsync(inputContainerName, inputFileName, outputContainerName, outputFileName, keepSource).
            return Fail("it takes a " + PlaceOf(place) + " as '" + other.Name + "', where the other members of " + context.InterfaceName + " take '" + place
                + "' first and then the blob's name: a blob is named within a " + PlaceOf(place) + " only in that form", out reason);
        }

        if (!TakesPlace(args))
        {
            return Fail("the other members of " + context.InterfaceName + " name a blob within a " + PlaceOf(place) + " ('" + place + "' first), so a member without one names no blob of theirs; take '"
                + place + "' first", out reason);
        }

        var key = PlacedKey(args);
        var within = "(" + place + ", " + (key?.Argument.Name ?? "name") + ")";
        switch (verb)
        {
            case BlobVerb.Put when key is not null:
                return candidate.IsVoid || (TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable)
                    ? Put(context, candidate, store, receipts, out reason, key)
                    : Fail("a write of a blob named by " + within + " must return nothing or bool: a URL, name or properties it returned would carry a name the real store makes of the "
                        + PlaceOf(place) + " and the name its own way", out reason);
            case BlobVerb.Get when selfFilling is not null:
                return Fail(selfFilling, out reason);
            case BlobVerb.Get when key is not null && args.Length == 3 && KnownSymbols.Is(TypeNames.Underlying(args[2].Type), context.Known.Stream):
                return DownloadTo(candidate, key, args[2], out reason);
            case BlobVerb.Get when key is not null && args.Length == 2:
                var read = Get(context, candidate, key, store, out reason);
                return read is BlobGetOp { Result: BlobGetResult.Converted or BlobGetResult.NullableConverted }
                    ? Fail("a read of a blob named by " + within + " must return its content (byte[], ReadOnlyMemory<byte>, string or Stream): a result type's name member would be filled with the table's key, not the name within the "
                        + PlaceOf(place), out reason)
                    : read;
            case BlobVerb.Exists when key is not null && args.Length == 2:
                return TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable ? new BlobExistsOp(key) : Fail("it must take " + within + " and return bool", out reason);
            case BlobVerb.Delete when key is not null && args.Length == 2:
                if (TypeFacts.VoidOrBool(candidate) is not { } deleted)
                {
                    return Fail("it must return void or bool", out reason);
                }

                if (deleted && PlaceOf(place) == "bucket" && !VerbNouns.Words(candidate.Verb).Contains("If"))
                {
                    // ECommerceSpareParts' Task<bool> DeleteFileAsync(bucketName, keyName) returns
                    // response.HttpStatusCode == NoContent: S3 answers 204 for a key that is not there too (h-sample66).
                    return Fail("it returns bool, and its blob is named within a bucket: an object store's delete answers the same whether or not the object was there (S3's DeleteObject is 204 for a missing key too), "
                        + "so whether the bool says one was removed, that the call succeeded (always true) or something else is the wrapper's own; return nothing, name it DeleteIfExists (true: one was removed), or write the member", out reason);
                }

                return new BlobDeleteOp(key, deleted);
            case BlobVerb.List when args.Length == 1:
                var element = candidate.Shape == ReturnShape.AsyncEnumerable
                    ? candidate.Result
                    : candidate.Result is { } result ? TypeFacts.ElementType(context.Known, TypeNames.Underlying(result)) : null;
                if (element is null || !TypeFacts.IsString(element))
                {
                    return Fail("a listing of a " + PlaceOf(place) + " must return its blobs' names (string), names within the " + PlaceOf(place)
                        + ": properties, a result type or URLs would carry a name the convention does not fill", out reason);
                }

                return TypeFacts.SequenceResult(context, candidate, element, out reason) is { } sequence
                    ? new BlobListOp(null, BlobListElement.Key, null, sequence, Container: Declarations.Argument(args[0]), Listing: BlobListings.Of(context))
                    : null;
            default:
                return Fail("it takes the " + PlaceOf(place) + " '" + place + "', and a blob named within one is a convention only for Put, Get (also into a Stream), Exists and Delete taking "
                    + within + " and a listing taking the " + PlaceOf(place) + " alone (the names within it)", out reason);
        }
    }

    /// <summary>
    /// A member of a store whose blobs are named by a key of two parts (<see cref="BlobKeyPairs"/>): Put, Get (also into
    /// the caller's stream), Exists and Delete of the pair. Anything that would hand out a blob's name (a listing,
    /// properties, a URL, a write's result) is refused: the name is the real store's own making of the two parts.
    /// </summary>
    private static OperationSpec? ByPair(ParseContext context, MemberCandidate candidate, BlobVerb verb, (string First, string Second) pair, string? selfFilling, StoreBuilder store,
        Dictionary<ITypeSymbol, IPropertySymbol> receipts, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        var key = BlobKeyPairs.Key(context, args);
        var within = "(" + pair.First + ", " + pair.Second + ")";
        switch (verb)
        {
            case BlobVerb.Put when key is not null:
                return candidate.IsVoid || (TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable)
                    ? Put(context, candidate, store, receipts, out reason, key)
                    : Fail("a write of a blob named by " + within + " must return nothing or bool: a name, URL or properties it returned would carry a name the real store makes of the two its own way", out reason);
            case BlobVerb.Get when selfFilling is not null:
                return Fail(selfFilling, out reason);
            case BlobVerb.Get when key is not null && args.Length == 3 && KnownSymbols.Is(TypeNames.Underlying(args[2].Type), context.Known.Stream):
                return DownloadTo(candidate, key, args[2], out reason);
            case BlobVerb.Get when key is not null && args.Length == 2:
                var read = Get(context, candidate, key, store, out reason);
                return read is BlobGetOp { Result: BlobGetResult.Converted or BlobGetResult.NullableConverted }
                    ? Fail("a read of a blob named by " + within + " must return its content (byte[], ReadOnlyMemory<byte>, string or Stream): a result type's name member would be filled with the fake's key, not a name the real store makes of the two", out reason)
                    : read;
            case BlobVerb.Exists when key is not null && args.Length == 2:
                return TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable ? new BlobExistsOp(key) : Fail("it must take " + within + " and return bool", out reason);
            case BlobVerb.Delete when key is not null && args.Length == 2:
                return TypeFacts.VoidOrBool(candidate) is { } deleted ? new BlobDeleteOp(key, deleted) : Fail("it must return void or bool", out reason);
            default:
                return Fail("the members of " + context.InterfaceName + " name a blob by " + within + ", and such a pair is a convention only for Put, Get (also into a Stream), Exists and Delete taking the two first:"
                    + " a listing, properties or a URL would hand out a name the real store makes of the two its own way", out reason);
        }
    }

    /// <summary>
    /// A blob named within an owner (Piranha's <c>GetAsync(Media media, string filename, Stream stream)</c>, whose real
    /// store names the file <c>{media.Id}/{filename}</c> or <c>{media.Id}-{filename}</c>): a first parameter whose type
    /// has one key (<c>Id</c>, <c>{Type}Id</c> or <c>[Key]</c>) of a string, GUID or integer, then a string name. A member
    /// that must be handed the owner to find the blob uses the owner to name it: the table's key is
    /// <c>{owner key}/{name}</c>, so the same name under two owners is two blobs. Anything else: null.
    /// </summary>
    private static BlobKeySpec? OwnedKey(ParseContext context, IParameterSymbol[] args)
    {
        if (args.Length < 2 || !TypeFacts.ReadsAsValue(args[0]) || !TypeFacts.ReadsAsValue(args[1]) || !TypeFacts.IsString(args[1].Type)
            || Conventions.NameIn(args[1].Name, Conventions.ContentTypeNames) || Key(context, args[0]) is not null)
        {
            return null;
        }

        var owner = TypeNames.Underlying(args[0].Type);
        if (owner is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } || EntityInfo.TryGet(context, owner) is not { Keys.Count: 1 } entity)
        {
            return null;
        }

        var keyType = TypeNames.Underlying(entity.Keys[0].Type);
        BlobKeyConversion conversion;
        if (TypeFacts.IsString(keyType))
        {
            conversion = BlobKeyConversion.None;
        }
        else if (KnownSymbols.Is(keyType, context.Known.Guid) || keyType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
        {
            conversion = BlobKeyConversion.Format;
        }
        else
        {
            return null;
        }

        return new BlobKeySpec(Declarations.Argument(args[1]), BlobKeyConversion.Owned, new BlobOwnerSpec(Declarations.Argument(args[0]), entity.Keys[0].Name, conversion, owner.IsValueType));
    }

    /// <summary>
    /// An id type: a struct or record that declares its own ToString() and has value equality (Squidex's DomainId). A
    /// record's compiler-written ToString does not count: it prints every property (<c>ClaimCheckToken { Id = …,
    /// ContentType = …, Length = … }</c>), which is no blob name a real store uses (Wolverine's claim-check stores name the
    /// blob by the token's Id alone).
    /// </summary>
    private static bool IsIdType(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class } named || !TypeFacts.IsEntityCandidateType(named) || (!named.IsValueType && !named.IsRecord))
        {
            return false;
        }

        bool Overrides(string name, int parameters)
            => named.GetMembers(name).OfType<IMethodSymbol>().Any(m => m.IsOverride && !m.IsImplicitlyDeclared && m.Parameters.Length == parameters);
        return Overrides("ToString", 0) && (named.IsRecord || Overrides("Equals", 1));
    }

    /// <summary>A collection of string names (not a string).</summary>
    private static bool NameCollection(IParameterSymbol parameter)
        => TypeFacts.ReadsAsValue(parameter) && !TypeFacts.IsString(parameter.Type) && TypeFacts.EnumerableElement(parameter.Type) is { } element && TypeFacts.IsString(element);

    private static string KeyProblem(ParseContext context, IParameterSymbol[] args)
    {
        if (args.Length >= 1 && Key(context, args[0]) is null)
        {
            return "its key '" + args[0].Name + "' is a " + args[0].Type.ToDisplayString() + ", which names no blob (a string, a Guid, an integer, or an id type with its own Equals and ToString)";
        }

        return args.Length > 1 ? "its parameter '" + args[1].Name + "' has no meaning for a blob store: it must take only the key" : "it must take only the key";
    }

    /// <summary>
    /// Download into the caller's stream: void (missing is the not-found error) or bool (found). A <c>TryDownload</c>
    /// (h-sample137: dfc-coursedirectory's <c>Task&lt;bool&gt; TryDownloadFile(path, destination)</c>) says by its name that a
    /// missing blob is no error, so only its bool form is generated.
    /// </summary>
    private static OperationSpec? DownloadTo(MemberCandidate candidate, BlobKeySpec key, IParameterSymbol target, out string? reason)
    {
        reason = null;
        if (IsTryRead(candidate) && candidate.IsVoid)
        {
            return Fail("its name ('" + candidate.Verb + "') says a missing blob is no error, and it returns nothing, so a missing blob would be neither an error nor an answer: return bool (whether it was found)", out reason);
        }

        return TypeFacts.VoidOrBool(candidate) is { } found
            ? new BlobDownloadToOp(key, Declarations.Argument(target), found)
            : Fail("a download into the caller's stream must return void (a missing blob is the not-found error) or bool (whether it was found)", out reason);
    }

    /// <summary>Whether a blob read is named <c>Try…</c> (<c>TryDownload</c>, <c>TryDownloadTo</c>): a missing blob is no error.</summary>
    private static bool IsTryRead(MemberCandidate candidate) => candidate.Verb.StartsWith("TryDownload", StringComparison.Ordinal);

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    private static OperationSpec? Put(ParseContext context, MemberCandidate candidate, StoreBuilder store, Dictionary<ITypeSymbol, IPropertySymbol> receipts, out string? reason, BlobKeySpec? placed = null)
    {
        reason = null;
        var args = candidate.Parameters;

        // The content is the one parameter of a content type; the key the first parameter that names a blob, or the
        // string that is not a content type when the content comes first (SaveMediaAsync(stream, fileName, mimeType)).
        var owned = placed ?? OwnedKey(context, args);
        var contentIndex = -1;
        BlobContentKind kind = BlobContentKind.Bytes;
        IParameterSymbol? unnamedText = null;
        for (var i = owned is null ? 0 : 2; i < args.Length && contentIndex < 0; i++)
        {
            if ((i == 0 && TypeFacts.IsString(args[0].Type)) || (TypeFacts.IsString(args[i].Type) && Conventions.NameIn(args[i].Name, Conventions.ContentTypeNames)))
            {
                continue;
            }

            // A string is the blob's text only when its name says so: Upload(string filePath, string bucketName) does not
            // store "bucketName" as the text of a blob named by the path.
            if (TypeFacts.IsString(args[i].Type) && !Conventions.NamesTextContent(args[i].Name))
            {
                unnamedText ??= args[i];
                continue;
            }

            if (ContentKind(context, args[i].Type) is { } found)
            {
                contentIndex = i;
                kind = found;
            }
        }

        var returnsGuid = candidate.Result is { } declared && candidate.Shape != ReturnShape.AsyncEnumerable && KnownSymbols.Is(declared, context.Known.Guid);
        var returnsReceipt = candidate.Result is { } receipt && candidate.Shape != ReturnShape.AsyncEnumerable && receipts.ContainsKey(TypeNames.Underlying(receipt));
        if (contentIndex < 0 && unnamedText is not null)
        {
            return Fail("its string parameter '" + unnamedText.Name + "' is not named as the blob's text (content, text, body, data, value, json…, or a name ending in one: fileContent), so whether it is the content or names something else (a bucket, a path, a container) is not said; rename it, or take the content as byte[], ReadOnlyMemory<byte> or Stream", out reason);
        }

        if (contentIndex < 0 || (args.Length < 2 && !returnsGuid && !returnsReceipt))
        {
            return Fail("it must take the key and the content (byte[], ReadOnlyMemory<byte>, Stream or string)", out reason);
        }

        IParameterSymbol? keyParameter = null;
        if (owned is not null)
        {
            keyParameter = args[1];
        }
        else if (contentIndex > 0)
        {
            keyParameter = args[0];
        }
        else
        {
            foreach (var parameter in args.Skip(1))
            {
                if (TypeFacts.IsString(parameter.Type) && !Conventions.NameIn(parameter.Name, Conventions.ContentTypeNames))
                {
                    keyParameter = parameter;
                    break;
                }
            }
        }

        var generatesKey = false;
        BlobKeySpec? key;
        if (keyParameter is null && owned is null && (returnsGuid || returnsReceipt))
        {
            // UploadAsync(Stream stream, string contentType) returning Guid: the store names the blob with a new GUID and
            // returns it (the Azure Blob tutorials' fileId = Guid.NewGuid(); GetBlobClient(fileId.ToString())).
            generatesKey = true;
            key = new BlobKeySpec(new ArgumentRef(GeneratedKeyLocal, NullForgiving: false), BlobKeyConversion.Format);
        }
        else if (keyParameter is null || (owned ?? Key(context, keyParameter)) is not { } found)
        {
            return Fail("it must take the key (a string, Guid, integer or id type) and the content (byte[], ReadOnlyMemory<byte>, Stream or string), or take no key and return the Guid it names the blob with (or a receipt: a type with a string Key, Name or Id member, filled from the stored blob)", out reason);
        }
        else
        {
            key = found;
        }

        var content = args[contentIndex];
        if (TypeNames.IsNullableValueType(content.Type))
        {
            return Fail("its content parameter must not be nullable", out reason);
        }

        var contentRef = new ArgumentRef(TypeNames.Escape(content.Name), TypeNames.AllowsNull(content.Type) && !content.Type.IsValueType);
        string? contentTypeArgument = null;
        MetadataSpec? metadata = null;
        var expiration = ExpirationSpec.Default;
        string? overwrite = null;
        string? append = null;
        foreach (var parameter in args)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter, content) || SymbolEqualityComparer.Default.Equals(parameter, keyParameter)
                || (owned is not null && SymbolEqualityComparer.Default.Equals(parameter, args[0])))
            {
                continue;
            }

            var name = TypeNames.Escape(parameter.Name);
            if (TypeFacts.IsString(parameter.Type) && Conventions.NameIn(parameter.Name, Conventions.ContentTypeNames))
            {
                contentTypeArgument = name;
            }
            else if (Metadata(context, parameter) is { } found)
            {
                metadata = found;
            }
            else if (TtlPlanner.TryPlan(context, parameter, store) is { } ttl)
            {
                expiration = ttl;
            }
            else if (TypeFacts.IsBool(parameter.Type) && Conventions.NameIn(parameter.Name, Conventions.OverwriteParameterNames) && overwrite is null && append is null)
            {
                overwrite = name;
            }
            else if (TypeFacts.IsBool(parameter.Type) && Conventions.NameIn(parameter.Name, Conventions.AppendParameterNames) && append is null && overwrite is null)
            {
                append = name;
            }
            else
            {
                return Fail("parameter '" + parameter.Name + "' is not a content type (string contentType), metadata (IDictionary/IReadOnlyDictionary<string, string>), 'bool overrideExisting', 'bool append' or time to live", out reason);
            }
        }

        if (generatesKey)
        {
            if (overwrite is not null || append is not null)
            {
                return Fail("it names the blob with a new GUID, so there is nothing to overwrite or append to", out reason);
            }

            if (returnsReceipt)
            {
                // The receipt, built from the stored blob: its name member holds the new name (BlobReceipts).
                return Properties(context, candidate, allowBool: false, allowVoid: false, store, out reason) is { } built
                    ? new BlobPutOp(key, contentRef, kind, contentTypeArgument, metadata, expiration, built, GeneratesKey: true)
                    : null;
            }

            return new BlobPutOp(key, contentRef, kind, contentTypeArgument, metadata, expiration, new BlobResultSpec(BlobResultKind.GeneratedKey, null, null));
        }

        if (overwrite is null && append is null && ExistingBlobWrites.Refuses(context))
        {
            overwrite = "false";
        }

        return Properties(context, candidate, allowBool: true, allowVoid: true, store, out reason) is { } result
            ? new BlobPutOp(key, contentRef, kind, contentTypeArgument, metadata, expiration, result, overwrite, append)
            : null;
    }

    /// <summary>The local a write that names its blob holds the new GUID in.</summary>
    public const string GeneratedKeyLocal = "__blobId";

    /// <summary>
    /// A read's name without a trailing <c>As</c> and the form its result already has (h-sample65: the banking assistant
    /// sample's <c>Task&lt;byte[]&gt; GetFileAsBytesAsync(string fileName)</c>, over Azure's <c>DownloadContentAsync</c>): <c>Bytes</c>
    /// or <c>ByteArray</c> with a <c>byte[]</c> result, <c>Stream</c> with a <c>Stream</c>, <c>String</c> or <c>Text</c> with a
    /// <c>string</c>. The words only repeat the result type, so the member is the read without them; any other form
    /// (<c>GetFileAsBase64</c>, <c>GetFileAsBytes</c> returning a <c>string</c>), or a name that is no read without them,
    /// keeps the whole name and its refusal. Writes are left alone: what form a write takes is its content parameter's.
    /// </summary>
    private static string WithoutResultForm(ParseContext context, MemberCandidate candidate, ICollection<string> nouns)
    {
        if (candidate.Method is null || candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return candidate.Verb;
        }

        var words = VerbNouns.Words(candidate.Verb);
        var at = words.LastIndexOf("As");
        if (at < 1 || at == words.Count - 1)
        {
            return candidate.Verb;
        }

        var form = string.Concat(words.GetRange(at + 1, words.Count - at - 1));
        var kind = ContentKind(context, result);
        var agrees = form switch
        {
            "Bytes" or "ByteArray" => kind == BlobContentKind.Bytes,
            "Stream" => kind == BlobContentKind.Stream,
            "String" or "Text" => kind == BlobContentKind.Text,
            _ => false,
        };
        var bare = string.Concat(words.GetRange(0, at));
        return agrees && Conventions.BlobVerbOf(VerbNouns.Strip(bare, nouns, static v => Conventions.BlobVerbOf(v) != BlobVerb.None).Verb) == BlobVerb.Get
            ? bare
            : candidate.Verb;
    }

    private static BlobContentKind? ContentKind(ParseContext context, ITypeSymbol type)
    {
        var contentType = TypeNames.Underlying(type);
        if (TypeFacts.IsByteArray(contentType))
        {
            return BlobContentKind.Bytes;
        }

        if (TypeFacts.IsReadOnlyMemoryOfByte(context.Known, contentType))
        {
            return BlobContentKind.Memory;
        }

        if (KnownSymbols.Is(contentType, context.Known.Stream))
        {
            return BlobContentKind.Stream;
        }

        return TypeFacts.IsString(contentType) ? BlobContentKind.Text : null;
    }

    private static MetadataSpec? Metadata(ParseContext context, IParameterSymbol parameter)
    {
        if (parameter.Type is not INamedTypeSymbol { Arity: 2 } type || type.TypeArguments.Any(static t => t.SpecialType != SpecialType.System_String))
        {
            return null;
        }

        var name = TypeNames.Escape(parameter.Name);
        var nullable = TypeNames.AllowsNull(parameter.Type);
        if (KnownSymbols.Is(type, context.Known.IReadOnlyDictionary) || KnownSymbols.Is(type, context.Known.Dictionary))
        {
            return new MetadataSpec(name, Copy: false, nullable);
        }

        return KnownSymbols.Is(type, context.Known.IDictionary) ? new MetadataSpec(name, Copy: true, nullable) : null;
    }

    private static OperationSpec? Get(ParseContext context, MemberCandidate candidate, BlobKeySpec key, StoreBuilder store, out string? reason)
    {
        string? converterProblem = null;
        reason = null;
        if (IsTryRead(candidate))
        {
            // TryDownload(key) returning content: what a Try read hands out for a missing blob (null, an empty array, an
            // empty stream) is not said; only the download into the caller's stream has a bool that says it.
            return Fail("'" + candidate.Verb + "' is a read named to report a missing blob, and only a download into the caller's stream returning bool (whether it was found) says how: "
                + "take the destination (Stream) after the key and return bool, or write the member", out reason);
        }

        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it must return byte[], ReadOnlyMemory<byte>, string or Stream", out reason);
        }

        var stated = MissingKeyReads.BlobRead(context, result);
        if ((stated ?? MissingReadGivesNull(context, candidate, result, out reason)) is not { } nullable)
        {
            return null;
        }

        // Null for a result declared not null (MissingKeyReads = Default): the emitted read says so with '!'.
        var nullDeclaredNotNull = nullable && !TypeNames.AllowsNull(result);
        var type = TypeNames.Underlying(result);
        BlobGetResult? kind = TypeFacts.IsByteArray(type) ? (nullable ? BlobGetResult.NullableBytes : BlobGetResult.Bytes)
            : TypeFacts.IsReadOnlyMemoryOfByte(context.Known, type) ? (nullable ? BlobGetResult.NullableMemory : BlobGetResult.Memory)
            : TypeFacts.IsString(type) ? (nullable ? BlobGetResult.NullableText : BlobGetResult.Text)
            : KnownSymbols.Is(type, context.Known.Stream) ? (nullable ? BlobGetResult.NullableStream : BlobGetResult.Stream)
            : null;
        if (kind is not null)
        {
            return new BlobGetOp(key, kind.Value) { NullDeclaredNotNull = nullDeclaredNotNull };
        }

        // DownloadAsync(fileId) returning FileResponse(Stream Stream, string ContentType): the content and the properties, by name.
        if (type.SpecialType == SpecialType.None && !KnownSymbols.Is(type, context.Known.BlobProperties) && type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct }
            && Converter(context, type, store, out converterProblem, withContent: true) is { } converter)
        {
            return new BlobGetOp(key, nullable ? BlobGetResult.NullableConverted : BlobGetResult.Converted) { Converter = converter, DeclaredType = context.Render(result), NullDeclaredNotNull = nullDeclaredNotNull };
        }

        return Fail("it must return byte[], ReadOnlyMemory<byte>, string, Stream or a result type with the content (nullable for null when missing)"
            + (converterProblem is null ? "" : "; " + converterProblem), out reason);
    }

    private static OperationSpec? List(ParseContext context, MemberCandidate candidate, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length > 1 || (args.Length == 1 && !TypeFacts.IsString(args[0].Type)))
        {
            return Fail("it must take nothing, a key prefix (string prefix) or a directory (string folder/directory/path)", out reason);
        }

        var prefix = args.Length == 1 ? TypeNames.Escape(args[0].Name) : null;
        var directory = args.Length == 1 && Conventions.NameIn(args[0].Name, Conventions.DirectoryParameterNames);
        if (args.Length == 1 && !directory && !Conventions.NameIn(args[0].Name, Conventions.PrefixParameterNames))
        {
            return Fail("its parameter '" + args[0].Name + "' is neither a key prefix (prefix) nor a directory (folder, directory, path)", out reason);
        }
        var element = candidate.Shape == ReturnShape.AsyncEnumerable
            ? candidate.Result
            : candidate.Result is { } result ? TypeFacts.ElementType(context.Known, TypeNames.Underlying(result)) : null;
        if (element is null)
        {
            return Fail("it must return a list of keys (string) or of a result type", out reason);
        }

        if (!TypeFacts.IsString(element) && candidate.Verb.EndsWith("Names", StringComparison.Ordinal))
        {
            // GetNames(): MS Learn's BlobStorage lists every blob's name; names are strings, so another element is no name.
            return Fail("'" + candidate.Verb + "' lists names, so it must return a list of string keys", out reason);
        }

        BlobListElement kind;
        string? converter = null;
        if (TypeFacts.IsString(element))
        {
            kind = BlobListElement.Key;
        }
        else if (KnownSymbols.Is(TypeNames.Underlying(element), context.Known.BlobProperties))
        {
            kind = BlobListElement.Properties;
        }
        else if (BlobListings.Of(context) == BlobListings.TopLevel && DirectoryFlag(TypeNames.Underlying(element)) is { } flag)
        {
            // Directory.GetFileSystemInfos, GetBlobsByHierarchy's BlobHierarchyItem.IsPrefix: a hierarchical listing whose
            // items say which is a directory lists the virtual directories too, which a blob table does not hold.
            return Fail("its result type has '" + flag + "', which says an item may be a (virtual) directory: a hierarchical listing of that kind "
                + "answers the directories one level below beside the blobs, and BlobListing.TopLevel lists blobs only, so which items it answers is not said", out reason);
        }
        else if (Converter(context, TypeNames.Underlying(element), store, out reason) is { } method)
        {
            kind = BlobListElement.Converted;
            converter = method;
        }
        else
        {
            return null;
        }

        var sequence = TypeFacts.SequenceResult(context, candidate, element, out reason);
        // A path (ListFiles(path)) is a directory in some stores and a plain prefix in others: checked where they differ.
        var either = directory && Conventions.NameIn(args[0].Name, Conventions.PrefixOrDirectoryParameterNames);
        return sequence is null ? null : new BlobListOp(prefix, kind, converter, sequence.Value, directory, Listing: BlobListings.Of(context), PrefixOrDirectory: either);
    }

    /// <summary>A <c>bool</c> member of a listing's result type that says an item is a directory (<c>IsDirectory</c>, <c>IsFolder</c>, <c>IsPrefix</c>…), or null.</summary>
    private static string? DirectoryFlag(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var memberType = member switch { IPropertySymbol property => property.Type, IFieldSymbol field => field.Type, _ => null };
                if (memberType is not null && !member.IsStatic && TypeFacts.IsBool(TypeNames.Underlying(memberType))
                    && Conventions.NameIn(member.Name, Conventions.DirectoryFlagNames))
                {
                    return member.Name;
                }
            }
        }

        return null;
    }

    private static OperationSpec? Copy(ParseContext context, MemberCandidate candidate, bool move, StoreBuilder store, out string? reason)
    {
        reason = null;
        var args = candidate.Parameters;
        if (args.Length is < 2 or > 3 || Key(context, args[0]) is not { } source || Key(context, args[1]) is not { } destination || (args.Length == 3 && !TypeFacts.IsBool(args[2].Type)))
        {
            return Fail("it must take the source key, the destination key and optionally 'bool overwrite'", out reason);
        }

        if (args[1].Name.EndsWith("Name", StringComparison.OrdinalIgnoreCase))
        {
            // GrandNode's RenameFile(file, newName) moves the file to newName in the file's own directory; a fake key
            // has no directory, so a move to the key newName would put it somewhere else without saying so.
            return Fail("its destination '" + args[1].Name + "' is a name, not a key: real stores resolve it in the source's directory "
                + "(GrandNode's RenameFile(file, newName) moves to Path.Combine(the file's directory, newName)), which a key does not have; "
                + "take the destination's full key (newPath, destination)", out reason);
        }

        if (args.Length == 2)
        {
            // Real stores disagree about a taken destination: System.IO's File.Move/File.Copy, OrchardCore's and
            // GrandNode's MoveFile/CopyFile throw; Azure's blob copy replaces it. Before 2026-12-02 this was overwrite: true.
            return Fail("without a 'bool overwrite' parameter, what it does to a destination that exists is not said: OrchardCore's and "
                + "GrandNode's MoveFile/CopyFile throw, Azure's blob copy replaces it; add 'bool overwrite' (true replaces, false is the duplicate error)", out reason);
        }

        return Properties(context, candidate, allowBool: true, allowVoid: true, store, out reason) is { } result
            ? new BlobCopyOp(source, destination, args.Length == 3 ? TypeNames.Escape(args[2].Name) : null, move, result)
            : null;
    }

    /// <summary>A result built from <c>BlobProperties</c>: nothing, bool, BlobProperties, or a user type filled by name.</summary>
    private static BlobResultSpec? Properties(ParseContext context, MemberCandidate candidate, bool allowBool, bool allowVoid, StoreBuilder store, out string? reason, bool read = false)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            reason = "it cannot return an async stream";
            return null;
        }

        if (candidate.IsVoid)
        {
            if (allowVoid)
            {
                return new BlobResultSpec(BlobResultKind.None, null, null);
            }

            reason = "it must return a result";
            return null;
        }

        var result = candidate.Result!;
        if (TypeFacts.IsBool(result))
        {
            if (allowBool)
            {
                return new BlobResultSpec(BlobResultKind.Bool, null, null);
            }

            reason = "it must return a result type, not bool";
            return null;
        }

        var nullable = read ? MissingReadGivesNull(context, candidate, result, out reason) : TypeNames.AllowsNull(result);
        if (nullable is null)
        {
            return null;
        }

        var underlying = TypeNames.Underlying(result);
        if (TypeFacts.IsString(underlying))
        {
            reason = "it returns a string, which could be the blob's URL, its name or its ETag; return void, bool, BlobProperties, or a result type whose member names say which";
            return null;
        }

        if (KnownSymbols.Is(underlying, context.Known.BlobProperties))
        {
            return new BlobResultSpec(nullable.Value ? BlobResultKind.NullableProperties : BlobResultKind.Properties, null, null);
        }

        if (Converter(context, underlying, store, out reason) is { } converter)
        {
            return new BlobResultSpec(nullable.Value ? BlobResultKind.NullableConverted : BlobResultKind.Converted, converter, context.Render(result));
        }

        return null;
    }

    /// <summary>
    /// The result of a metadata read: a string-to-string dictionary (<c>Dictionary</c>, <c>IDictionary</c>,
    /// <c>IReadOnlyDictionary</c>) holding a copy of what the write stored; nullable (or oblivious) → null when the blob is
    /// missing, otherwise the not-found error. Anything else: null, with the reason.
    /// </summary>
    private static BlobResultSpec? MetadataResult(ParseContext context, MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.IsVoid || candidate.Shape == ReturnShape.AsyncEnumerable || candidate.Result is not INamedTypeSymbol { TypeArguments.Length: 2 } dictionary
            || !TypeFacts.IsString(dictionary.TypeArguments[0]) || !TypeFacts.IsString(dictionary.TypeArguments[1])
            || dictionary.OriginalDefinition.ToDisplayString() is not ("System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>"))
        {
            reason = "a metadata read must return the metadata as Dictionary<string, string>, IDictionary<string, string> or IReadOnlyDictionary<string, string>";
            return null;
        }

        return MissingReadGivesNull(context, candidate, candidate.Result, out reason) is { } nullable
            ? new BlobResultSpec(nullable ? BlobResultKind.NullableMetadata : BlobResultKind.Metadata, null, context.Render(candidate.Result))
            : null;
    }

    /// <summary>
    /// Whether a read of a missing blob returns null (true) or the not-found error (false), or null with the reason when
    /// the signature does not say. Real blob stores differ here (FluentStorage's <c>OpenReadAsync</c> returns null,
    /// Rebus's <c>Read</c> throws, Azure's and S3's clients throw), so in a nullable-oblivious context (<c>#nullable
    /// disable</c>), where <c>Stream</c> may mean either, only a name (<c>GetOrNull</c>, <c>GetOrDefault</c>, <c>ReadOrNull</c>…) or
    /// the <c>NotFoundException</c> setting proves it. A nullable value type or an annotated result says it itself.
    /// </summary>
    private static bool? MissingReadGivesNull(ParseContext context, MemberCandidate candidate, ITypeSymbol result, out string? reason)
    {
        reason = null;
        if (result.IsValueType || result.NullableAnnotation != NullableAnnotation.None)
        {
            // GetOrNullAsync declared Task<Stream>: the name says null, the result says never (NullFindingLookupRule).
            reason = NullFindingLookupRule.ReadReason(candidate, result);
            return reason is null ? TypeNames.AllowsNull(result) : null;
        }

        var name = candidate.Symbol.Name;
        name = name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;
        if (name.EndsWith("OrNull", StringComparison.Ordinal) || name.EndsWith("OrDefault", StringComparison.Ordinal))
        {
            return true;
        }

        if (context.Settings.NotFoundException is not null)
        {
            return false;
        }

        var shown = result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        reason = $"it returns {shown} from a nullable-oblivious context (#nullable disable), so whether reading a missing blob gives null "
            + "(as FluentStorage's OpenReadAsync does) or an error (as Rebus's Read and the Azure and S3 clients do) is not said; enable nullable "
            + $"annotations for the interface ({shown}? for null when missing, {shown} for the not-found error), "
            + "state it with [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)] (null) or MissingKeyRead.NotFound (the not-found error), "
            + "or set [InMemoryFake(NotFoundException = typeof(…))] to the exception the real store throws";
        return null;
    }

    /// <summary>Plans a method that builds <paramref name="type"/> from <c>BlobProperties p</c>, or explains why it cannot.</summary>
    private static string? Converter(ParseContext context, ITypeSymbol type, StoreBuilder store, out string? reason, bool withContent = false)
    {
        reason = null;
        var rendered = context.RenderNotNull(type);
        foreach (var existing in store.Converters)
        {
            if (existing.Type == rendered && existing.FromStored == withContent)
            {
                return existing.Name;
            }
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || !TypeFacts.IsEntityCandidateType(type) || named.IsAbstract)
        {
            reason = "its result type " + type.ToDisplayString() + " is not a class, record or struct that can be filled from the blob's properties";
            return null;
        }

        var idIsKey = store.BlobReceiptIds.Contains(named);
        var constructors = named.InstanceConstructors
            .Where(context.IsAccessible)
            .Select(c => (Constructor: c, Arguments: c.Parameters.Select(p => Field(context, p.Name, p.Type, withContent, idIsKey)).ToList()))
            .Where(static c => c.Arguments.All(static a => a is not null))
            .OrderByDescending(static c => c.Arguments.Count)
            .ToList();
        if (constructors.Count == 0)
        {
            reason = "its result type " + type.ToDisplayString() + " has no accessible constructor whose parameters are all blob properties (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url)";
            return null;
        }

        var chosen = constructors[0];
        var used = new HashSet<string>(chosen.Constructor.Parameters.Select(static p => p.Name), StringComparer.OrdinalIgnoreCase);
        var initializers = new List<BlobInitializerSpec>();
        var mapped = chosen.Arguments.Count;
        var unfilled = new List<IPropertySymbol>();
        foreach (var property in context.PropertiesOf(named))
        {
            if (used.Contains(property.Name))
            {
                continue;
            }

            var settable = property.SetMethod is not null && context.IsAccessible(property.SetMethod);
            var source = settable ? Field(context, property.Name, property.Type, withContent, idIsKey) : null;
            if (source is not null)
            {
                initializers.Add(new BlobInitializerSpec(TypeNames.Escape(property.Name), source.Value));
                used.Add(property.Name);
                mapped++;
            }
            else if (property.IsRequired)
            {
                reason = "its result type " + type.ToDisplayString() + " has a required property '" + property.Name + "' that is not a blob property";
                return null;
            }
            else if (settable)
            {
                unfilled.Add(property);
            }
        }

        if (mapped == 0)
        {
            reason = "its result type " + type.ToDisplayString() + " has no property or constructor parameter named like a blob property (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url)";
            return null;
        }

        if (unfilled.Count > 0)
        {
            reason = UnfilledReason(type, unfilled, withContent);
            return null;
        }

        var compared = context.PropertiesOf(named).Where(p => p.GetMethod is not null && context.IsAccessible(p.GetMethod))
            .Select(p => new BlobInitializerSpec(TypeNames.Escape(p.Name), Field(context, p.Name, p.Type) ?? BlobField.ETag))
            .Where(static p => p.Field is BlobField.Key or BlobField.Size or BlobField.SizeAsInt32 or BlobField.ContentType).ToArray();
        if (withContent && !chosen.Arguments.Concat(initializers.Select(static i => (BlobField?)i.Field)).Any(static f => f is BlobField.ContentStream or BlobField.ContentBytes or BlobField.ContentMemory or BlobField.ContentText))
        {
            reason = "its result type " + type.ToDisplayString() + " has no content member (Content, Data, Bytes, Stream, Body…, of Stream, byte[], ReadOnlyMemory<byte> or string), which a read returns";
            return null;
        }

        var converter = new ConverterSpec(context.Names.New("__To" + TypeNames.Sanitize(named.Name)), rendered, chosen.Arguments.Select(static a => a!.Value).ToArray(), initializers.ToArray(), compared, withContent);
        store.Converters.Add(converter);
        return converter.Name;
    }

    /// <summary>
    /// Why a result type with a settable property that no blob property fills is refused (h-sample133): the fake would
    /// leave it at its default, where the real store puts there what it knows of the blob (smart-home-www's
    /// <c>IEnumerable&lt;Firmware&gt; GetAllFirmwares()</c> lists a folder of <c>firmware.{version}.bin</c> files and reads each
    /// <c>Firmware.Version</c> out of the file's name; the fake listed every blob with <c>Version</c> null, silently).
    /// </summary>
    private static string UnfilledReason(ITypeSymbol type, List<IPropertySymbol> unfilled, bool withContent)
    {
        string Shown(IPropertySymbol property)
        {
            var shown = "'" + property.Name + "' (" + property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            if (Conventions.BlobResultMembers.TryGetValue(property.Name, out var member))
            {
                shown += member == BlobResultMember.Content && !withContent
                    ? ": the blob's content, which this member does not read"
                    : ": named like a blob property, but of another type than the one the fake fills";
            }

            return shown + ")";
        }

        var many = unfilled.Count > 1;
        return "its result type " + type.ToDisplayString() + " has " + (many ? "settable properties" : "a settable property")
            + " that no blob property (Key/Path/Name, Size/Length, ContentType, ETag, LastModified, CreatedAt, Metadata, Url" + (withContent ? ", Content" : "") + ") fills, "
            + string.Join(", ", unfilled.Select(Shown)) + ": the fake would leave " + (many ? "them at their defaults" : "it at its default")
            + ", and what the real store puts there (a value it reads out of the blob's name or content, or keeps beside the blob) is its own; "
            + "return BlobProperties, or a type of blob properties only, or write the member";
    }

    /// <summary>The blob field a result member of this name and type reads, or null.</summary>
    private static BlobField? Field(ParseContext context, string name, ITypeSymbol type, bool withContent = false, bool idIsKey = false)
    {
        if (!Conventions.BlobResultMembers.TryGetValue(name, out var member))
        {
            // A receipt's Id holds the blob's name (BlobReceipts); anywhere else an Id is not a blob property.
            if (!idIsKey || !string.Equals(name, BlobReceipts.IdMember, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            member = BlobResultMember.Key;
        }

        var known = context.Known;
        var target = TypeNames.Underlying(type);
        switch (member)
        {
            case BlobResultMember.Key:
                return TypeFacts.IsString(target) ? BlobField.Key : null;
            case BlobResultMember.Size:
                return target.SpecialType switch
                {
                    SpecialType.System_Int64 => BlobField.Size,
                    SpecialType.System_Int32 => BlobField.SizeAsInt32,
                    _ => null,
                };
            case BlobResultMember.ContentType:
                return TypeFacts.IsString(target) ? BlobField.ContentType : null;
            case BlobResultMember.ETag:
                return TypeFacts.IsString(target) ? BlobField.ETag : null;
            case BlobResultMember.LastModified:
                return KnownSymbols.Is(target, known.DateTimeOffset) ? BlobField.LastModified : target.SpecialType == SpecialType.System_DateTime ? BlobField.LastModifiedUtcDateTime : null;
            case BlobResultMember.CreatedAt:
                return KnownSymbols.Is(target, known.DateTimeOffset) ? BlobField.CreatedAt : target.SpecialType == SpecialType.System_DateTime ? BlobField.CreatedAtUtcDateTime : null;
            case BlobResultMember.Content:
                return !withContent ? null
                    : KnownSymbols.Is(target, known.Stream) ? BlobField.ContentStream
                    : TypeFacts.IsByteArray(target) ? BlobField.ContentBytes
                    : TypeFacts.IsReadOnlyMemoryOfByte(known, target) ? BlobField.ContentMemory
                    : TypeFacts.IsString(target) ? BlobField.ContentText
                    : null;
            case BlobResultMember.Metadata:
                if (target is INamedTypeSymbol { Arity: 2 } dictionary && dictionary.TypeArguments.All(static t => t.SpecialType == SpecialType.System_String))
                {
                    if (KnownSymbols.Is(dictionary, known.IReadOnlyDictionary))
                    {
                        return BlobField.Metadata;
                    }

                    if (KnownSymbols.Is(dictionary, known.IDictionary) || KnownSymbols.Is(dictionary, known.Dictionary))
                    {
                        return BlobField.MetadataCopy;
                    }
                }

                return null;
            default:
                return TypeFacts.IsString(target) ? BlobField.UrlString : KnownSymbols.Is(target, known.Uri) ? BlobField.Uri : null;
        }
    }
}
