using Kinora.Core;

namespace Kinora.Script;

/// <summary>Sung lines; <see cref="Character"/> is the singer when the lyrics sit inside a dialogue block.</summary>
public sealed record LyricsElement(SourceLocation Where, string Text) : ScriptElement(Where)
{
    public string? Character { get; init; }
}
