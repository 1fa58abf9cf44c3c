using Kinora.Core;

namespace Kinora.Script;

public sealed record TransitionElement(SourceLocation Where, string Text) : ScriptElement(Where);
