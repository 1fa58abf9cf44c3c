namespace Kinora.Core;

/// <summary>One thing wrong with the user's input, where it is, and how to fix it.</summary>
public sealed record Diagnostic(SourceLocation Where, string Message)
{
    public override string ToString() => $"{Where}: error: {Message}";
}
