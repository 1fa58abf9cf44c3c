namespace Kinora.Script;

/// <summary>Centred text, <c>&gt; THE END &lt;</c>, without the brackets.</summary>
public sealed record CenteredNode(SourceSpan Span, string Text) : FountainNode(Span);
