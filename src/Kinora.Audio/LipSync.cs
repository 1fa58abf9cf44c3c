using Kinora.World;

namespace Kinora.Audio;

/// <summary>
/// Mouth keys for a spoken line: each phoneme espeak-ng spoke becomes a viseme at its time, scaled to the clip as
/// it was fitted (sped up or time-compressed) and placed at the clip's start; the mouth closes when the line ends.
/// </summary>
internal static class LipSync
{
    /// <summary>
    /// Keys for a clip: phonemes timed on the voice as espeak-ng spoke it, heard from start (seconds of film time)
    /// stretched by stretch (below 1 when the line was time-compressed to fit) and cut at end.
    /// </summary>
    public static IEnumerable<MouthCue> Keys(string character, IReadOnlyList<TimedPhoneme> phonemes, double start, double stretch, double end)
    {
        if (phonemes.Count == 0) yield break;
        double scale = stretch;
        Viseme? previous = null;
        double lastTime = double.NegativeInfinity;
        foreach (var p in phonemes)
        {
            if (Of(p.Name) is not { } viseme) continue;
            double t = start + p.Start * scale;
            if (t >= end) break;
            if (viseme == previous) continue;
            // Keys closer than a few milliseconds would only flicker: the later one wins.
            if (t - lastTime < 0.005) t = lastTime + 0.005;
            yield return new MouthCue(character, t, viseme);
            previous = viseme;
            lastTime = t;
        }
        yield return new MouthCue(character, Math.Max(end - 0.02, lastTime + 0.005), Viseme.Closed);
    }

    /// <summary>The viseme of an espeak-ng phoneme mnemonic (English and most Latin-script voices), or null for stress and other marks.</summary>
    public static Viseme? Of(string phoneme)
    {
        string p = phoneme.TrimStart('\'', ',', '%', '=');
        if (p.Length == 0) return null;
        if (p[0] == '_') return Viseme.Closed;
        if (p.StartsWith("tS", StringComparison.Ordinal) || p.StartsWith("dZ", StringComparison.Ordinal)) return Viseme.Round;
        return p[0] switch
        {
            'p' or 'b' or 'm' => Viseme.Pressed,
            'f' or 'v' => Viseme.LabioDental,
            'w' or 'u' or 'U' or 'o' or 'O' or 'S' or 'Z' or 'r' or 'y' or 'Y' => Viseme.Round,
            'a' or 'A' or 'V' or '@' or '3' or '0' or 'h' or 'k' or 'g' or 'N' or 'x' or 'Q' or '&' => Viseme.Open,
            'i' or 'I' or 'e' or 'E' or 'j' or 's' or 'z' or 't' or 'd' or 'n' or 'l' or 'T' or 'D' or 'c' or 'L' => Viseme.Wide,
            _ => char.IsLetter(p[0]) ? Viseme.Open : null,
        };
    }
}
