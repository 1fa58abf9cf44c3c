namespace Kinora.Script;

/// <summary>A forced page break, <c>===</c>.</summary>
public sealed record PageBreakNode(SourceSpan Span) : FountainNode(Span);
