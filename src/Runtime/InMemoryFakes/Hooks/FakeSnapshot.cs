using System.Collections.Generic;

namespace InMemoryFakes;

/// <summary>The captured data of one fake, to restore later with <see cref="IInMemoryFake.Restore"/>.</summary>
public sealed class FakeSnapshot
{
    internal FakeSnapshot(FakeCore owner, IReadOnlyList<(FakeTable Table, object State)> tables)
    {
        Owner = owner;
        Tables = tables;
    }

    internal FakeCore Owner { get; }

    internal IReadOnlyList<(FakeTable Table, object State)> Tables { get; }
}
