namespace Kinora.Script;

/// <summary>Spoken lines inside a dialogue block; an empty line inside is one written as two spaces.</summary>
public sealed record DialogueNode(SourceSpan Span, string Text) : FountainNode(Span);
