namespace Kinora.Script;

/// <summary>
/// A scene heading: <see cref="Text"/> without the forcing period and without the <c>#1A#</c> scene number.
/// </summary>
public sealed record SceneHeadingNode(SourceSpan Span, string Text, string? Number, bool Forced) : FountainNode(Span);
