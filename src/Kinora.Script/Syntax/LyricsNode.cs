namespace Kinora.Script;

/// <summary>Consecutive <c>~</c> lines, without the tildes: sung, standalone or inside a dialogue block.</summary>
public sealed record LyricsNode(SourceSpan Span, string Text) : FountainNode(Span);
