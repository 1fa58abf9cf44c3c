namespace Kinora.Script;

/// <summary>A synopsis line, <c>= text</c>: what a section or scene is about, never filmed.</summary>
public sealed record SynopsisNode(SourceSpan Span, string Text) : FountainNode(Span);
