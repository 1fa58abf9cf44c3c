using Kinora.Core;

namespace Kinora.Script;

/// <summary>Something seen, heard or noted inside a scene. Text is plain: emphasis markers, escapes and inline notes removed.</summary>
public abstract record ScriptElement(SourceLocation Where);
