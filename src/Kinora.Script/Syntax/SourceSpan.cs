using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// Where a syntax node sits in its file: from <see cref="Start"/> (its first character, markup included)
/// to <see cref="EndLine"/>/<see cref="EndColumn"/>, the column just past its last character. Lines and columns are 1-based;
/// a tab counts as one column. Nodes made in code rather than parsed carry <c>default</c>.
/// </summary>
public readonly record struct SourceSpan(SourceLocation Start, int EndLine, int EndColumn)
{
    public override string ToString() => $"{Start}-{EndLine}:{EndColumn}";
}
