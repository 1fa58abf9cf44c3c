using System.Collections.Immutable;

namespace Kinora.Script;

/// <summary><c>Key: value</c> on the title page; an indented multi-line value gives one entry per line.</summary>
public sealed record TitlePageField(SourceSpan Span, string Key, ImmutableArray<string> Lines) : FountainNode(Span)
{
    public string Value => string.Join("\n", Lines);
}
