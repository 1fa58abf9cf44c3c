using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// A screenplay as the film needs it: the title page and the scenes in order, each with what is seen and said.
/// Built by <see cref="FountainParser"/>; the full syntax tree with every element's span lives in <see cref="Document"/>.
/// </summary>
public sealed record Screenplay(
    string File,
    ImmutableArray<KeyValuePair<string, string>> TitlePage,
    ImmutableArray<Scene> Scenes)
{
    public string Title => TitlePage.FirstOrDefault(p => p.Key.Equals("Title", StringComparison.OrdinalIgnoreCase)).Value ?? "Untitled";

    /// <summary>Every speaking or named character, extensions folded (ADA (V.O.) is ADA), in order of first appearance.</summary>
    public ImmutableArray<string> Cast { get; init; } = [];
}

/// <summary>One scene: its heading split into parts, and its elements in order.</summary>
public sealed record Scene(
    string Heading,
    string IntExt,          // "INT", "EXT", "INT/EXT", "EST" or "" for a forced heading
    string Location,        // "LIGHTHOUSE - LAMP ROOM"
    string TimeOfDay,       // "NIGHT", "DAY", "DAWN", "CONTINUOUS", … or ""
    string? Number,         // "1A" from #1A#
    SourceLocation Where,
    ImmutableArray<ScriptElement> Elements);

public abstract record ScriptElement(SourceLocation Where);

public sealed record ActionElement(SourceLocation Where, string Text, bool Centered = false) : ScriptElement(Where);

public sealed record DialogueElement(
    SourceLocation Where,
    string Character,          // folded: "ADA"
    string? Extension,         // "V.O.", "O.S.", "CONT'D"
    string? Parenthetical,     // "(to herself)" without the brackets
    string Text,
    bool Dual = false) : ScriptElement(Where);

public sealed record TransitionElement(SourceLocation Where, string Text) : ScriptElement(Where);

public sealed record LyricsElement(SourceLocation Where, string Text) : ScriptElement(Where);
