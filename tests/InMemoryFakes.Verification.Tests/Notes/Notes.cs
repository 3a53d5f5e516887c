using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

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
