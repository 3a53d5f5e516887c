using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

namespace InMemoryFakes.Verification.Tests.Generated;

/// <summary>A club member: a unique email, a name queried by a scan, a nickname that may be null.</summary>
public sealed class Member
{
    public int Id { get; set; }

    [Unique]
    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Nickname { get; set; }
}

/// <summary>Derived queries whose text equality and ordering the generator writes on the fake's StoreSemantics.</summary>
[InMemoryFake]
public interface IMembers
{
    Member Add(Member member);

    Member? FindByEmail(string email);

    IReadOnlyList<Member> FindByName(string name);

    IReadOnlyList<Member> FindAllByOrderByNickname();

    IReadOnlyList<Member> FindAllByOrderByNicknameDesc();

    IReadOnlyList<Member> FindAllByOrderByName();
}

/// <summary>A label store whose fake has members written by hand: one a convention names, one it does not.</summary>
[InMemoryFake]
public interface ILabels
{
    void Add(Label label);

    Label? Find(string code);

    IReadOnlyList<Label> FindByColorOrderByText(string color);

    string Summary();
}

/// <summary>A label whose key the caller chooses.</summary>
public sealed class Label
{
    [System.ComponentModel.DataAnnotations.Key]
    public string Code { get; set; } = "";

    public string Color { get; set; } = "";

    public string Text { get; set; } = "";
}

public sealed partial class InMemoryLabels
{
    // Written by hand; its name says what it means, so the descriptor classifies it and the contract checks this body.
    public IReadOnlyList<Label> FindByColorOrderByText(string color)
        => Store.Call(nameof(FindByColorOrderByText), color).Where(l => l.Color == color).OrderBy(l => l.Text, System.StringComparer.Ordinal).ToList();

    // No convention: the descriptor lists it as unclassified.
    public string Summary() => Store.Count + " labels";
}

/// <summary>A real label store; <paramref name="descending"/> orders the query the wrong way round.</summary>
public sealed class ListLabels(bool descending = false) : ILabels
{
    private readonly List<Label> _labels = new();

    public void Add(Label label)
    {
        if (_labels.Any(l => l.Code == label.Code))
        {
            throw new DuplicateKeyException("Label", label.Code);
        }

        _labels.Add(Copy(label));
    }

    public Label? Find(string code) => _labels.Find(l => l.Code == code) is { } found ? Copy(found) : null;

    public IReadOnlyList<Label> FindByColorOrderByText(string color)
    {
        var matches = _labels.Where(l => l.Color == color);
        return (descending ? matches.OrderByDescending(l => l.Text, System.StringComparer.Ordinal) : matches.OrderBy(l => l.Text, System.StringComparer.Ordinal)).Select(Copy).ToList();
    }

    public string Summary() => _labels.Count + " labels";

    private static Label Copy(Label label) => new() { Code = label.Code, Color = label.Color, Text = label.Text };
}
