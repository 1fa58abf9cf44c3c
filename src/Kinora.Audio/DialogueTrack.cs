using System.Collections.Immutable;
using System.Text;
using Kinora.Core;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Audio;

/// <summary>
/// Every dialogue beat spoken in its character's fixed voice and fitted to its beat: the voice comes in
/// <see cref="LeadIn"/> after the beat starts and stops before the beat ends and before the next speaker.
/// A line too long for its beat is spoken again faster (up to +60 %), then time-compressed (up to 1.5×),
/// and only then cut with a fade.
/// </summary>
public sealed class DialogueTrack
{
    /// <summary>Silence between the start of a beat and the first sound of its line, in seconds.</summary>
    public const double LeadIn = 0.15;
    /// <summary>Least gap kept before the end of the beat and before the next speaker, in seconds.</summary>
    const double Gap = 0.04;
    const double MaxSpeedUp = 1.6;
    const double MaxCompression = 1.5;
    /// <summary>A window shorter than this (seconds) cannot carry a line; the line is left unspoken.</summary>
    const double ShortestWindow = 0.12;
    /// <summary>Level of espeak's output in the mix before normalisation, in dB: leaves headroom for shouts.</summary>
    const double DialogueGainDb = -3;
    const int EdgeFadeFrames = 144; // 3 ms: no clicks where a clip starts or stops

    internal ImmutableArray<DialogueClip> Clips { get; }

    /// <summary>The speakers' mouths, keyed from the phonemes of each clip as it is heard.</summary>
    public MouthTrack Mouths { get; }

    DialogueTrack(ImmutableArray<DialogueClip> clips, MouthTrack mouths)
    {
        Clips = clips;
        Mouths = mouths;
    }

    /// <summary>The lines as they sit in the mix: who speaks what, from when to when.</summary>
    public ImmutableArray<SpokenLine> Lines => Clips.Select(c => c.Line).ToImmutableArray();

    sealed record Plan(Beat Beat, string Character, string Text, Delivery Delivery, Voice Voice, double Start, double Window)
    {
        public int BaseRate => Math.Clamp((int)Math.Round(Voice.Rate * Delivery.RateFactor), 80, 450);

        public SpeechRequest Request(int rate) =>
            new(Voice.Name, Math.Clamp(Voice.Pitch + Delivery.PitchShift, 0, 99), rate, Delivery.Amplitude, Text);
    }

    internal static DialogueTrack Build(Kinora.Production.Production production, SpeechSynthesizer speech, CancellationToken ct)
    {
        var plans = PlanLines(production);
        const int sr = AudioFormat.SampleRate;

        var rates = plans.Select(p => p.BaseRate).ToArray();
        speech.Prepare(plans.Select((p, i) => p.Request(rates[i])), ct);

        // Up to two retries at a faster rate, all lines of a round spoken in parallel.
        for (int round = 0; round < 2; round++)
        {
            var retry = new List<int>();
            for (int i = 0; i < plans.Count; i++)
            {
                double spoken = speech.Get(plans[i].Request(rates[i])).Length / (double)sr;
                int fastest = (int)Math.Floor(plans[i].BaseRate * MaxSpeedUp);
                if (spoken <= plans[i].Window || rates[i] >= fastest) continue;
                // espeak's length is not quite inverse to its rate: aim 8 % faster than the ratio says.
                double factor = spoken / plans[i].Window * 1.08;
                rates[i] = Math.Min(fastest, Math.Max(rates[i] + 5, (int)Math.Ceiling(rates[i] * factor)));
                rates[i] = Math.Min(rates[i], 450);
                retry.Add(i);
            }
            if (retry.Count == 0) break;
            speech.Prepare(retry.Select(i => plans[i].Request(rates[i])), ct);
        }

        var clips = ImmutableArray.CreateBuilder<DialogueClip>(plans.Count);
        var mouths = new List<MouthCue>();
        for (int i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var voice = speech.Get(plan.Request(rates[i]));
            if (voice.Length == 0) continue;
            int room = (int)Math.Floor(plan.Window * sr);
            float[] fitted = voice;
            double stretch = 1;
            if (fitted.Length > room)
            {
                int compressed = (int)Math.Ceiling(fitted.Length / MaxCompression);
                fitted = TimeCompressor.Compress(fitted, Math.Max(room, compressed));
                stretch = fitted.Length / (double)voice.Length;
                if (fitted.Length > room) fitted = TimeCompressor.Trim(fitted, room);
            }
            var samples = Shape(fitted, AudioFormat.Gain(DialogueGainDb + plan.Delivery.GainDb));
            long startFrame = (long)Math.Round(plan.Start * sr);
            var line = new SpokenLine(plan.Character, plan.Text, startFrame / (double)sr, (startFrame + samples.Length) / (double)sr);
            clips.Add(new DialogueClip(line, startFrame, samples));
            // The library's line may run a few milliseconds long or short of the command's: fit it to what is heard.
            var (phonemes, spoken) = PhonemeTimer.Time(plan.Request(rates[i]));
            double fit = spoken > 0 ? voice.Length / (double)sr / spoken : 1;
            mouths.AddRange(LipSync.Keys(plan.Character, phonemes, line.Start, stretch * fit, line.End));
        }
        // Stable order by start frame: mixing walks the clips in this order and stops at the first one still ahead.
        return new DialogueTrack(clips.OrderBy(c => c.StartFrame).ToImmutableArray(), new MouthTrack(mouths));
    }

    static List<Plan> PlanLines(Kinora.Production.Production production)
    {
        // Film order; ties keep scene and beat order (OrderBy is stable).
        var beats = production.Scenes
            .SelectMany(s => s.Beats)
            .Where(b => b.Kind == BeatKind.Dialogue && !string.IsNullOrWhiteSpace(b.Subject))
            .OrderBy(b => b.Start)
            .ToList();
        var plans = new List<Plan>(beats.Count);
        for (int i = 0; i < beats.Count; i++)
        {
            var beat = beats[i];
            string text = Clean(beat.Text);
            if (text.Length == 0) continue;
            double start = beat.Start + Lead(beat);
            double end = Math.Min(beat.End, production.Duration) - Gap;
            // The next speaker's first sound bounds this line. Dual dialogue (same start) is meant to overlap.
            for (int j = i + 1; j < beats.Count; j++)
            {
                if (beats[j].Start <= beat.Start) continue;
                end = Math.Min(end, beats[j].Start + Lead(beats[j]) - Gap);
                break;
            }
            double window = end - start;
            if (window < ShortestWindow) continue;
            string character = beat.Subject!.Trim();
            var voice = production.Bible.Member(character)?.Voice ?? StandInVoice(production.Bible.Seed, character);
            plans.Add(new Plan(beat, character, text, Delivery.From(beat.Parenthetical), voice, start, window));
        }
        return plans;
    }

    static double Lead(Beat beat) => Math.Min(LeadIn, Math.Max(0, beat.Duration) * 0.2);

    /// <summary>
    /// A character missing from the bible still speaks, in a voice fixed by (seed, name). The Production stage
    /// normally writes every speaker into the bible, so this is a guard, not the way voices are chosen.
    /// </summary>
    static Voice StandInVoice(long seed, string character)
    {
        var rng = Pcg32.For(seed, "voice/" + character.ToUpperInvariant());
        string[] variants = ["m1", "m2", "m3", "m4", "m7", "f1", "f2", "f3", "f4"];
        return new Voice("en-us+" + rng.Pick(variants), 30 + rng.Next(40), 150 + rng.Next(30));
    }

    /// <summary>The words to speak: Fountain emphasis marks and control characters removed, whitespace collapsed.</summary>
    static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c is '*' or '_' or '\\') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        // Bounded: a runaway paragraph should not hold up the whole render.
        return sb.Length > 2000 ? sb.ToString(0, 2000) : sb.ToString();
    }

    static float[] Shape(float[] voice, double gain)
    {
        var samples = new float[voice.Length];
        int fade = Math.Min(EdgeFadeFrames, voice.Length / 2);
        for (int i = 0; i < voice.Length; i++)
        {
            double g = gain;
            if (i < fade) g *= (i + 0.5) / fade;
            else if (i >= voice.Length - fade) g *= (voice.Length - i - 0.5) / fade;
            samples[i] = (float)(voice[i] * g);
        }
        return samples;
    }

    /// <summary>Adds the dialogue for frames [startFrame, startFrame + left.Length), centred (equal in both channels).</summary>
    public void AddTo(long startFrame, Span<float> left, Span<float> right)
    {
        long endFrame = startFrame + left.Length;
        foreach (var clip in Clips)
        {
            if (clip.StartFrame >= endFrame) break;
            if (clip.EndFrame <= startFrame) continue;
            long a = Math.Max(startFrame, clip.StartFrame), b = Math.Min(endFrame, clip.EndFrame);
            for (long f = a; f < b; f++)
            {
                float s = clip.Samples[f - clip.StartFrame];
                left[(int)(f - startFrame)] += s;
                right[(int)(f - startFrame)] += s;
            }
        }
    }
}
