using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void KeyValueOrBlob(BodyWriter body, FakeSpec fake, MemberSpec member)
    {
        var n = fake.Names;
        var t = body.T;
        var tags = fake.Store.KeyValue?.TagsField;
        switch (member.Operation)
        {
            case ETagStateOp op:
                ETagState(body, t, op);
                break;
            case ReminderTableOp op:
                ReminderTable(body, t, op);
                break;
            case TwoKeyOp op:
                TwoKey(body, fake, op);
                break;
            case KvGetOp op:
                KvGet(body, fake, member, op);
                break;
            case KvGetItemOp op:
            {
                var key = KvKey(op.Key);
                body.Line("if (" + t + ".TryGetValue(" + key + ", out var " + n.Value + "))");
                body.Line("{");
                body.Line("    return new " + op.Item.Type + "(" + string.Join(", ", op.Item.Arguments.Select(part => part switch
                {
                    ItemPart.Key => Arg(op.Key.Key!),
                    ItemPart.Region => op.Key.Region is null ? "null!" : Arg(op.Key.Region),
                    _ => n.Value,
                })) + ");");
                body.Line("}");
                body.Line("");
                body.Line(op.Required ? "throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + key + ");" : "return null;");
                break;
            }

            case KvTryGetOp { ReturnsFound: false } op:
                // void Get(key, out value) (session 42): the value, or default, or the not-found error for a missing key.
                if (op.MissingThrows)
                {
                    body.Line("if (!" + t + ".TryGetValue(" + KvKey(op.Key) + ", out " + op.OutParameter + "!))");
                    body.Line("{");
                    body.Line("    throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + KvKey(op.Key) + ");");
                    body.Line("}");
                }
                else
                {
                    body.Line("_ = " + t + ".TryGetValue(" + KvKey(op.Key) + ", out " + op.OutParameter + "!);");
                }

                break;
            case KvTryGetOp op:
                if (op.CastType is not null)
                {
                    TryGetInto(body, op.OutParameter, t + ".TryGetValue(" + KvKey(op.Key) + ", out var " + n.Value + ") && (object?)" + n.Value + " is " + op.CastType + " " + n.Item, n.Item);
                }
                else if (op.PassesOut)
                {
                    // The caller's out parameter itself: the table's read ends in a call in tail position (no local on the
                    // stack, no second store of the value through a reference), and writes the parameter once, as before.
                    body.Return(t + ".TryGetValue(" + KvKey(op.Key) + ", out " + op.OutParameter + "!)");
                }
                else
                {
                    // An out parameter of another type than the values (int? over int): converted when found, and its own
                    // default when not (null for int?, not the table's 0).
                    TryGetInto(body, op.OutParameter, t + ".TryGetValue(" + KvKey(op.Key) + ", out var " + n.Value + ")", n.Value + "!");
                }

                break;
            case KvSetOp op:
                KvSet(body, fake, op);
                break;
            case KvReadIntoOp op:
                KvReadInto(body, member, op);
                break;
            case KvSetItemOp op:
            {
                var item = Arg(op.Item.Parameter);
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + item + ");");
                var key = op.Item.Region is null
                    ? (op.Regions ? RegionKeys + ".Without(" + item + "." + op.Item.Key + ")" : item + "." + op.Item.Key)
                    : "(" + item + "." + op.Item.Region + " is null ? " + RegionKeys + ".Without(" + item + "." + op.Item.Key + ") : " + RegionKeys + ".In(" + item + "." + op.Item.Region + ", " + item + "." + op.Item.Key + "))";
                var call = t + "." + (op.IfAbsent ? "SetIfAbsent" : "Set") + "(" + key + ", " + item + "." + op.Item.Value + "!, " + RuntimeNames.Expiration + ".Default, nameof(" + op.Item.Parameter.Name + "), nameof(" + op.Item.Parameter.Name + "))";
                if (op.IfAbsent && !op.ReturnsBool && !op.SkipTaken)
                {
                    // An add of an item returning nothing: a taken key is the duplicate error, as for Add(key, value), unless
                    // TakenKeyAdds = Skip states that the held value stays (the result of SetIfAbsent was dropped before
                    // session 34, so such an add kept the first value without a word where the docs said it throws).
                    body.Line("if (!" + call + ")");
                    body.Line("{");
                    body.Line("    throw " + fake.Names.Core + ".Defaults.Errors.CreateDuplicate(" + t + ".Name, " + key + ");");
                    body.Line("}");
                    break;
                }

                body.Call(call, op.ReturnsBool);
                break;
            }

            case KvAddWithNewKeyOp op:
                body.Call(KeyValueTableOperations + ".AddWithNewKey(" + t + ", " + Arg(op.Value) + ", " + Expiration(op.Expiration) + ", nameof(" + op.Value.Name + "))", op.ReturnsKey);
                break;
            case KvValuesOp { NullableElements: true, Snapshot: null } op:
                // '!': the table holds no null value, so its list also fits an invariant collection declared with nullable
                // values (ICollection<object?> of IDictionary<string, object?>.Values; CS8619 otherwise).
                body.Return(t + ".Values()" + (op.Sequence == SequenceKind.Array ? ".ToArray()" : "") + "!");
                break;
            case KvValuesOp op:
                body.Snapshot(t + ".Values()", op.Sequence, op.Snapshot);
                break;
            case KvEntriesOp { LiftsValues: true }:
                // A Dictionary<K, V> converts to no IReadOnlyDictionary<K, V?> (CS0266): each value is lifted, none is null.
                body.Return("global::System.Linq.Enumerable.ToDictionary(" + t + ".Entries(), static __e => __e.Key, static __e => (" + fake.Store.KeyValue!.ValueType + "?)__e.Value, " + t + ".Comparer)");
                break;
            case KvEnumerateEntriesOp:
                // A snapshot list's enumerator (a later write does not change what is being enumerated); '!': the table holds no
                // null value, so its pairs also fit pairs declared with nullable values (CS8619 otherwise).
                body.Return("((global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<" + fake.Store.KeyValue!.KeyType + ", " + fake.Store.KeyValue.ValueType + ">>)"
                    + t + ".Entries()).GetEnumerator()!");
                break;
            case KvEntriesOp:
                // '!': the table holds no null value, so the copy also fits a result declared with nullable values (IReadOnlyDictionary<string, string?>, CS8619 otherwise).
                body.Return("new global::System.Collections.Generic.Dictionary<" + fake.Store.KeyValue!.KeyType + ", " + fake.Store.KeyValue.ValueType + ">(" + t + ".Entries(), " + t + ".Comparer)!");
                break;
            case KvGetManyOp op:
            {
                var keys = Arg(op.Keys);
                body.Return(op.Result switch
                {
                    KvBatchResult.Dictionary when op.LiftsValues => "global::System.Linq.Enumerable.ToDictionary(" + KeyValueTableOperations + ".GetMany(" + t + ", " + keys + ", nameof(" + op.Keys.Name + ")), static __e => __e.Key, static __e => ("
                        + fake.Store.KeyValue!.ValueType + "?)__e.Value, " + t + ".Comparer)",
                    KvBatchResult.Dictionary => KeyValueTableOperations + ".GetMany(" + t + ", " + keys + ", nameof(" + op.Keys.Name + "))!",
                    KvBatchResult.DictionaryOfType => ObjectValues + ".WhereOfType<" + fake.Store.KeyValue!.KeyType + ", " + fake.Store.KeyValue.ValueType + ", " + op.CastType + ">("
                        + KeyValueTableOperations + ".GetMany(" + t + ", " + keys + ", nameof(" + op.Keys.Name + ")))",
                    KvBatchResult.EveryKeyDefault => KeyValueTableOperations + ".GetEvery(" + t + ", " + keys + ", static __found => (" + op.CastType + ")__found, default(" + op.CastType + "), nameof(" + op.Keys.Name + "))",
                    KvBatchResult.WrappedDictionary => KeyValueTableOperations + ".GetEvery(" + t + ", " + keys + ", static __found => " + Wrap(op.Wrapper!, "__found", found: true) + ", " + Wrap(op.Wrapper!, null, found: false) + ", nameof(" + op.Keys.Name + "))",
                    KvBatchResult.ValueArray => KeyValueTableOperations + ".GetValues(" + t + ", " + keys + ", nameof(" + op.Keys.Name + ")).ToArray()",
                    _ => KeyValueTableOperations + ".GetValues(" + t + ", " + keys + ", nameof(" + op.Keys.Name + "))",
                });
                break;
            }

            case KvSetManyOp { ReplacesAll: true } op:
                body.Line(KeyValueTableOperations + ".ReplaceAll(" + t + ", " + Arg(op.Items) + ", nameof(" + op.Items.Name + "));");
                break;
            case KvSetManyOp op:
            {
                var items = Arg(op.Items);
                if (op.BoxValues)
                {
                    body.Line("global::System.ArgumentNullException.ThrowIfNull(" + items + ");");
                    items = "global::System.Linq.Enumerable.Select(" + items + ", static p => new global::System.Collections.Generic.KeyValuePair<" + op.KeyType + ", object>(p.Key, p.Value!))";
                }

                var setMany = KeyValueTableOperations + ".SetMany(" + t + ", " + items + ", " + Expiration(op.Expiration) + ", " + (op.IfAbsent ? "true" : "false") + ", nameof(" + op.Items.Name + "))";
                if (op.Result == NumberResult.None)
                {
                    body.Line(setMany + ";");
                }
                else
                {
                    Counted(body, setMany, op.Result);
                }
                break;
            }

            case KvDeleteManyOp op:
                Counted(body, KeyValueTableOperations + (op.NoKeysMeansAll ? ".RemoveManyOrAll(" : ".RemoveMany(") + t + ", " + Arg(op.Keys) + ", nameof(" + op.Keys.Name + "))", op.Result);
                break;
            case KvRemoveMatchingOp op:
            {
                var argument = Arg(op.Argument);
                var call = op.Match switch
                {
                    KvKeyMatch.Prefix => KeyValueTableOperations + ".RemoveByPrefix(" + t + ", " + argument + ", nameof(" + op.Argument.Name + "))",
                    KvKeyMatch.Region => KeyValueTableOperations + ".RemoveRegion(" + t + ", " + argument + ", nameof(" + op.Argument.Name + "))",
                    KvKeyMatch.Regex => KeyValueTableOperations + ".RemoveByRegex(" + t + ", " + argument + ", nameof(" + op.Argument.Name + "))",
                    KvKeyMatch.AnyTag => tags + ".EvictAny(" + argument + ", nameof(" + op.Argument.Name + "))",
                    _ => tags + ".Evict(" + argument + ", nameof(" + op.Argument.Name + "))",
                };
                if (op.ListedKeys is { } listed)
                {
                    body.Sequence(KeyValueTableOperations + ".RemoveByPrefixListed(" + t + ", " + argument + ", nameof(" + op.Argument.Name + "))", listed);
                    break;
                }

                if (op.NullRemovesNothing)
                {
                    body.Line("if (" + op.Argument.Name + " is null)");
                    body.Line("{");
                    body.Line("    " + (op.Result == NumberResult.None ? "return;" : "return 0;"));
                    body.Line("}");
                }

                Counted(body, call, op.Result);
                break;
            }

            case KvRemoveWhereOp op:
            {
                foreach (var condition in op.Conditions.Where(static c => c.Unset != UnsetArgument.None))
                {
                    var argument = condition.Parameter.Name;
                    var plain = argument.TrimStart('@');
                    var blank = condition.Unset == UnsetArgument.NullOrBlank;
                    body.Line("if (" + (blank ? "string.IsNullOrWhiteSpace(" + argument + ")" : argument + " is null") + ")");
                    body.Line("{");
                    body.Line("    throw new global::System.ArgumentException(" + TypeNames.Literal(member.InterceptName + ": '" + plain + "' is " + (blank ? "null or blank" : "null")
                        + "; whether that removes the entries whose " + condition.Property.TrimStart('@') + " is " + (blank ? "null or blank" : "null")
                        + ", every entry whatever its " + condition.Property.TrimStart('@') + " (IdentityServer's grant stores skip a blank filter value) or none is the store's own: pass a value, or write the member in the partial class (Store.RemoveWhere).")
                        + ", " + TypeNames.Literal(plain) + ");");
                    body.Line("}");
                    body.Line("");
                }

                var v = n.Value;
                var conditions = string.Join(" && ", op.Conditions.Select(c => "global::System.Object.Equals(" + v + "." + c.Property + ", " + Arg(c.Parameter) + ")"));
                Counted(body, t + ".RemoveWhere(" + v + " => " + conditions + ")", op.Result);
                break;
            }

            case KvGetOrAddOp op:
                KvGetOrAdd(body, fake, member, op);
                break;
            case KvCreateEntryOp op:
                KvCreateEntry(body, member, op);
                break;
            case SettingsPropertyOp op:
                body.Return(op.Field);
                break;
            case KvAnyOp op:
                body.Return(t + ".Count " + (op.Empty ? "== 0" : "> 0"));
                break;
            case KvCompareAndSetOp op:
                body.Return(KeyValueTableOperations + ".CompareAndSet(" + t + ", " + KvKey(op.Key) + ", " + Arg(op.Value) + ", " + Arg(op.Expected) + ", nameof(" + op.Value.Name + "), " + KvKeyName(op.Key) + ")");
                break;
            case KvDeleteOp { NullKeyClearsAll: true } op:
                body.Line("if (" + op.Key.Key!.Name + " is null)");
                body.Line("{");
                body.Line("    " + (tags is null ? t : tags) + ".Clear();");
                body.Line("}");
                body.Line("else");
                body.Line("{");
                body.Line("    " + (tags is null ? t : tags) + ".Remove(" + KvKey(op.Key) + ");");
                body.Line("}");
                break;
            case KvDeleteOp { OutParameter: { } outParameter } op:
                // ConcurrentDictionary.TryRemove's shape: the table's removal hands the value it held to the caller's out parameter.
                body.Return(t + ".Remove(" + KvKey(op.Key) + ", out " + outParameter + "!)");
                break;
            case KvDeleteOp { RemovedValueType: { } removedType } op:
                body.Return(t + ".Remove(" + KvKey(op.Key) + ", out var __removed) ? (" + removedType + ")__removed : default");
                break;
            case KvDeleteOp op:
                body.Call((tags is null ? t : tags) + ".Remove(" + KvKey(op.Key) + ")", op.ReturnsBool);
                break;
            case BlobDeleteOp { MissingIsNotFound: true } op:
                body.Line("if (!" + t + ".Remove(" + BlobKey(op.Key) + ")) throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + Arg(op.Key.Argument) + ");");
                break;
            case BlobDeleteOp op:
                body.Call(t + ".Remove(" + BlobKey(op.Key) + ")", op.ReturnsBool);
                break;
            case KvExistsOp op:
                body.Return(t + ".ContainsKey(" + KvKey(op.Key) + ")");
                break;
            case BlobExistsOp op:
                body.Return(t + ".ContainsKey(" + BlobKey(op.Key) + ")");
                break;
            case KvIncrementOp { Floating: true } op:
            {
                var amount = op.Amount ?? "1D";
                body.Call(t + ".IncrementByFloat(" + KvKey(op.Key) + ", " + (op.Decrement ? "-" + amount : amount) + ", " + Expiration(op.Expiration) + ")", op.Result != NumberResult.None);
                break;
            }

            case KvIncrementOp { Result: NumberResult.Int } op:
            {
                // An int result is checked before the write: a counter that would leave int's range is refused, unchanged.
                var call = t + "." + (op.Decrement ? "DecrementInRange" : "IncrementInRange") + "(" + KvKey(op.Key) + ", " + (op.Amount ?? "1L") + ", int.MinValue, int.MaxValue, " + Expiration(op.Expiration) + ")";
                body.Return("(int)" + call);
                break;
            }

            case KvIncrementOp op:
            {
                var call = t + "." + (op.Decrement ? "Decrement" : "Increment") + "(" + KvKey(op.Key) + ", " + (op.Amount ?? "1L") + ", " + Expiration(op.Expiration) + ")";
                body.Call(call, op.Result != NumberResult.None);
                break;
            }

            case KvAtomicOp op:
                KvAtomic(body, t, op);
                break;
            case KvRefreshOp op:
                body.Call(t + ".Refresh(" + KvKey(op.Key) + ")", op.ReturnsBool);
                break;
            case KvClearOp:
                body.Line((tags is null ? t : tags) + ".Clear();");
                break;
            case KvCopyToOp op:
                body.Line(KeyValueTableOperations + ".CopyTo(" + t + ", " + op.Array.Name + "!, " + op.Index + ", nameof(" + op.Array.Name + "), nameof(" + op.Index + "));");
                break;
            case BlobClearOp:
                body.Line(t + ".Clear();");
                break;
            case KvKeysOp op:
                body.Snapshot(t + ".Keys()", op.Sequence, op.Snapshot);
                break;
            case KvTimeToLiveOp op:
                body.Return(t + ".GetTimeToLive(" + KvKey(op.Key) + ")");
                break;
            case KvExpireOp op:
                body.Call(t + ".Expire(" + KvKey(op.Key) + ", " + Expiration(op.Expiration) + ")", op.ReturnsBool);
                break;
            case BlobPutOp op:
                BlobPut(body, fake, member, op);
                break;
            case BlobExistsManyOp op:
                body.Sequence(BlobKeys + ".ExistMany(" + t + ", " + Arg(op.Names) + ", nameof(" + op.Names.Name + "))", op.Sequence);
                break;
            case BlobDeleteManyOp op:
                Counted(body, BlobKeys + ".RemoveMany(" + t + ", " + Arg(op.Names) + ", nameof(" + op.Names.Name + "))", op.Result);
                break;
            case BlobDownloadToOp op:
            {
                var required = op.ReturnsBool ? "false" : "true";
                var call = member.Shape == ReturnShape.Sync
                    ? BlobKeys + ".CopyTo(" + t + ", " + BlobKey(op.Key) + ", " + Arg(op.Target) + ", " + required + ", nameof(" + op.Target.Name + "))"
                    : "await " + BlobKeys + ".CopyToAsync(" + t + ", " + BlobKey(op.Key) + ", " + Arg(op.Target) + ", " + required + ", " + (member.CancellationToken ?? "default") + ", nameof(" + op.Target.Name + ")).ConfigureAwait(false)";
                if (op.ReturnsBool)
                {
                    body.Return(call);
                }
                else
                {
                    body.Line("_ = " + call + ";");
                }

                break;
            }

            case BlobCopyOp op:
            {
                var call = t + "." + (op.Move ? "Move" : "Copy") + "(" + BlobKey(op.Source) + ", " + BlobKey(op.Destination) + ", " + (op.Overwrite ?? "true") + ")";
                PropertiesResult(body, fake, op.Result, call, "CreateQuotaExceeded(" + t + ".Name, " + Arg(op.Destination.Argument) + ", \"the write was rejected by the quota policy\")");
                break;
            }

            case BlobInfoOp op:
                PropertiesResult(body, fake, op.Result, t + ".GetProperties(" + BlobKey(op.Key) + ")", "CreateNotFound(" + t + ".Name, " + Arg(op.Key.Argument) + ")");
                break;
            case BlobGetOp op:
            {
                var key = BlobKey(op.Key);
                var read = op.Result switch
                {
                    BlobGetResult.Bytes or BlobGetResult.Memory => t + ".GetBytes(" + key + ")",
                    BlobGetResult.NullableBytes => t + ".GetBytesOrDefault(" + key + ")",
                    BlobGetResult.NullableMemory => t + ".GetBytesOrDefault(" + key + ") is { } " + n.Blob + " ? new global::System.ReadOnlyMemory<byte>(" + n.Blob + ") : (global::System.ReadOnlyMemory<byte>?)null",
                    BlobGetResult.Text => t + ".GetText(" + key + ")",
                    BlobGetResult.NullableText => t + ".TryGetValue(" + key + ", out var " + n.Blob + ") ? global::System.Text.Encoding.UTF8.GetString(" + n.Blob + ".Content.Span) : null",
                    BlobGetResult.Stream => t + ".OpenRead(" + key + ")",
                    BlobGetResult.Converted => t + ".TryGetValue(" + key + ", out var " + n.Blob + ") ? " + op.Converter + "(" + n.Blob + ") : throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + Arg(op.Key.Argument) + ")",
                    BlobGetResult.NullableConverted => t + ".TryGetValue(" + key + ", out var " + n.Blob + ") ? " + op.Converter + "(" + n.Blob + ") : default(" + op.DeclaredType + ")",
                    _ => t + ".TryGetValue(" + key + ", out var " + n.Blob + ") ? " + n.Blob + ".OpenRead() : null",
                };

                // MissingKeyReads = Default: null for a missing blob, though the result is declared not null.
                body.Return(op.NullDeclaredNotNull ? "(" + read + ")!" : read);
                break;
            }

            case BlobListOp { Container: { } container } op:
                // The blobs within the container, by their names within it (Azure's BlobItem.Name, an S3 key within its bucket);
                // a nested name as BlobListings states (BlobKeys.Listing).
                body.Sequence(BlobKeys + ".Listing(" + t + ", " + BlobKeys + ".ContainerPrefix(" + Arg(container) + ", nameof(" + container.Name + ")), " + BlobListingValue(op)
                    + ", " + ListingMember(fake, member) + ").ConvertAll(" + n.Value + " => " + n.Value + ".Key.Substring(" + Arg(container) + ".Length + 1))", op.Sequence);
                break;
            case BlobListOp op:
            {
                var prefix = op.Prefix is null ? "null" : op.Directory ? BlobKeys + ".Directory(" + op.Prefix + ")" : op.Prefix;
                var list = op.PrefixOrDirectory && op.Prefix is not null
                    ? BlobKeys + ".PathListing(" + t + ", " + op.Prefix + ", " + BlobListingValue(op) + ", " + ListingMember(fake, member) + ")"
                    : BlobKeys + ".Listing(" + t + ", " + prefix + ", " + BlobListingValue(op) + ", " + ListingMember(fake, member) + ")";
                var converted = op.Element switch
                {
                    BlobListElement.Key => list + ".ConvertAll(static " + n.Value + " => " + n.Value + ".Key)",
                    BlobListElement.Properties => list,
                    _ => list + ".ConvertAll(" + op.Converter + ")",
                };
                body.Sequence(converted, op.Sequence);
                break;
            }

            case BlobUrlOp op:
            {
                var key = BlobKey(op.Key);
                body.Return(op.AsUri
                    ? "new global::System.Uri(" + BlobTable + ".UrlFor(" + key + "))"
                    : BlobTable + ".UrlFor(" + key + ")");
                break;
            }
        }
    }

    /// <summary>The runtime's <c>BlobListing</c> value a listing was planned with.</summary>
    private static string BlobListingValue(BlobListOp op) => op.Listing switch
    {
        1 => "global::InMemoryFakes.BlobListing.Flat",
        2 => "global::InMemoryFakes.BlobListing.TopLevel",
        _ => "global::InMemoryFakes.BlobListing.Unstated",
    };

    /// <summary>The listing member as its error names it: <c>"Ns.IStore.ListAsync"</c>.</summary>
    private static string ListingMember(FakeSpec fake, MemberSpec member)
        => TypeNames.Literal((member.DeclaringInterface.Length > 0 ? member.DeclaringInterface : fake.InterfaceType).Replace("global::", "") + "." + member.Name);

    /// <summary>
    /// A step of an atomic number (<see cref="KvAtomicOp"/>): the table's checked counters for the additions (the value
    /// before the step is the one after it less the delta, exact), one atomic step of the table for GetAndSet and
    /// CompareAndSet; a value never written reads as 0.
    /// </summary>
    private static void KvAtomic(BodyWriter body, string t, KvAtomicOp op)
    {
        var key = KvKey(op.Key);
        var zero = op.Int ? "0" : "0L";
        string Add(string amount, bool decrement) => op.Int
            ? "(int)" + t + "." + (decrement ? "DecrementInRange" : "IncrementInRange") + "(" + key + ", " + amount + ", int.MinValue, int.MaxValue)"
            : t + "." + (decrement ? "Decrement" : "Increment") + "(" + key + ", " + amount + ")";
        switch (op.Step)
        {
            case AtomicStep.IncrementAndGet:
                body.Return(Add("1L", false));
                break;
            case AtomicStep.DecrementAndGet:
                body.Return(Add("1L", true));
                break;
            case AtomicStep.AddAndGet:
                body.Return(Add(op.Amount!, false));
                break;
            case AtomicStep.GetAndIncrement:
                body.Return("unchecked(" + Add("1L", false) + " - 1)");
                break;
            case AtomicStep.GetAndDecrement:
                body.Return("unchecked(" + Add("1L", true) + " + 1)");
                break;
            case AtomicStep.GetAndAdd:
                body.Return("unchecked(" + Add(op.Amount!, false) + " - " + op.Amount + ")");
                break;
            case AtomicStep.GetAndSet:
                // Inside the table's atomic step nothing changes between the read and the write, so the write cannot fail.
                body.Return(t + ".Atomically(() => " + t + ".TryGetValue(" + key + ", out var __current) && " + KeyValueTableOperations + ".CompareAndSet(" + t + ", " + key + ", " + op.Value + ", __current) ? __current : "
                    + t + ".SetIfAbsent(" + key + ", " + op.Value + ") ? " + zero + " : throw new global::System.InvalidOperationException(\"The table changed inside its own atomic step.\"))");
                break;
            default:
                body.Return(t + ".Atomically(() => " + t + ".TryGetValue(" + key + ", out var __current) ? __current == " + op.Expected + " && " + KeyValueTableOperations + ".CompareAndSet(" + t + ", " + key + ", " + op.Value + ", __current) : "
                    + op.Expected + " == " + zero + " && " + t + ".SetIfAbsent(" + key + ", " + op.Value + "))");
                break;
        }
    }

    /// <summary>The table key of a key-value member: the key, the single entry's key, or (region, key).</summary>
    private static string KvKey(KvKeySpec key) => key.Kind switch
    {
        KvKeyKind.Single => TypeNames.Literal(Conventions.SingleEntryKey),
        KvKeyKind.Regioned => RegionKeys + ".In(" + Arg(key.Region!) + ", " + Arg(key.Key!) + ", nameof(" + key.Region!.Name + "), nameof(" + key.Key!.Name + "))",
        KvKeyKind.RegionLess => RegionKeys + ".Without(" + Arg(key.Key!) + ", nameof(" + key.Key!.Name + "))",
        _ => Arg(key.Key!),
    };

    /// <summary>
    /// The caller's name for a key-value key, for runtime members that report a bad key themselves (<c>nameof(cacheKey)</c>);
    /// <c>null</c> when the key is made here (a region pair, the single entry's literal), which has been checked already.
    /// </summary>
    private static string KvKeyName(KvKeySpec key) => key.Kind == KvKeyKind.Argument && key.Key is { } argument
        ? "nameof(" + argument.Name + ")"
        : "null";

    /// <summary>A blob key, checked not blank (and the text of an id that is not a string).</summary>
    private static string BlobKey(BlobKeySpec key) => key.Conversion switch
    {
        BlobKeyConversion.Owned when key.Owner is { } owner => BlobKeys + ".Of(" + OwnerKey(owner) + " + \"/\" + " + BlobKeys + ".Of(" + Arg(key.Argument) + ", nameof(" + key.Argument.Name + ")), nameof(" + key.Argument.Name + "))",
        BlobKeyConversion.Receipt when key.Owner is { } receipt => OwnerKey(receipt),
        BlobKeyConversion.Placed when key.Owner is { } container => BlobKeys + ".Within(" + Arg(container.Argument) + ", " + Arg(key.Argument) + ", nameof(" + container.Argument.Name + "), nameof(" + key.Argument.Name + "))",
        BlobKeyConversion.Paired when key.Owner is { } first => BlobKeys + ".Format(" + Arg(first.Argument) + ", nameof(" + first.Argument.Name + ")) + \"/\" + " + BlobKeys
            + (first.KeyConversion == BlobKeyConversion.Format ? ".Format(" : ".Of(") + Arg(key.Argument) + ", nameof(" + key.Argument.Name + "))",
        BlobKeyConversion.Format => BlobKeys + ".Format(" + Arg(key.Argument) + ", nameof(" + key.Argument.Name + "))",
        BlobKeyConversion.Text => BlobKeys + ".Text(" + Arg(key.Argument) + ", nameof(" + key.Argument.Name + "))",
        _ => BlobKeys + ".Of(" + Arg(key.Argument) + ", nameof(" + key.Argument.Name + "))",
    };

    /// <summary>The text of a blob owner's key: <c>(media ?? throw …).Id</c>, formatted for a GUID or integer.</summary>
    private static string OwnerKey(BlobOwnerSpec owner)
    {
        var name = owner.Argument.Name;
        var value = (owner.IsValueType ? name : "(" + name + " ?? throw new global::System.ArgumentNullException(nameof(" + name + ")))") + "." + TypeNames.Escape(owner.KeyProperty);
        return BlobKeys + (owner.KeyConversion == BlobKeyConversion.Format ? ".Format(" : ".Of(") + value + ", nameof(" + name + "))";
    }

    /// <summary>Returns a count as the member's int or long, or calls it for a void member.</summary>
    private static void Counted(BodyWriter body, string call, NumberResult result)
    {
        switch (result)
        {
            case NumberResult.None:
                body.Line("_ = " + call + ";");
                break;
            case NumberResult.Long:
                body.Return("(long)" + call);
                break;
            default:
                body.Return(call);
                break;
        }
    }

    private static void KvGet(BodyWriter body, FakeSpec fake, MemberSpec member, KvGetOp op)
    {
        var n = fake.Names;
        var t = body.T;
        var key = KvKey(op.Key);
        if (op.Json is { } json)
        {
            // The table holds the value's JSON: a new object per read, made by the read's own contract (h-kvjson37).
            body.Line("if (!" + t + ".TryGetValue(" + key + ", out var " + n.Value + "))");
            body.Line("{");
            body.Line(op.Result == KvGetResult.Required
                ? "    throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + key + ");"
                : "    return default!;");
            body.Line("}");
            body.Line("");
            body.Return(JsonRead(json, n.Value, op.Type!, op.DeclaredType!));
            return;
        }

        switch (op.Result)
        {
            case KvGetResult.Required:
                body.Return(t + ".GetRequired(" + key + ")");
                break;
            case KvGetResult.DefaultWhenMissing:
                body.Return(t + ".GetValueOrDefault(" + key + ")!");
                break;
            case KvGetResult.EmptyWhenMissing:
                body.Return(t + ".GetValueOrDefault(" + key + ") ?? string.Empty");
                break;
            case KvGetResult.NullableStruct:
                body.Return(t + ".TryGetValue(" + key + ", out var " + n.Value + ") ? (" + op.Type + ")" + n.Value + " : null");
                break;
            case KvGetResult.NullableCast:
                body.Return(ObjectValues + ".AsOrDefault<" + op.Type + ">(" + t + ".GetValueOrDefault(" + key + "))!");
                break;
            case KvGetResult.NullableGenericCast:
                body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + key + ", out var " + n.Value + ");");
                body.Return(ObjectValues + ".OfTypeOrDefault<" + op.Type + ">(" + n.Result + ", " + n.Value + ", " + t + ", " + key + ", \"" + member.Name.TrimStart('@') + "\")!");
                break;
            case KvGetResult.Cast:
                body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + key + ", out var " + n.Value + ");");
                body.Return(ObjectValues + ".As<" + op.Type + ">(" + n.Result + ", " + n.Value + ", " + t + ", " + key + ")");
                break;
            case KvGetResult.NullableChangeType:
                body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + key + ", out var " + n.Value + ");");
                body.Return(ObjectValues + ".ChangeTypeOrDefault<" + op.Type + ">(" + n.Result + ", " + n.Value + ", " + t + ".Name, " + key + ")!");
                break;
            case KvGetResult.ChangeType:
                body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + key + ", out var " + n.Value + ");");
                body.Return(ObjectValues + ".ChangeTypeRequired<" + op.Type + ">(" + n.Result + ", " + n.Value + ", " + t + ", " + key + ")");
                break;
            case KvGetResult.NullableOfType:
                body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + key + ", out var " + n.Value + ");");
                body.Return(ObjectValues + ".OfTypeOrNull(" + n.Result + ", " + n.Value + ", " + op.Type + ", " + t + ", " + key + ", \"" + member.Name.TrimStart('@') + "\", nameof(" + op.Type + "))");
                break;
            case KvGetResult.OfType:
                body.Line("var " + n.Result + " = " + t + ".TryGetValue(" + key + ", out var " + n.Value + ");");
                body.Return(ObjectValues + ".OfType(" + n.Result + ", " + n.Value + ", " + op.Type + ", " + t + ", " + key + ", nameof(" + op.Type + "))");
                break;
            case KvGetResult.Wrapped:
            {
                var wrapper = op.Wrapper!;
                var value = fake.Store.KeyValue!.ValueType == "object" ? ObjectValues + ".Cast<" + wrapper.ValueType + ">(" + n.Value + ", " + t + ".Name, " + key + ")" : n.Value;
                body.Line("if (" + t + ".TryGetValue(" + key + ", out var " + n.Value + "))");
                body.Line("{");
                body.Line("    return " + Wrap(wrapper, value, found: true) + ";");
                body.Line("}");
                body.Line("");
                body.Line("return " + Wrap(wrapper, null, found: false) + ";");
                break;
            }

            default:
                body.Return(t + ".GetValueOrDefault(" + key + ")");
                break;
        }
    }

    private const string JsonSerializerType = "global::System.Text.Json.JsonSerializer";

    /// <summary>
    /// A value read from the JSON the table holds with the read's System.Text.Json contract, as the real store calls the
    /// serializer: <c>Deserialize(json, jsonTypeInfo)</c>; for options, the contract they resolve for the declared type (null
    /// options: the serializer's defaults, as <c>Deserialize&lt;T&gt;(json, options: null)</c>); for a context, the declared type's.
    /// </summary>
    private static string JsonRead(KvJsonContractSpec json, string stored, string type, string declared) => json.Form switch
    {
        KvJsonContractForm.TypeInfoOfT => JsonSerializerType + ".Deserialize(" + stored + ", " + json.Parameter + ")!",
        KvJsonContractForm.TypeInfo => "(" + declared + ")" + JsonSerializerType + ".Deserialize(" + stored + ", " + json.Parameter + ")!",
        KvJsonContractForm.Options => JsonSerializerType + ".Deserialize(" + stored + ", " + JsonTypeInfoOf(json.Parameter, type) + ")!",
        _ => "(" + declared + ")" + JsonSerializerType + ".Deserialize(" + stored + ", typeof(" + type + "), " + json.Parameter + ")!",
    };

    /// <summary>The JSON a write keeps: the value serialized with the write's contract, as <see cref="JsonRead"/> reads it.</summary>
    private static string JsonWrite(KvJsonContractSpec json, string value) => json.Form switch
    {
        KvJsonContractForm.TypeInfoOfT or KvJsonContractForm.TypeInfo => JsonSerializerType + ".Serialize(" + value + ", " + json.Parameter + ")",
        KvJsonContractForm.Options => JsonSerializerType + ".Serialize(" + value + ", " + JsonTypeInfoOf(json.Parameter, json.Type!) + ")",
        _ => JsonSerializerType + ".Serialize(" + value + ", typeof(" + json.Type + "), " + json.Parameter + ")",
    };

    /// <summary>The contract options resolve for a type (what <c>Serialize&lt;T&gt;(value, options)</c> uses, without reflection at the call).</summary>
    private static string JsonTypeInfoOf(string options, string type)
        => "(global::System.Text.Json.Serialization.Metadata.JsonTypeInfo<" + type + ">)(" + options + " ?? global::System.Text.Json.JsonSerializerOptions.Default).GetTypeInfo(typeof(" + type + "))";

    /// <summary>A result wrapper: <c>new W(value, true)</c>, or its "no value" member (else <c>new W(default!, false)</c>).</summary>
    private static string Wrap(WrapperSpec wrapper, string? value, bool found)
    {
        if (!found && wrapper.Missing is not null)
        {
            return wrapper.Type + "." + wrapper.Missing;
        }

        var v = found ? value! : "default!";
        var flag = found ? "true" : "false";
        return "new " + wrapper.Type + "(" + (wrapper.ValueFirst ? v + ", " + flag : flag + ", " + v) + ")";
    }

    private static void KvSet(BodyWriter body, FakeSpec fake, KvSetOp op)
    {
        var n = fake.Names;
        var t = body.T;
        var key = KvKey(op.Key);
        var valueName = op.ValueName is null ? "" : ", valueParam: nameof(" + op.ValueName + ")";
        var expiration = Expiration(op.Expiration);
        var value = KvValue(op);
        if (fake.Store.KeyValue?.TagsField is { } tags && !op.IfAbsent && !op.IfPresent)
        {
            // Every write of a store with tags goes through its tags: an entry written without tags loses its old ones.
            var tagged = op.Tags is null ? "null" : op.TagsInMemory ? Arg(op.Tags) + ".ToArray()" : Arg(op.Tags);
            var call = tags + ".Set(" + key + ", " + value + ", " + tagged + ", " + expiration + valueName + ")";
            WriteResult(body, op, call);
            return;
        }

        if (op.IfPresent)
        {
            body.Line("var " + n.Result + " = " + t + ".Write(" + key + ", " + value + ", " + expiration + ", " + WriteCondition + ".MustExist" + valueName + ");");
            if (op.ReturnsBool)
            {
                body.Return(n.Result + " == " + WriteOutcome + ".Replaced");
            }
            else
            {
                body.Line("if (" + n.Result + " == " + WriteOutcome + ".Missing)");
                body.Line("{");
                body.Line("    throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + key + ");");
                body.Line("}");
            }

            return;
        }

        if (op.NullWrites != 0)
        {
            // NullValueWrites stated (session 42): a null value removes the key or is kept, as the setting says.
            WriteResult(body, op, KeyValueTableOperations + ".SetOrNull(" + t + ", " + key + ", " + value + ", global::InMemoryFakes.NullValueWrite." + (op.NullWrites == 1 ? "Remove" : "Keep") + ", " + expiration + ", valueParam: nameof(" + op.ValueName + "))");
            return;
        }

        var write = t + "." + (op.IfAbsent ? "SetIfAbsent" : "Set") + "(" + key + ", " + value + ", " + expiration + valueName + ")";
        if (op.IfAbsent && !op.ReturnsBool && !op.SkipTaken)
        {
            body.Line("if (!" + write + ")");
            body.Line("{");
            body.Line("    throw " + n.Core + ".Defaults.Errors.CreateDuplicate(" + t + ".Name, " + key + ");");
            body.Line("}");
            return;
        }

        WriteResult(body, op, write);
    }

    /// <summary>The tags argument as the runtime takes it (a <c>ReadOnlyMemory&lt;string&gt;</c> copied to an array).</summary>
    private static string TagsArgument(ArgumentRef tags, bool inMemory) => inMemory ? Arg(tags) + ".ToArray()" : Arg(tags);

    /// <summary>The value a write stores: the parameter, or a new array of the bytes a buffer holds (so the caller may reuse its buffer).</summary>
    private static string KvValue(KvSetOp op) => op.Json is { } json ? JsonWrite(json, Arg(op.Value)) : op.ValueForm switch
    {
        KvValueForm.ByteSequence => "global::System.Buffers.BuffersExtensions.ToArray(" + Arg(op.Value) + ")",
        KvValueForm.ByteMemory => Arg(op.Value) + ".ToArray()",
        _ => Arg(op.Value),
    };

    /// <summary>A read that copies the stored bytes into the caller's destination (a pipe writer is then flushed).</summary>
    private static void KvReadInto(BodyWriter body, MemberSpec member, KvReadIntoOp op)
    {
        var t = body.T;
        var destination = Arg(op.Destination);
        var token = member.CancellationToken ?? "default";
        var async = member.Shape != ReturnShape.Sync;
        switch (op.Kind)
        {
            case KvByteDestination.PipeWriter:
                body.Line("if (!" + KeyValueBytes + ".TryCopyTo(" + t + ", " + KvKey(op.Key) + ", " + destination + "))");
                body.Line("{");
                body.Line("    return false;");
                body.Line("}");
                body.Line("");
                body.Line("await " + destination + ".FlushAsync(" + token + ").ConfigureAwait(false);");
                body.Return("true");
                break;
            case KvByteDestination.Stream when async:
                body.Return("await " + KeyValueBytes + ".TryCopyToAsync(" + t + ", " + KvKey(op.Key) + ", " + destination + ", " + token + ").ConfigureAwait(false)");
                break;
            default:
                body.Return(KeyValueBytes + ".TryCopyTo(" + t + ", " + KvKey(op.Key) + ", " + destination + ")");
                break;
        }
    }

    private static void WriteResult(BodyWriter body, KvSetOp op, string call)
    {
        if (op.ReturnsValue)
        {
            body.Line(call + ";");
            body.Return(op.Value.Name);
        }
        else
        {
            body.Call(call, op.ReturnsBool);
        }
    }

    /// <summary>A TryGet's body: the out parameter gets <paramref name="found"/> when <paramref name="condition"/> holds, else its own default.</summary>
    private static void TryGetInto(BodyWriter body, string outParameter, string condition, string found)
    {
        body.Line("if (" + condition + ")");
        body.Line("{");
        body.Line("    " + outParameter + " = " + found + ";");
        body.Line("    return true;");
        body.Line("}");
        body.Line("");
        body.Line(outParameter + " = default!;");
        body.Line("return false;");
    }

    /// <summary>The expression with the null-forgiving operator, added only when it does not end with one already.</summary>
    private static string Forgiven(string expression) => expression.EndsWith("!", System.StringComparison.Ordinal) ? expression : expression + "!";

    private static void KvGetOrAdd(BodyWriter body, FakeSpec fake, MemberSpec member, KvGetOrAddOp op)
    {
        var n = fake.Names;
        var t = body.T;
        var key = KvKey(op.Key);
        var factory = Arg(op.Factory);
        var objectStore = fake.Store.KeyValue!.ValueType == "object";
        if (op.Entry is { } entry)
        {
            KvGetOrAddWithEntry(body, fake, member, op, entry);
            return;
        }

        var call = op.Kind is FactoryKind.Value ? factory
            : op.Kind is FactoryKind.Key or FactoryKind.AsyncWithKey ? factory + "(" + Arg(op.Key.Key!) + ")"
            : op.FactoryTakesToken ? factory + "(" + (member.CancellationToken ?? "default") + ")"
            : factory + "()";
        if (op.Kind != FactoryKind.Value)
        {
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + factory + ");");
        }

        // A factory declared to return null (Func<string, IList<string>?>) over a table of non-null values: the table stores
        // no nulls and the runtime's GetOrAdd returns a null the factory made without storing it, so the value is passed as
        // the table's type (otherwise the compiler infers the nullable type and warns, CS8620, in generated code).
        // A value given itself may already carry its own '!' (an argument the table's type declares not null): one is enough
        // (CS8715 on '!!': Polly's IConcurrentPolicyRegistry.GetOrAdd(key, policy) in an object store).
        var made = objectStore ? Forgiven("(object)" + call) : op.NullableFactory ? Forgiven(call) : call;
        if (op.Kind is FactoryKind.Async or FactoryKind.AsyncWithKey)
        {
            var madeAsync = "await " + call + ".ConfigureAwait(false)";
            var lambda = "async () => " + (objectStore ? "(object)(" + madeAsync + ")!" : op.NullableFactory ? "(" + madeAsync + ")!" : madeAsync);
            if (op.Tags is { } taggedAsync && fake.Store.KeyValue!.TagsField is { } tagsAsync)
            {
                // The added value is stored with the member's tags (EntryTags.GetOrAddAsync); a value found keeps its own.
                body.Line("var " + n.Value + " = await " + tagsAsync + ".GetOrAddAsync(" + n.Core + ", " + key + ", " + lambda + ", " + TagsArgument(taggedAsync, op.TagsInMemory) + ", " + Expiration(op.Expiration) + ", " + (member.CancellationToken ?? "default") + ", " + KvKeyName(op.Key) + ").ConfigureAwait(false);");
            }
            else
            {
                body.Line("var " + n.Value + " = await " + KeyValueTableOperations + ".GetOrAddAsync(" + t + ", " + n.Core + ", " + key + ", " + lambda + ", " + Expiration(op.Expiration) + ", " + (member.CancellationToken ?? "default") + ", " + KvKeyName(op.Key) + ").ConfigureAwait(false);");
            }
        }
        else if (op.Tags is { } tagged && fake.Store.KeyValue!.TagsField is { } tags)
        {
            body.Line("var " + n.Value + " = " + tags + ".GetOrAdd(" + n.Core + ", " + key + ", () => " + made + ", " + TagsArgument(tagged, op.TagsInMemory) + ", " + Expiration(op.Expiration) + ", " + KvKeyName(op.Key) + ");");
        }
        else
        {
            body.Line("var " + n.Value + " = " + KeyValueTableOperations + ".GetOrAdd(" + t + ", " + n.Core + ", " + key + ", () => " + made + ", " + Expiration(op.Expiration) + ", " + KvKeyName(op.Key) + ");");
        }

        var value = op.CastType is null ? n.Value : ObjectValues + ".Cast<" + op.CastType + ">(" + n.Value + ", " + t + ".Name, " + key + ")";
        if (op.Wrapper is { } wrapper)
        {
            if (op.ValueCanBeNull)
            {
                body.Return("(object?)" + n.Value + " is null ? " + Wrap(wrapper, null, found: false) + " : " + Wrap(wrapper, value, found: true));
            }
            else
            {
                body.Return(Wrap(wrapper, value, found: true));
            }

            return;
        }

        body.Return(value);
    }

    /// <summary>
    /// Get-or-add whose factory is handed a cache entry: the entry is made, the policy's expiry copied onto it, the factory
    /// run once for the key under its lock, and the value stored with the expiry the entry then holds.
    /// </summary>
    private static void KvGetOrAddWithEntry(BodyWriter body, FakeSpec fake, MemberSpec member, KvGetOrAddOp op, FactoryEntrySpec entry)
    {
        var n = fake.Names;
        var t = body.T;
        var key = KvKey(op.Key);
        var factory = Arg(op.Factory);
        var objectStore = fake.Store.KeyValue!.ValueType == "object";
        var isAsync = op.Kind == FactoryKind.AsyncEntry;
        var local = entry.Local;
        var made = entry.Made;
        var whereText = member.DeclaringInterface.Replace("global::", "") + "." + member.InterceptName;
        var where = TypeNames.Literal(whereText);
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + factory + ");");
        body.Line("var " + n.Value + " = " + (isAsync ? "await " : "") + KeyValueTableOperations + "." + (isAsync ? "GetOrAddWithExpirationAsync" : "GetOrAddWithExpiration")
            + "(" + t + ", " + n.Core + ", " + key + ", " + (isAsync ? "async " : "") + "() =>");
        body.Line("{");
        body.Line("    " + "var " + local + " = " + (entry.Implementation is null ? entry.Creation : "new " + entry.Creation + "(" + Arg(op.Key.Key!) + ")") + ";");
        if (entry.Policy is { } policy)
        {
            body.Line("    " + "if (" + policy + " is not null)");
            body.Line("    " + "{");
            foreach (var list in entry.PolicyLists)
            {
                body.Line("        " + "if (" + policy + "." + TypeNames.Escape(list) + " is { Count: > 0 })");
                body.Line("        " + "{");
                body.Line("        " + "    throw new global::System.NotSupportedException(" + TypeNames.Literal(whereText + ": the policy's " + list + " is not empty, but the fake keeps no change tokens or eviction callbacks, so it cannot honour them.") + ");");
                body.Line("        " + "}");
            }

            foreach (var copy in entry.PolicyCopies)
            {
                body.Line("        " + local + "." + TypeNames.Escape(copy) + " = " + policy + "." + TypeNames.Escape(copy) + ";");
            }

            body.Line("    " + "}");
        }

        var call = factory + "(" + local + ")";
        body.Line("    " + "var " + made + " = " + (isAsync ? "await " + call + ".ConfigureAwait(false)" : call) + ";");
        if (entry.Implementation is not null)
        {
            body.Line("    " + local + ".ThrowIfUnsupported(" + where + ");");
        }

        body.Line("    " + "return (" + (objectStore ? "(object)" + made + "!" : made) + ", " + entry.Helper + "(" + local + ", nameof(" + op.Factory.Name + ")));");
        body.Line("}" + (isAsync ? ", " + (member.CancellationToken ?? "default") + ", " + KvKeyName(op.Key) + ").ConfigureAwait(false);" : ", " + KvKeyName(op.Key) + ");"));

        var value = op.CastType is null ? n.Value : ObjectValues + ".Cast<" + op.CastType + ">(" + n.Value + ", " + t + ".Name, " + key + ")";
        if (op.Wrapper is { } wrapper)
        {
            body.Return(op.ValueCanBeNull
                ? "(object?)" + n.Value + " is null ? " + Wrap(wrapper, null, found: false) + " : " + Wrap(wrapper, value, found: true)
                : Wrap(wrapper, value, found: true));
            return;
        }

        body.Return(value);
    }

    /// <summary>
    /// CreateEntry: the entry is made for the key (a null key is refused at once, as MemoryCache's <c>CreateEntry</c>
    /// does), and its first Dispose stores its value with the expiry it then holds (see <see cref="KvCreateEntryOp"/>).
    /// </summary>
    private static void KvCreateEntry(BodyWriter body, MemberSpec member, KvCreateEntryOp op)
    {
        var t = body.T;
        var where = TypeNames.Literal(member.DeclaringInterface.Replace("global::", "") + "." + member.InterceptName);
        if (op.KeyIsReference)
        {
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + Arg(op.Key.Key!) + ");");
        }

        body.Line("return new " + op.Entry.Name + "(" + Arg(op.Key.Key!) + ", static (__stored, __table) =>");
        body.Line("{");
        body.Line("    __stored.ThrowIfUnsupported(" + where + ");");
        body.Line("    __table.Set(__stored.StoredKey, __stored." + TypeNames.Escape(op.Entry.CommitValue!) + "!, " + op.Helper + "(__stored, \"entry\"), valueParam: " + TypeNames.Literal(op.Entry.CommitValue!) + ");");
        body.Line("}, " + t + ");");
    }

    /// <summary>The plain implementations of entry interfaces that get-or-add factories are handed, and CreateEntry's.</summary>
    private static void WriteFactoryEntries(SourceWriter w, FakeSpec fake)
    {
        var written = new System.Collections.Generic.HashSet<string>();
        foreach (var member in fake.Members)
        {
            var entry = member.Operation switch
            {
                KvGetOrAddOp { Entry.Implementation: { } made } => made,
                KvCreateEntryOp created => created.Entry,
                _ => null,
            };
            if (entry is null || !written.Add(entry.Name))
            {
                continue;
            }

            w.Line();
            w.Open("private sealed class " + entry.Name + " : " + entry.Interface);
            var key = entry.KeyProperty;
            var table = fake.Store.KeyValue is { } kv ? "global::InMemoryFakes.Support.KeyValueTable<" + kv.KeyType + ", " + kv.ValueType + ">" : null;
            var commit = entry.CommitValue is not null && table is not null
                ? "global::System.Action<" + entry.Name + ", " + table + ">"
                : null;
            if (commit is not null)
            {
                // Stored by the first Dispose, and only when the value was set (MemoryCache's CacheEntry.Dispose).
                w.Line("private " + commit + "? __store;");
                w.Line("private readonly " + table + " __table;");
                w.Line("private bool __valueSet;");
                w.Line();
                w.Line("public " + fake.Store.KeyValue!.KeyType + " StoredKey { get; }");
                w.Line();
            }

            w.Line("public " + entry.Name + "(" + (commit is null ? key?.Type ?? "object" : fake.Store.KeyValue!.KeyType) + " key" + (commit is null ? "" : ", " + commit + " store, " + table + " table") + ")");
            w.Line("{");
            if (key is not null)
            {
                w.Line("    " + TypeNames.Escape(key.Name) + " = key;");
            }

            if (commit is not null)
            {
                w.Line("    StoredKey = key;");
                w.Line("    __store = store;");
                w.Line("    __table = table;");
            }

            w.Line("}");
            if (key is not null)
            {
                w.Line();
                w.Line("public " + key.Type + " " + TypeNames.Escape(key.Name) + " { get; }");
            }

            foreach (var property in entry.Properties)
            {
                w.Line();
                if (commit is not null && property.Name == entry.CommitValue)
                {
                    w.Line("private " + property.Type + " __value" + (property.NeedsDefault ? " = default!;" : ";"));
                    w.Line();
                    w.Line("public " + property.Type + " " + TypeNames.Escape(property.Name) + " { get => __value; set { __value = value; __valueSet = true; } }");
                    continue;
                }

                w.Line(property.ListType is { } list
                    ? "public " + property.Type + " " + TypeNames.Escape(property.Name) + " { get; } = new " + list + "();"
                    : "public " + property.Type + " " + TypeNames.Escape(property.Name) + " { get; set; }" + (property.NeedsDefault ? " = default!;" : ""));
            }

            if (entry.Dispose)
            {
                w.Line();
                w.Line("public void Dispose()");
                w.Line("{");
                if (commit is not null)
                {
                    w.Line("    var store = __store;");
                    w.Line("    __store = null;");
                    w.Line("    if (store is not null && __valueSet)");
                    w.Line("    {");
                    w.Line("        store(this, __table);");
                    w.Line("    }");
                }

                w.Line("}");
            }

            // The fake runs no change tokens or eviction callbacks: a factory that registers one is told so, not ignored.
            w.Line();
            w.Open("public void ThrowIfUnsupported(string member)");
            foreach (var property in entry.Properties)
            {
                if (property.ListType is not null)
                {
                    w.Line("if (" + TypeNames.Escape(property.Name) + ".Count > 0)");
                    w.Line("{");
                    w.Line("    throw new global::System.NotSupportedException(member + " + TypeNames.Literal(": the " + (commit is null ? "factory" : "caller") + " added to the cache entry's " + property.Name + ", but the fake keeps no change tokens or eviction callbacks, so it cannot honour them.") + ");");
                    w.Line("}");
                }
            }

            if (!entry.Properties.Any(static p => p.ListType is not null))
            {
                w.Line("_ = member;");
            }

            w.Close();
            w.Close();
        }
    }

    private static void BlobPut(BodyWriter body, FakeSpec fake, MemberSpec member, BlobPutOp op)
    {
        var t = body.T;
        if (op.ContentKind != BlobContentKind.Memory)
        {
            // Null content is refused by the runtime under its own parameter name ("content", or "s" from the UTF-8
            // encoder for text); the caller's parameter is the one to name. One null test, free for valid input.
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.Content.Name + ", nameof(" + op.Content.Name + "));");
        }

        if (op.Result.Kind == BlobResultKind.GeneratedKey || op.GeneratesKey)
        {
            body.Line("var " + Parsing.BlobPlanner.GeneratedKeyLocal + " = global::System.Guid.NewGuid();");
        }

        var key = BlobKey(op.Key);
        var content = Arg(op.Content) + (op.ContentKind == BlobContentKind.Memory ? ".Span" : "");
        var contentType = op.ContentType ?? "null";
        var metadata = Metadata(op.Metadata);
        var expiration = Expiration(op.Expiration);
        var isAsync = member.Shape != ReturnShape.Sync;
        string call;
        if (op.Append is not null)
        {
            var bytes = op.ContentKind switch
            {
                BlobContentKind.Stream => isAsync
                    ? "await " + BlobKeys + ".ReadAllAsync(" + Arg(op.Content) + ", " + (member.CancellationToken ?? "default") + ", nameof(" + op.Content.Name + ")).ConfigureAwait(false)"
                    : BlobKeys + ".ReadAll(" + Arg(op.Content) + ", nameof(" + op.Content.Name + "))",
                BlobContentKind.Text => "global::System.Text.Encoding.UTF8.GetBytes(" + Arg(op.Content) + ")",
                BlobContentKind.Memory => Arg(op.Content) + ".ToArray()",
                _ => Arg(op.Content),
            };
            if (op.ContentKind == BlobContentKind.Text)
            {
                contentType = op.ContentType is null ? BlobTable + ".TextContentType" : "(" + op.ContentType + " ?? " + BlobTable + ".TextContentType)";
            }

            call = BlobKeys + ".PutOrAppend(" + t + ", " + key + ", " + bytes + ", " + contentType + ", " + metadata + ", " + expiration + ", " + op.Append + ")";
        }
        else if (op.Overwrite is not null)
        {
            var bytes = op.ContentKind switch
            {
                BlobContentKind.Stream => isAsync
                    ? "await " + BlobKeys + ".ReadAllAsync(" + Arg(op.Content) + ", " + (member.CancellationToken ?? "default") + ", nameof(" + op.Content.Name + ")).ConfigureAwait(false)"
                    : BlobKeys + ".ReadAll(" + Arg(op.Content) + ", nameof(" + op.Content.Name + "))",
                BlobContentKind.Text => "global::System.Text.Encoding.UTF8.GetBytes(" + Arg(op.Content) + ")",
                BlobContentKind.Memory => Arg(op.Content) + ".ToArray()",
                _ => Arg(op.Content),
            };
            if (op.ContentKind == BlobContentKind.Text)
            {
                contentType = op.ContentType is null ? BlobTable + ".TextContentType" : "(" + op.ContentType + " ?? " + BlobTable + ".TextContentType)";
            }

            var throwIfExists = op.Result.Kind == BlobResultKind.Bool ? "false" : "true";
            call = BlobKeys + ".PutUnlessTaken(" + t + ", " + key + ", " + bytes + ", " + contentType + ", " + metadata + ", " + expiration + ", " + op.Overwrite + ", " + throwIfExists + ")";
        }
        else
        {
            call = op.ContentKind == BlobContentKind.Stream && isAsync
                ? "await " + t + ".PutAsync(" + key + ", " + content + ", " + contentType + ", " + metadata + ", " + expiration + ", " + (member.CancellationToken ?? "default") + ").ConfigureAwait(false)"
                : t + "." + (op.ContentKind == BlobContentKind.Text ? "PutText" : "Put") + "(" + key + ", " + content + ", " + contentType + ", " + metadata + ", " + expiration + ")";
        }

        PropertiesResult(body, fake, op.Result, call, "CreateQuotaExceeded(" + t + ".Name, " + Arg(op.Key.Argument) + ", \"the write was rejected by the quota policy\")");
    }

    /// <summary>An <c>Expiration</c> from a parameter; a nullable parameter left null means the store default.</summary>
    private static string Expiration(ExpirationSpec spec)
    {
        var id = spec.Parameter;
        if (spec.Kind == ExpirationKind.Never)
        {
            return RuntimeNames.Expiration + ".Never";
        }

        if (spec.Kind == ExpirationKind.Default || id is null)
        {
            return RuntimeNames.Expiration + ".Default";
        }

        if (spec.Kind == ExpirationKind.Options)
        {
            return spec.Helper + "(" + id + ", nameof(" + id + "))";
        }

        var value = spec.IsNullable ? id + ".Value" : id;
        var nameArgument = spec.IsNullable ? ", nameof(" + id + ")" : "";
        var factory = spec.Kind switch
        {
            ExpirationKind.After => RuntimeNames.Expiration + ".After(" + value + nameArgument + ")",
            ExpirationKind.Sliding => RuntimeNames.Expiration + ".Sliding(" + value + nameArgument + ")",
            ExpirationKind.AfterSeconds when spec.SecondsPerUnit != 1 => RuntimeNames.Expiration + ".AfterSeconds((double)" + value + " * " + spec.SecondsPerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", nameof(" + id + "))",
            ExpirationKind.AfterSeconds => RuntimeNames.Expiration + ".AfterSeconds(" + (spec.IsDecimal ? "(double)" + value : value) + (spec.IsNullable || spec.IsDecimal ? ", nameof(" + id + ")" : "") + ")",
            _ => RuntimeNames.Expiration + ".At(" + value + ", nameof(" + id + "))",
        };
        return spec.IsNullable ? "(" + id + ".HasValue ? " + factory + " : " + RuntimeNames.Expiration + ".Default)" : factory;
    }

    private static string Metadata(MetadataSpec? metadata)
    {
        if (metadata is null)
        {
            return "null";
        }

        if (!metadata.Copy)
        {
            return metadata.Parameter;
        }

        var copy = "new global::System.Collections.Generic.Dictionary<string, string>(" + metadata.Parameter + ")";
        return metadata.IsNullable ? "(" + metadata.Parameter + " is null ? null : " + copy + ")" : copy;
    }

    /// <summary>A result made from a nullable <c>BlobProperties</c>: null means rejected (writes) or missing (info).</summary>
    private static void PropertiesResult(BodyWriter body, FakeSpec fake, BlobResultSpec result, string call, string error)
    {
        var n = fake.Names;
        var raise = "throw " + n.Core + ".Defaults.Errors." + error;
        switch (result.Kind)
        {
            case BlobResultKind.None:
                body.Line(call + ";");
                break;
            case BlobResultKind.Bool:
                body.Line("return " + call + " is not null;");
                break;
            case BlobResultKind.Properties:
                body.Line("return " + call + " ?? " + raise + ";");
                break;
            case BlobResultKind.NullableProperties:
                body.Line("return " + call + ";");
                break;
            case BlobResultKind.Converted:
                body.Line("return " + result.Converter + "(" + call + " ?? " + raise + ");");
                break;
            case BlobResultKind.Metadata:
                body.Line("return new global::System.Collections.Generic.Dictionary<string, string>((" + call + " ?? " + raise + ").Metadata, global::System.StringComparer.Ordinal);");
                break;
            case BlobResultKind.NullableMetadata:
                body.Line("var " + n.Blob + " = " + call + ";");
                body.Line("return " + n.Blob + " is null ? null : new global::System.Collections.Generic.Dictionary<string, string>(" + n.Blob + ".Metadata, global::System.StringComparer.Ordinal);");
                break;
            case BlobResultKind.GeneratedKey:
                body.Line("_ = " + call + " ?? " + raise + ";");
                body.Line("return " + Parsing.BlobPlanner.GeneratedKeyLocal + ";");
                break;
            default:
                body.Line("var " + n.Blob + " = " + call + ";");
                body.Line("return " + n.Blob + " is null ? default(" + result.DeclaredType + ") : " + result.Converter + "(" + n.Blob + ");");
                break;
        }
    }

    private static string BlobFieldExpression(BlobField field) => field switch
    {
        BlobField.Key => "p.Key",
        BlobField.Size => "p.Size",
        BlobField.SizeAsInt32 => "checked((int)p.Size)",
        BlobField.ContentType => "p.ContentType",
        BlobField.ETag => "p.ETag",
        BlobField.LastModified => "p.LastModified",
        BlobField.LastModifiedUtcDateTime => "p.LastModified.UtcDateTime",
        BlobField.CreatedAt => "p.CreatedAt",
        BlobField.CreatedAtUtcDateTime => "p.CreatedAt.UtcDateTime",
        BlobField.Metadata => "p.Metadata",
        BlobField.MetadataCopy => "new global::System.Collections.Generic.Dictionary<string, string>(p.Metadata)",
        BlobField.UrlString => BlobTable + ".UrlFor(p.Key)",
        BlobField.ContentStream => "b.OpenRead()",
        BlobField.ContentBytes => "b.ToArray()",
        BlobField.ContentMemory => "b.Content",
        BlobField.ContentText => "global::System.Text.Encoding.UTF8.GetString(b.Content.Span)",
        _ => "p.Url",
    };

    private static IEnumerable<string> BlobFieldExpressions(EquatableArray<BlobField> fields)
    {
        foreach (var field in fields)
        {
            yield return BlobFieldExpression(field);
        }
    }

    /// <summary>A member of a framework ETag state store: fills, writes from or resets the caller's state object (Storage/ETagStates.cs).</summary>
    private static void ETagState(BodyWriter body, string table, ETagStateOp op)
    {
        const string States = "global::InMemoryFakes.Support.ETagStates";
        body.Line("global::System.ArgumentNullException.ThrowIfNull(" + op.State + ");");
        var key = "global::System.String.Concat(" + op.StateName + ", \"/\", " + op.Id + ".ToString())";
        var conflict = "static (__message, __stored, __received) => new " + op.Conflict + "(__message, __stored, __received)";
        switch (op.Action)
        {
            case ETagStateAction.Read:
                body.Line("var __exists = " + States + ".Read<" + op.TypeArgument + ">(" + table + ", " + key + ", out var __state, out var __eTag);");
                body.Line(op.State + ".ETag = __eTag;");
                body.Line(op.State + ".State = __state;");
                body.Line(op.State + ".RecordExists = __exists;");
                break;
            case ETagStateAction.Write:
                body.Line(op.State + ".ETag = " + States + ".Write<" + op.TypeArgument + ">(" + table + ", " + key + ", " + op.State + ".State!, " + op.State + ".ETag, " + conflict + ");");
                body.Line(op.State + ".RecordExists = true;");
                break;
            default:
                body.Line(States + ".Clear(" + table + ", " + key + ", " + op.State + ".ETag, " + conflict + ");");
                body.Line(op.State + ".ETag = null;");
                body.Line(op.State + ".RecordExists = false;");
                body.Line(op.State + ".State = " + States + ".NewState<" + op.TypeArgument + ">();");
                break;
        }
    }

    /// <summary>
    /// A member of a framework reminder table (Orleans' IReminderTable): rows keyed by (owner id, name), each under its own
    /// ETag; the table copies rows on write and on read, so no caller holds a stored row.
    /// </summary>
    private static void ReminderTable(BodyWriter body, string table, ReminderTableOp op)
    {
        var a = op.Arguments;
        switch (op.Action)
        {
            case ReminderTableAction.ReadByOwner:
                body.Return("new " + op.RowListType + "(" + table + ".Where(__row => __row.GrainId.Equals(" + a[0] + ")))");
                break;
            case ReminderTableAction.ReadByRange:
                body.Return("new " + op.RowListType + "(" + table + ".Where(__row => global::InMemoryFakes.Support.HashRing.InRange(__row.GrainId.GetUniformHashCode(), " + a[0] + ", " + a[1] + ")))");
                break;
            case ReminderTableAction.ReadRow:
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + a[1] + ");");
                body.Return(table + ".GetValueOrDefault((" + a[0] + ", " + a[1] + "))");
                break;
            case ReminderTableAction.Upsert:
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + a[0] + ");");
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + a[0] + ".ReminderName);");
                body.Line("var __eTag = global::System.Guid.NewGuid().ToString();");
                body.Line("var __row = new " + op.RowType + " { GrainId = " + a[0] + ".GrainId, ReminderName = " + a[0] + ".ReminderName, StartAt = " + a[0] + ".StartAt, Period = "
                    + a[0] + ".Period, ETag = __eTag };");
                body.Line(table + ".Set((__row.GrainId, __row.ReminderName), __row);");
                body.Return("__eTag");
                break;
            case ReminderTableAction.Remove:
                body.Line("global::System.ArgumentNullException.ThrowIfNull(" + a[1] + ");");
                body.Return(table + ".RemoveIf((" + a[0] + ", " + a[1] + "), __row => global::System.String.Equals(__row.ETag, " + a[2] + ", global::System.StringComparison.Ordinal))");
                break;
            default:
                body.Line(table + ".Clear();");
                break;
        }
    }

    /// <summary>
    /// A member of a store of one value under two keys (Parsing/TwoKeyPlanner.cs): the table is keyed by the pair, and
    /// the runtime finds the one entry whose first or second key is the one given.
    /// </summary>
    private static void TwoKey(BodyWriter body, FakeSpec fake, TwoKeyOp op)
    {
        var t = body.T;
        var n = fake.Names;
        var by = op.BySecond ? "Second" : "First";
        var notFound = "throw " + n.Core + ".Defaults.Errors.CreateNotFound(" + t + ".Name, " + op.Key + ")";
        switch (op.Action)
        {
            case TwoKeyAction.Add:
                body.Line(TwoKeyTableOperations + ".Add(" + t + ", " + op.Key + ", " + op.Second + ", " + op.Value + ");");
                break;
            case TwoKeyAction.Get:
                body.Return(TwoKeyTableOperations + ".TryGetBy" + by + "(" + t + ", " + op.Key + ", out var " + n.Value + ") ? " + n.Value + " : default!");
                break;
            case TwoKeyAction.GetRequired:
                body.Return(TwoKeyTableOperations + ".TryGetBy" + by + "(" + t + ", " + op.Key + ", out var " + n.Value + ") ? " + n.Value + " : " + notFound);
                break;
            case TwoKeyAction.Exists:
                body.Return(TwoKeyTableOperations + ".TryGetBy" + by + "(" + t + ", " + op.Key + ", out _)");
                break;
            case TwoKeyAction.Replace when op.Missing == TwoKeyMissing.NotFound:
                body.Line("if (!" + TwoKeyTableOperations + ".ReplaceBy" + by + "(" + t + ", " + op.Key + ", " + op.Value + "))");
                body.Line("{");
                body.Line("    " + notFound + ";");
                body.Line("}");
                break;
            case TwoKeyAction.Replace:
                body.Call(TwoKeyTableOperations + ".ReplaceBy" + by + "(" + t + ", " + op.Key + ", " + op.Value + ")", op.Missing == TwoKeyMissing.Returned);
                break;
            default:
                body.Call(TwoKeyTableOperations + ".RemoveBy" + by + "(" + t + ", " + op.Key + ")", op.Missing == TwoKeyMissing.Returned);
                break;
        }
    }
}
