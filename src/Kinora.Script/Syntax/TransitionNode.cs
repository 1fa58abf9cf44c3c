namespace Kinora.Script;

/// <summary>"CUT TO:" and friends; <see cref="Forced"/>: written with a leading <c>&gt;</c>.</summary>
public sealed record TransitionNode(SourceSpan Span, string Text, bool Forced) : FountainNode(Span);
