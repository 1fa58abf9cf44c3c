namespace Kinora.Script;

/// <summary>A parenthetical inside dialogue, without its brackets: "to herself".</summary>
public sealed record ParentheticalNode(SourceSpan Span, string Text) : FountainNode(Span);
