using System.Collections.Immutable;

namespace Kinora.Script;

/// <summary>
/// A character cue and what follows it up to the next blank line.
/// <see cref="Name"/> is the cue without extensions ("ADA" for "ADA (V.O.) (CONT'D)"); <see cref="Extensions"/> are the
/// bracketed parts without brackets. <see cref="Dual"/>: the cue ended in <c>^</c>, so it is spoken at the same time
/// as the block before it. <see cref="Parts"/> holds <see cref="ParentheticalNode"/>, <see cref="DialogueNode"/> and
/// <see cref="LyricsNode"/> in order.
/// </summary>
public sealed record DialogueBlockNode(
    SourceSpan Span,
    string Name,
    ImmutableArray<string> Extensions,
    bool Forced,
    bool Dual,
    ImmutableArray<FountainNode> Parts) : FountainNode(Span);
