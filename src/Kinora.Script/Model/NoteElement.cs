using Kinora.Core;

namespace Kinora.Script;

/// <summary>A writer's note standing alone in a scene: never filmed, but a later stage may read it as a hint.</summary>
public sealed record NoteElement(SourceLocation Where, string Text) : ScriptElement(Where);
