using System.Collections.Immutable;

namespace Kinora.Audio;

/// <summary>
/// Lowers the ambience while someone speaks. Keyed by the known line times rather than by the voice's level,
/// so the bed does not pump between words: it starts to dip just before a line (attack ≈ 80 ms) and comes
/// back slowly after it (release ≈ 450 ms).
/// </summary>
internal sealed class Ducker
{
    const double LeadSeconds = 0.12, HoldSeconds = 0.15, AttackSeconds = 0.08, ReleaseSeconds = 0.45;

    readonly ImmutableArray<(long Start, long End)> spans;
    readonly double duckedGain, attack, release;
    double gain = 1;
    long position;
    int cursor;

    /// <param name="lines">When voices sound, in frames.</param>
    /// <param name="depthDb">How far the ambience drops under dialogue, in dB.</param>
    public Ducker(IEnumerable<(long Start, long End)> lines, double depthDb)
    {
        const int sr = AudioFormat.SampleRate;
        long lead = (long)(LeadSeconds * sr), hold = (long)(HoldSeconds * sr);
        // Merge overlapping spans so the cursor below only ever moves forward.
        var merged = new List<(long Start, long End)>();
        foreach (var (s, e) in lines.Select(l => (l.Start - lead, l.End + hold)).OrderBy(l => l.Item1))
        {
            if (merged.Count > 0 && s <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            else merged.Add((s, e));
        }
        spans = [.. merged];
        duckedGain = AudioFormat.Gain(-Math.Abs(depthDb));
        attack = 1 - Math.Exp(-1 / (AttackSeconds * sr));
        release = 1 - Math.Exp(-1 / (ReleaseSeconds * sr));
    }

    /// <summary>Applies the ducking gain to the next left.Length frames of ambience, in place. Calls must be consecutive.</summary>
    public void Apply(Span<float> left, Span<float> right)
    {
        for (int i = 0; i < left.Length; i++, position++)
        {
            while (cursor < spans.Length && spans[cursor].End <= position) cursor++;
            bool speaking = cursor < spans.Length && spans[cursor].Start <= position;
            double target = speaking ? duckedGain : 1;
            gain += (target - gain) * (target < gain ? attack : release);
            left[i] *= (float)gain;
            right[i] *= (float)gain;
        }
    }
}
