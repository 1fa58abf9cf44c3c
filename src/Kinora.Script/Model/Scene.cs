using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>One scene: its heading split into parts, and its elements in order.</summary>
public sealed record Scene(
    string Heading,
    string IntExt,          // "INT", "EXT", "INT/EXT", "EST" or "" for a forced heading
    string Location,        // "LIGHTHOUSE - LAMP ROOM"
    string TimeOfDay,       // "NIGHT", "DAY", "DAWN", "CONTINUOUS", … or ""
    string? Number,         // "1A" from #1A#
    SourceLocation Where,
    ImmutableArray<ScriptElement> Elements)
{
    /// <summary>The enclosing sections, outermost first ("ACT ONE", then a sequence), as the last <c>#</c> lines before the scene left them.</summary>
    public ImmutableArray<string> Sections { get; init; } = [];

    /// <summary>Synopsis lines (<c>=</c>) written just before the heading or inside the scene.</summary>
    public ImmutableArray<string> Synopses { get; init; } = [];
}
