using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// One run of speech. A block with parentheticals between its lines gives one element per run, each with the
/// parenthetical just before it. <see cref="Dual"/> is set on both blocks of a dual-dialogue pair.
/// <see cref="Extension"/> is the most telling extension of the cue: V.O. or O.S./O.C. before others, CONT'D last.
/// </summary>
public sealed record DialogueElement(
    SourceLocation Where,
    string Character,          // folded: "ADA"
    string? Extension,         // "V.O.", "O.S.", "CONT'D"
    string? Parenthetical,     // "(to herself)" without the brackets
    string Text,
    bool Dual = false) : ScriptElement(Where)
{
    /// <summary>The extensions that mean the speaker is heard, not seen (voice-over, off screen), most telling first.</summary>
    public static readonly string[] UnseenExtensions = ["V.O.", "O.S.", "O.C.", "OS", "VO", "OC"];

    /// <summary>A voice-over or off-screen line: heard over the scene, from someone not on the set for it.</summary>
    public bool Unseen => Extension is { } e && UnseenExtensions.Contains(e, StringComparer.OrdinalIgnoreCase);
}
