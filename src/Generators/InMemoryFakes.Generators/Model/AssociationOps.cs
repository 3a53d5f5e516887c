namespace InMemoryFakes.Generators.Model;

// Associations: values attached to an entity that its type has no property for (a user's claims, logins, roles), kept
// in a side table keyed by the entity's key. Planned by Parsing/AssociationPlanner, written by Emitter.Associations.

/// <summary>One side table of an entity fake.</summary>
/// <param name="Field">The private field that holds it.</param>
/// <param name="Noun">The association's plural noun (<c>Claims</c>): the table is named after the entity's table, a dot and it.</param>
/// <param name="RowType">The row type, rendered (a tuple of the value's parts, or the referenced entity's key type).</param>
internal sealed record AssociationTableSpec(string Field, string Noun, string RowType);

/// <summary>One part of a value row: a property of the value type that the row keeps.</summary>
internal sealed record RowPartSpec(string Name, string Type);

/// <summary>
/// How values of a known type are kept as rows (<c>Conventions.AssociationValues</c>): the parts, the first
/// <paramref name="KeyParts"/> of which identify a value (a claim by its type and value, never by reference), and
/// whether that key is unique across all owners (a login provider's key belongs to one user).
/// </summary>
internal sealed record ValueRowSpec(string ValueType, EquatableArray<RowPartSpec> Parts, int KeyParts, bool Unique);

/// <summary>What a member does with an association of values.</summary>
internal enum AssociationAction
{
    /// <summary><c>Add{Noun}(owner, value)</c>.</summary>
    Add,

    /// <summary><c>Add{Nouns}(owner, values)</c>.</summary>
    AddMany,

    /// <summary><c>Remove{Noun}(owner, value)</c>: every row with the value's key.</summary>
    Remove,

    /// <summary><c>Remove{Nouns}(owner, values)</c>.</summary>
    RemoveMany,

    /// <summary><c>Remove{Noun}(owner, keyPart1, keyPart2…)</c>.</summary>
    RemoveByKey,

    /// <summary><c>Replace{Noun}(owner, value, newValue)</c>: every row with the value's key becomes the new value.</summary>
    Replace,

    /// <summary><c>Get{Nouns}(owner)</c>: the values, rebuilt from the rows.</summary>
    Get,

    /// <summary><c>Get{Entities}For{Noun}(value)</c>: the owners holding a row with the value's key.</summary>
    Owners,

    /// <summary><c>FindBy{Noun}(keyPart1, keyPart2…)</c>: the one owner of the unique key, or null.</summary>
    FindOwner,
}

/// <summary>A key part given as a parameter.</summary>
internal sealed record KeyArgumentSpec(string Part, string Parameter, bool IsReference);

/// <summary>A member of an association of values.</summary>
/// <param name="Action">What it does.</param>
/// <param name="Table">The side table's field.</param>
/// <param name="Row">How values become rows.</param>
/// <param name="Owner">The owner parameter, or null.</param>
/// <param name="Value">The value (or values) parameter, or null.</param>
/// <param name="NewValue">Replace's new value, or null.</param>
/// <param name="KeyArguments">The key parts given as parameters (RemoveByKey, FindOwner).</param>
/// <param name="Sequence">How a sequence is returned.</param>
/// <param name="ResultNullable">FindOwner: missing is null (else the not-found error).</param>
internal sealed record AssociationOp(
    AssociationAction Action,
    string Table,
    ValueRowSpec Row,
    string? Owner,
    string? Value,
    string? NewValue,
    EquatableArray<KeyArgumentSpec> KeyArguments,
    SequenceKind Sequence,
    bool ResultNullable) : OperationSpec;

/// <summary>
/// Another entity type an association refers to (a user's roles → <c>IdentityRole</c>): its table is the one a fake of
/// that type on the same backend keeps, found by its name at run time.
/// </summary>
/// <param name="Noun">The noun that named it (<c>Role</c>), for messages.</param>
/// <param name="Type">The entity type, rendered.</param>
/// <param name="KeyType">Its key type, rendered.</param>
/// <param name="Key">Its key property.</param>
/// <param name="NameProperty">The property a list of names reads (<c>Name</c>), or null.</param>
/// <param name="NameNullable">Whether that property is a nullable reference.</param>
internal sealed record ReferenceTargetSpec(string Noun, string Type, string KeyType, string Key, string? NameProperty, bool NameNullable);

/// <summary>What a member does with an association of references.</summary>
internal enum ReferenceAction
{
    /// <summary><c>AddTo{Noun}(owner, name)</c>: the target must exist (InvalidOperationException otherwise, as EF Core's Identity store).</summary>
    Add,

    /// <summary><c>RemoveFrom{Noun}(owner, name)</c>: nothing when the target or the row is missing.</summary>
    Remove,

    /// <summary><c>IsIn{Noun}(owner, name)</c>.</summary>
    Contains,

    /// <summary><c>Get{Nouns}(owner)</c>: the targets' names.</summary>
    Names,

    /// <summary><c>Get{Entities}In{Noun}(name)</c>: the owners referring to the target.</summary>
    Owners,
}

/// <summary>A member of an association of references to another entity.</summary>
/// <param name="Action">What it does.</param>
/// <param name="Table">The side table's field.</param>
/// <param name="Target">The referenced entity type.</param>
/// <param name="Owner">The owner parameter, or null.</param>
/// <param name="Lookup">The parameter that names the target, or null.</param>
/// <param name="LookupProperty">The target's property it is compared with.</param>
/// <param name="LookupType">That property's type, rendered.</param>
/// <param name="Sequence">How a sequence is returned.</param>
internal sealed record ReferenceOp(
    ReferenceAction Action,
    string Table,
    ReferenceTargetSpec Target,
    string? Owner,
    string? Lookup,
    string? LookupProperty,
    string? LookupType,
    SequenceKind Sequence) : OperationSpec;

// ---- Values owned by an entity under a key, per-owner code sets, keyed items (Parsing/AssociationPlanner.Owned) ----------

/// <summary>What a member does with a value kept per owner under a key of zero or more parts.</summary>
internal enum KeyedValueAction
{
    /// <summary><c>Set{Noun}(owner, part1…, value)</c>: stores the value under the key, replacing the one there.</summary>
    Set,

    /// <summary><c>Get{Noun}(owner, part1…)</c>: the value under the key, or null.</summary>
    Get,

    /// <summary><c>Remove{Noun}(owner, part1…)</c>: removes the value under the key.</summary>
    Remove,
}

/// <summary>
/// A value kept per owner under a key (Identity's authentication tokens under <c>(loginProvider, name)</c>; with no key
/// parts, one value per owner, as its authenticator key). Rows are <see cref="KeyParts"/> then the value.
/// </summary>
/// <param name="KeyParts">The key's parts, named after the Set member's parameters (Pascal case), in order.</param>
/// <param name="ValueType">The value's type, rendered nullable (a missing value reads as null).</param>
/// <param name="RowType">The row type, rendered: the value type alone without key parts, else a tuple ending in <c>Value</c>.</param>
internal sealed record KeyedValueSpec(EquatableArray<RowPartSpec> KeyParts, string ValueType, string RowType);

/// <summary>A member of a keyed value association.</summary>
/// <param name="Action">What it does.</param>
/// <param name="Table">The side table's field.</param>
/// <param name="Spec">The key parts and value type.</param>
/// <param name="Owner">The owner parameter.</param>
/// <param name="KeyArguments">The key parts' parameters, in key order.</param>
/// <param name="Value">Set's value parameter, or null.</param>
/// <param name="ValueRequired">Set: the value is a reference the signature says is never null (null is refused).</param>
/// <param name="ResultNullable">Get: a missing value reads as null (else the not-found error).</param>
internal sealed record KeyedValueOp(
    KeyedValueAction Action,
    string Table,
    KeyedValueSpec Spec,
    string Owner,
    EquatableArray<KeyArgumentSpec> KeyArguments,
    string? Value,
    bool ValueRequired,
    bool ResultNullable) : OperationSpec;

/// <summary>What a member does with a per-owner set of single-use codes.</summary>
internal enum CodeSetAction
{
    /// <summary><c>Replace{Nouns}(owner, codes)</c>: the owner's codes become these, the old ones are gone.</summary>
    Replace,

    /// <summary><c>Redeem{Noun}(owner, code)</c>: removes the code (every copy); whether it was there.</summary>
    Redeem,

    /// <summary><c>Count{Nouns}(owner)</c>: how many codes the owner has left.</summary>
    Count,
}

/// <summary>A member of a per-owner code set (Identity's two-factor recovery codes).</summary>
/// <param name="Action">What it does.</param>
/// <param name="Table">The side table's field.</param>
/// <param name="ElementType">The code type, rendered without nullable annotation.</param>
/// <param name="Owner">The owner parameter.</param>
/// <param name="Argument">The codes (Replace) or code (Redeem) parameter, or null.</param>
/// <param name="ArgumentIsReference">Whether the code type is a reference type (null is refused).</param>
/// <param name="CountType">Count's result type (<c>int</c> or <c>long</c>), rendered, or null.</param>
internal sealed record CodeSetOp(
    CodeSetAction Action,
    string Table,
    string ElementType,
    string Owner,
    string? Argument,
    bool ArgumentIsReference,
    string? CountType) : OperationSpec;

/// <summary>One property of a keyed item that its row keeps.</summary>
/// <param name="Name">The property.</param>
/// <param name="Type">Its type, rendered as declared.</param>
/// <param name="IsArray">An array of immutable elements: copied in and out, compared by content.</param>
/// <param name="ElementType">The array's element type, rendered, or null.</param>
/// <param name="Settable">It has a public setter: an update of a stored item takes it from the new item.</param>
/// <param name="InConstructor">It is a parameter of the constructor the item is rebuilt with (else it is set after).</param>
/// <param name="IsReference">It is a reference type (or a nullable value type): an item may hold null in it.</param>
internal sealed record ItemPartSpec(string Name, string Type, bool IsArray, string? ElementType, bool Settable, bool InConstructor, bool IsReference);

/// <summary>
/// How items of an owned, keyed collection are kept (Identity's passkeys): every public property as a row part, the
/// constructor parameters first in the constructor's order, and the property that identifies an item.
/// </summary>
/// <param name="ItemType">The item type, rendered without nullable annotation.</param>
/// <param name="Parts">The row's parts.</param>
/// <param name="Key">The identifying property (one of the parts).</param>
/// <param name="AcrossOwners">The key identifies one item among all owners' (the interface finds the owner by it).</param>
/// <param name="RowType">The row type, rendered (a tuple of the parts).</param>
internal sealed record ItemRowSpec(string ItemType, EquatableArray<ItemPartSpec> Parts, string Key, bool AcrossOwners, string RowType);

/// <summary>What a member does with an owned, keyed collection.</summary>
internal enum ItemAction
{
    /// <summary><c>AddOrUpdate{Noun}(owner, item)</c>.</summary>
    AddOrUpdate,

    /// <summary><c>Get{Nouns}(owner)</c>: the owner's items, rebuilt.</summary>
    Get,

    /// <summary><c>Find{Noun}(owner, id)</c>: the owner's item with the id, or null.</summary>
    Find,

    /// <summary><c>Remove{Noun}(owner, id)</c>: removes the owner's item with the id.</summary>
    Remove,

    /// <summary><c>FindBy{Noun}Id(id)</c>: the owner of the item with the id, or null.</summary>
    FindOwner,
}

/// <summary>A member of an owned, keyed collection.</summary>
/// <param name="Action">What it does.</param>
/// <param name="Table">The side table's field.</param>
/// <param name="Row">How items become rows.</param>
/// <param name="Owner">The owner parameter, or null.</param>
/// <param name="Argument">The item (AddOrUpdate) or id parameter, or null.</param>
/// <param name="ArgumentIsReference">Whether the id is a reference (null is refused).</param>
/// <param name="Sequence">How Get returns the items.</param>
/// <param name="ResultNullable">Find/FindOwner: missing is null (else the not-found error).</param>
internal sealed record ItemOp(
    ItemAction Action,
    string Table,
    ItemRowSpec Row,
    string? Owner,
    string? Argument,
    bool ArgumentIsReference,
    SequenceKind Sequence,
    bool ResultNullable) : OperationSpec;
