using Kinora.Core;

namespace Kinora.Script;

/// <summary>What is seen. <see cref="Centered"/>: written as <c>&gt;text&lt;</c> (titles, THE END).</summary>
public sealed record ActionElement(SourceLocation Where, string Text, bool Centered = false) : ScriptElement(Where);
