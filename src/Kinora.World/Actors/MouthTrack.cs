using System.Collections.Immutable;

namespace Kinora.World;

/// <summary>One mouth key: from Start (seconds of film time) the character's mouth moves toward Viseme.</summary>
public readonly record struct MouthCue(string Character, double Start, Viseme Viseme);

/// <summary>
/// Lip-sync for the whole film: viseme keys over film time per character, made by the soundtrack from the
/// voices' phoneme timings and handed to the world before rendering. A mouth eases from one viseme to the next
/// over <see cref="Transition"/>, starting <see cref="Anticipation"/> ahead of the key (lips lead the sound a
/// little); with no key, or after a Closed key, it is at rest.
/// </summary>
public sealed class MouthTrack
{
    /// <summary>How long a mouth takes to reach the next viseme, in seconds.</summary>
    public const double Transition = 0.06;

    /// <summary>How far ahead of its sound a mouth starts to move, in seconds.</summary>
    public const double Anticipation = 0.02;

    readonly Dictionary<string, (double[] Times, Viseme[] Visemes)> byCharacter = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The keys, by character (ordinal) then time.</summary>
    public ImmutableArray<MouthCue> Cues { get; }

    public static MouthTrack Silent { get; } = new([]);

    public MouthTrack(IEnumerable<MouthCue> cues)
    {
        Cues = [.. cues.OrderBy(c => c.Character.ToUpperInvariant(), StringComparer.Ordinal).ThenBy(c => c.Start)];
        foreach (var group in Cues.GroupBy(c => c.Character.ToUpperInvariant()))
            byCharacter[group.Key] = ([.. group.Select(c => c.Start)], [.. group.Select(c => c.Viseme)]);
    }

    /// <summary>The mouth of a character at film time t (seconds); at rest when they are not speaking.</summary>
    public MouthShape Sample(string character, double t)
    {
        if (!byCharacter.TryGetValue(character.ToUpperInvariant(), out var keys)) return MouthShape.Rest;
        double at = t + Anticipation;
        int i = Array.BinarySearch(keys.Times, at);
        if (i < 0) i = ~i - 1;
        if (i < 0) return MouthShape.Rest;
        var from = i > 0 ? MouthShape.Of(keys.Visemes[i - 1]) : MouthShape.Rest;
        var to = MouthShape.Of(keys.Visemes[i]);
        // The previous transition may not have finished when this key came: start from where it had got to.
        if (i > 0 && keys.Times[i] - keys.Times[i - 1] < Transition)
        {
            var before = i > 1 ? MouthShape.Of(keys.Visemes[i - 2]) : MouthShape.Rest;
            from = MouthShape.Lerp(before, from, Ease((keys.Times[i] - keys.Times[i - 1]) / Transition));
        }
        return MouthShape.Lerp(from, to, Ease((at - keys.Times[i]) / Transition));
    }

    static float Ease(double u)
    {
        float x = (float)Math.Clamp(u, 0, 1);
        return x * x * (3 - 2 * x);
    }
}
