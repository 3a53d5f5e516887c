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
