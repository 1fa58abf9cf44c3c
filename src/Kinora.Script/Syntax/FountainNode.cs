namespace Kinora.Script;

/// <summary>
/// One element of a Fountain document exactly as written: text keeps its emphasis markers, escapes and inline notes
/// (use <see cref="FountainInline"/> for the plain text), so <see cref="FountainWriter"/> can give it back unchanged.
/// </summary>
public abstract record FountainNode(SourceSpan Span);
