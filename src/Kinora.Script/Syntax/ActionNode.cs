namespace Kinora.Script;

/// <summary>
/// An action paragraph. Lines keep their indentation; an empty line inside is one the writer wrote as two spaces.
/// <see cref="Forced"/>: it was written with a leading <c>!</c>.
/// </summary>
public sealed record ActionNode(SourceSpan Span, string Text, bool Forced) : FountainNode(Span);
