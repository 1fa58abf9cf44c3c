namespace Kinora.Script;

/// <summary>A stretch of text with one emphasis: <c>*italic*</c>, <c>**bold**</c>, <c>_underline_</c> or any mix.</summary>
public sealed record StyledRun(string Text, bool Bold, bool Italic, bool Underline);
