namespace Kinora.Script;

/// <summary>A section heading: <see cref="Level"/> is the number of <c>#</c> (1 act, 2 sequence, 3 scene group, …).</summary>
public sealed record SectionNode(SourceSpan Span, int Level, string Text) : FountainNode(Span);
