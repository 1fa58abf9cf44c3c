namespace Kinora.Core;

/// <summary>A place in an input file: 1-based line and column. Every parsed thing and every diagnostic carries one.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
