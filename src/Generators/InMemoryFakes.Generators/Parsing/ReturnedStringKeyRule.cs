using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An add that returns the entity's <c>string</c> key (<c>Task&lt;string&gt; CreateEvent(Event newEvent)</c>): returning the key
/// says the store hands it out (workflow-core's <c>MemoryPersistenceProvider.CreateEvent</c> sets a new Guid string whatever
/// Id the event had, and returns it), but a <c>string</c> key is not one the fake generates (only a MongoDB ObjectId string
/// is): it would store the caller's key and echo it back, or throw for a null one. Which of the two the store does is not
/// said, so the add is refused. The same holds for the key returned as <c>object</c> (RepoDb's <c>Insert</c>), a string key
/// boxed. An add returning the entity or nothing, and a generated key type, are not affected.
/// </summary>
internal static class ReturnedStringKeyRule
{
    public static string? Reason(MemberCandidate candidate, EntityInfo entity, bool generatedStringKey)
    {
        if (generatedStringKey || entity.Keys.Count != 1 || entity.KeyType.SpecialType != SpecialType.System_String
            || candidate.IsVoid || candidate.Result is not { } result || result.SpecialType is not (SpecialType.System_String or SpecialType.System_Object))
        {
            return null;
        }

        return "it returns the string key of the " + entity.Type.Name + " it adds" + (result.SpecialType == SpecialType.System_Object ? " (as object)" : "") + ", which says the store hands the key out (workflow-core's "
            + "CreateEvent sets a new Guid string whatever Id the event had), while the fake generates no string key: it would store the caller's "
            + entity.Keys[0].Name + " and return it, or throw for a null one. Return void or the " + entity.Type.Name + ", or implement it; if the store gives every added "
            + entity.Type.Name + " a new Guid string whatever it holds, state it on [InMemoryFake]: PresetKeyOnAdd = PresetKeyOnAdd.Replace; if it gives one only to a "
            + entity.Type.Name + " added without a key (item." + entity.Keys[0].Name + " ??= Guid.NewGuid().ToString()), PresetKeyOnAdd = PresetKeyOnAdd.GenerateWhenUnset";
    }
}
