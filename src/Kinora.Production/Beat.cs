using Kinora.Core;

namespace Kinora.Production;

/// <summary>What a beat is: the set seen, something done, something said.</summary>
public enum BeatKind { Establish, Action, Dialogue }

/// <summary>
/// The smallest unit of story on the film clock: from Start to End (seconds of film time),
/// Subject does Verb (to Target), or Subject says Line to Target.
/// Verbs come from the action vocabulary: "stand", "walk", "run", "turn", "talk", "listen", "sit", "look", "pick up", "gesture".
/// </summary>
public sealed record Beat(
    int Index,
    double Start,
    double End,
    BeatKind Kind,
    string? Subject,
    string? Target,
    string Verb,
    string Text,
    string? Parenthetical,
    SourceLocation Where)
{
    public double Duration => End - Start;
}
