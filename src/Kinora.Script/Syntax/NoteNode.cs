namespace Kinora.Script;

/// <summary>A note that stands alone as a paragraph, <c>[[ ]]</c>, possibly over several lines. Notes inside other text stay in that text.</summary>
public sealed record NoteNode(SourceSpan Span, string Text) : FountainNode(Span);
