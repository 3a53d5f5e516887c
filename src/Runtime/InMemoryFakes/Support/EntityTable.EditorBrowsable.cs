using System.ComponentModel;

namespace InMemoryFakes.Support;

// Generated code uses the entity table; IntelliSense does not offer it to users.
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class EntityTable<TKey, TEntity>
{
}
