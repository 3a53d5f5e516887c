using System;
using System.Text;

namespace InMemoryFakes.Generators;

/// <summary>Writes indented C# with '\n' line ends, so output is identical on every OS.</summary>
/// <remarks>
/// A fake's source is about 20,000 characters. A new builder would grow through a dozen chunks for each one (about a
/// fifth of what a first run allocates), so each thread keeps one builder of fake-sized capacity and lends it to one
/// writer at a time: <see cref="ToStringAndFree"/> gives it back. A writer that is never finished, or one that runs while
/// another is open on the same thread, simply uses a builder of its own.
/// </remarks>
internal sealed class SourceWriter
{
    /// <summary>Room for a typical fake without growing (64 KB, below the large object heap's threshold).</summary>
    private const int InitialCapacity = 32 * 1024;

    /// <summary>A builder grown past this (the assembly's JSON metadata file) is dropped rather than kept for the thread.</summary>
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? _spare;

    private StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        _builder = _spare ?? new StringBuilder(InitialCapacity);
        _spare = null;
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Starts a non-empty line at the current indent, to be written with <see cref="Append"/> and ended with
    /// <see cref="EndLine"/>: a long line built from many parts goes straight into the builder, not through a string first.
    /// </summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    /// <summary>Writes part of the line started with <see cref="StartLine"/>.</summary>
    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Writes <paramref name="value"/> as a C# string literal (<see cref="TypeNames.Literal"/>).</summary>
    public SourceWriter AppendLiteral(string value)
    {
        if (TypeNames.NeedsNoEscape(value))
        {
            _builder.Append('"').Append(value).Append('"');
        }
        else
        {
            _builder.Append(TypeNames.Literal(value));
        }

        return this;
    }

    /// <summary>Ends the line started with <see cref="StartLine"/>, after <paramref name="suffix"/>.</summary>
    public SourceWriter EndLine(string suffix = "")
    {
        _builder.Append(suffix).Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>Writes a preprocessor line at column 0.</summary>
    public SourceWriter Directive(string text)
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Where the text ends now, and the indent: a point to take back what follows with <see cref="Rewind"/>.</summary>
    public Checkpoint Mark() => new(_builder.Length, _indent);

    /// <summary>Whether anything was written after <paramref name="checkpoint"/>.</summary>
    public bool WroteSince(Checkpoint checkpoint) => _builder.Length != checkpoint.Length;

    /// <summary>Takes back everything written after <paramref name="checkpoint"/> (a block opened before knowing it would be empty).</summary>
    public SourceWriter Rewind(Checkpoint checkpoint)
    {
        _builder.Length = checkpoint.Length;
        _indent = checkpoint.Indent;
        return this;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>The text written; gives the builder back to the thread, so the writer must not be used again.</summary>
    public string ToStringAndFree()
    {
        var text = _builder.ToString();
        if (_builder.Capacity <= MaxKeptCapacity)
        {
            _builder.Clear();
            _spare = _builder;
        }

        _builder = null!;
        return text;
    }

    /// <summary>A position in the text and the indent there (<see cref="Mark"/>).</summary>
    public readonly struct Checkpoint
    {
        public Checkpoint(int length, int indent)
        {
            Length = length;
            Indent = indent;
        }

        public int Length { get; }

        public int Indent { get; }
    }
}
