using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Tests.Notes;

/// <summary>A note whose id the store assigns.</summary>
public sealed class Note
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

[InMemoryFake]
public interface INoteStore
{
    Note Add(Note note);

    Note? Find(int id);

    bool Delete(int id);

    IReadOnlyList<Note> List();
}

/// <summary>A real store whose ids are nothing like the fake's: they start at 1000 and go up by 7.</summary>
public sealed class SparseIdNoteStore : INoteStore
{
    private readonly Dictionary<int, Note> _notes = new();
    private int _next = 1000;

    public Note Add(Note note)
    {
        var stored = new Note { Id = _next, Text = note.Text };
        _next += 7;
        _notes.Add(stored.Id, stored);
        return new Note { Id = stored.Id, Text = stored.Text };
    }

    public Note? Find(int id) => _notes.TryGetValue(id, out var note) ? new Note { Id = note.Id, Text = note.Text } : null;

    public bool Delete(int id) => _notes.Remove(id);

    public IReadOnlyList<Note> List() => _notes.Values.Select(n => new Note { Id = n.Id, Text = n.Text }).ToList();
}

/// <summary>Broken on purpose: Find returns the note added just before the one asked for (an off-by-one id lookup).</summary>
public sealed class OffByOneNoteStore : INoteStore
{
    private readonly List<Note> _notes = new();
    private int _last;

    public Note Add(Note note)
    {
        var stored = new Note { Id = ++_last, Text = note.Text };
        _notes.Add(stored);
        return new Note { Id = stored.Id, Text = stored.Text };
    }

    public Note? Find(int id) => _notes.Find(n => n.Id == id - 1) is { } note ? new Note { Id = note.Id, Text = note.Text } : null;

    public bool Delete(int id) => _notes.RemoveAll(n => n.Id == id) > 0;

    public IReadOnlyList<Note> List() => _notes.ToList();
}

/// <summary>The descriptor of <see cref="INoteStore"/>, in the shape the generator will emit (synchronous members).</summary>
internal static class NoteStoreContract
{
    private static readonly ContractParameter Id = new("id", typeof(int), ContractParameterRole.Key);

    public static ContractDescriptor<INoteStore> Descriptor { get; } = new(
        "INoteStore",
        StoreKind.EntityRepository,
        static options => new InMemoryNoteStore(options),
        new ContractOperation[]
        {
            new("Add", ContractOperationKind.EntityAdd, new[] { new ContractParameter("note", typeof(Note), ContractParameterRole.Entity) },
                new ContractResult(ContractResultShape.Entity, typeof(Note)),
                static (i, a, ct) => ContractOperation.Done(((INoteStore)i).Add((Note)a[0]!))) { Style = ContractInvocationStyle.Sync },
            new("Find", ContractOperationKind.EntityFind, new[] { Id },
                new ContractResult(ContractResultShape.Entity, typeof(Note)) { IsNullable = true },
                static (i, a, ct) => ContractOperation.Done(((INoteStore)i).Find((int)a[0]!))) { Style = ContractInvocationStyle.Sync },
            new("Delete", ContractOperationKind.EntityDeleteByKey, new[] { Id },
                new ContractResult(ContractResultShape.Value, typeof(bool)),
                static (i, a, ct) => ContractOperation.Done(((INoteStore)i).Delete((int)a[0]!))) { Style = ContractInvocationStyle.Sync },
            new("List", ContractOperationKind.EntityList, System.Array.Empty<ContractParameter>(),
                new ContractResult(ContractResultShape.EntityList, typeof(IReadOnlyList<Note>)),
                static (i, a, ct) => ContractOperation.Done(((INoteStore)i).List())) { Style = ContractInvocationStyle.Sync },
        })
    {
        Entity = new ContractEntityShape(
            typeof(Note),
            "Note",
            new ContractProperty[]
            {
                new("Id", typeof(int), static e => ((Note)e).Id) { IsKey = true },
                new("Text", typeof(string), static e => ((Note)e).Text),
            },
            static v => new Note { Id = (int)v[0]!, Text = (string)v[1]! },
            static e => ((Note)e).Id)
        {
            KeyType = typeof(int),
            KeyAssignment = ContractKeyAssignment.Store,
        },
    };
}
