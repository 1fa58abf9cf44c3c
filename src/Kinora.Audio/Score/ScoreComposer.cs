using System.Collections.Immutable;
using Kinora.Core;
using Kinora.Production;

namespace Kinora.Audio;

/// <summary>
/// Composes a film's score from its production, deterministically from the seed. The genre's palette
/// (<see cref="ScoreStyle"/>) gives the instruments, mode, tempo and patterns; the story gives the shape: one cue
/// per scene, its tempo fitted so that whole beats end on the cut, its tension from where the scene sits in the
/// arc (rising to a peak three quarters in, easing at the end) and from its weather, hour, running and shouting.
/// The key moves at the act boundaries (act two in a related key, home again for act three). A film-wide theme
/// (two bars of rhythm and contour) returns in every cue over that cue's chords; the melody rests while anyone
/// speaks, and each cue ends on its tonic.
/// </summary>
public static class ScoreComposer
{
    public const int TicksPerQuarter = 480;
    const int Q = TicksPerQuarter, Eighth = Q / 2;

    // Channels: melody, accompaniment, pad, bass, timpani, drums.
    const int Melody = 0, Comp = 1, Pad = 2, Bass = 3, Timpani = 4, Drums = 9;

    static readonly int[] Ionian = [0, 2, 4, 5, 7, 9, 11], Aeolian = [0, 2, 3, 5, 7, 8, 10], Dorian = [0, 2, 3, 5, 7, 9, 10], Lydian = [0, 2, 4, 6, 7, 9, 11];

    /// <summary>Rhythm cells: one bar of 4/4 in eighths.</summary>
    static readonly int[][] Cells = [[2, 2, 4], [1, 1, 2, 4], [3, 1, 2, 2], [2, 1, 1, 2, 2], [4, 2, 2], [2, 2, 2, 2], [1, 1, 1, 1, 4], [6, 2], [2, 4, 2]];

    sealed record Theme(int[] CellA, int[] CellB, int[] Contour);

    public static Score Compose(Kinora.Production.Production production)
    {
        ArgumentNullException.ThrowIfNull(production);
        var style = ScoreStyle.For(production);
        long seed = production.Bible.Seed;
        var keyDice = Pcg32.For(seed, "score/key");
        int home = keyDice.Pick<int>([0, 2, 3, 5, 7, 9, 10]);
        int actTwoShift = keyDice.Pick<int>([5, 7, 2, -3]);
        var theme = MakeTheme(Pcg32.For(seed, "score/theme"));
        var speech = production.Scenes.SelectMany(s => s.Beats).Where(b => b.Kind == BeatKind.Dialogue)
            .Select(b => (Start: b.Start - 0.25, End: b.End + 0.15)).OrderBy(s => s.Start).ToArray();

        var notes = new List<ScoreNote>();
        var controls = new List<ScoreControl>();
        var cues = ImmutableArray.CreateBuilder<ScoreCue>();
        Setup(style, controls);

        long tick = 0;
        double duration = production.Duration;
        int[] lastVoicing = [];
        foreach (var scene in production.Scenes)
        {
            if (scene.Duration <= 1e-6) continue;
            double tension = Tension(production, scene);
            // Acts by where the scene starts: the first quarter of the film, the middle half, the last quarter.
            double begins = scene.Start / Math.Max(duration, 1e-9);
            int act = begins < 0.25 - 1e-9 ? 0 : begins < 0.75 - 1e-9 ? 1 : 2;
            bool night = scene.Clock.Hour < 5 || scene.Clock.Hour >= 20.5;
            string weather = scene.Weather.ToLowerInvariant();
            bool minor = style.FollowsMood
                ? tension >= 0.55 || night || weather is "rain" or "storm" or "fog"
                : style.Minor || tension >= 0.8;
            int tonic = ((home + (act == 1 ? actTwoShift : 0)) % 12 + 12) % 12;

            double bpm = style.Tempo * (0.9 + 0.25 * tension);
            int beats = FitBeats(scene.Duration, bpm);
            int usPerQuarter = (int)Math.Round(scene.Duration * 1e6 / beats);
            var cue = new ScoreCue(scene.Index, scene.Heading, tick, beats, usPerQuarter, scene.Start, scene.End, tonic, minor, tension, act);
            cues.Add(cue);
            var dice = Pcg32.For(seed, $"score/scene{scene.Index}");
            lastVoicing = ComposeCue(style, theme, cue, speech, dice, notes, controls, lastVoicing);
            tick = cue.EndTick(Q);
        }

        var parts = ImmutableArray.Create((Melody, "melody"), (Comp, "accompaniment"), (Pad, "pad"), (Bass, "bass"), (Timpani, "timpani"), (Drums, "drums"));
        return new Score(style.Genre, Q,
            cues.ToImmutable(),
            [.. notes.OrderBy(n => n.Start).ThenBy(n => n.Channel).ThenBy(n => n.Key)],
            [.. controls.OrderBy(c => c.Tick).ThenBy(c => c.Channel)],
            parts);
    }

    /// <summary>
    /// How tense a scene is, 0..1: the arc (0.2 at the start rising to 0.85 three quarters in, easing to 0.3 at the
    /// end), raised by storm, rain and night, by running and shouting, lowered by morning and whispers.
    /// </summary>
    public static double Tension(Kinora.Production.Production production, ScenePlan scene)
    {
        double x = (scene.Start + scene.End) / 2 / Math.Max(production.Duration, 1e-9);
        double t = x < 0.75 ? 0.2 + 0.65 * Math.Pow(x / 0.75, 1.5) : 0.85 - 0.55 * (x - 0.75) / 0.25;
        string weather = scene.Weather.ToLowerInvariant();
        t += weather switch { "storm" => 0.2, "rain" => 0.1, "fog" => 0.05, _ => 0 };
        double hour = scene.Clock.Hour;
        if (hour < 5 || hour >= 20.5) t += 0.1;
        else if (hour >= 5 && hour < 10) t -= 0.05;
        if (scene.Beats.Any(b => b.Verb == "run")) t += 0.15;
        if (scene.Beats.Any(b => b.Parenthetical is { } p && (p.Contains("shout", StringComparison.OrdinalIgnoreCase)
            || p.Contains("yell", StringComparison.OrdinalIgnoreCase) || p.Contains("scream", StringComparison.OrdinalIgnoreCase)))) t += 0.1;
        if (scene.Beats.Any(b => b.Parenthetical is { } p && p.Contains("whisper", StringComparison.OrdinalIgnoreCase))) t -= 0.05;
        return Math.Clamp(t, 0.05, 1);
    }

    /// <summary>Whole beats for a scene near the wanted tempo, whole bars when that costs no more than ±12 % of tempo.</summary>
    static int FitBeats(double seconds, double bpm)
    {
        double exact = seconds * bpm / 60;
        int bars = (int)Math.Round(exact / 4);
        if (bars >= 1 && Math.Abs(bars * 4 / exact - 1) <= 0.12) return bars * 4;
        return Math.Max(1, (int)Math.Round(exact));
    }

    static Theme MakeTheme(Pcg32 dice)
    {
        var a = dice.Pick(Cells);
        var b = dice.Pick(Cells);
        var contour = new int[a.Length + b.Length];
        int at = 0;
        for (int i = 0; i < contour.Length; i++)
        {
            // A walk by steps with the odd leap, kept within an octave of where it began.
            int step = dice.Pick<int>([-1, -1, 1, 1, 1, 2, -2, 3, -3, 0]);
            at = Math.Clamp(at + step, -4, 6);
            contour[i] = at;
        }
        return new Theme(a, b, contour);
    }

    static void Setup(ScoreStyle style, List<ScoreControl> controls)
    {
        // Balance (CC7), pan (CC10), reverb (CC91) and chorus (CC93) once; programs and expression per cue.
        (int Channel, int Volume, int Pan)[] mix = [(Melody, 100, 54), (Comp, 84, 76), (Pad, 78, 64), (Bass, 100, 64), (Timpani, 90, 60), (Drums, 80, 64)];
        foreach (var (ch, vol, pan) in mix)
        {
            controls.Add(new ScoreControl(0, ch, 7, vol));
            controls.Add(new ScoreControl(0, ch, 10, pan));
            controls.Add(new ScoreControl(0, ch, 91, ch == Bass ? style.Reverb / 2 : style.Reverb));
            controls.Add(new ScoreControl(0, ch, 93, ch == Pad ? 30 : 0));
        }
    }

    static int[] ComposeCue(ScoreStyle style, Theme theme, ScoreCue cue, (double Start, double End)[] speech, Pcg32 dice,
        List<ScoreNote> notes, List<ScoreControl> controls, int[] lastVoicing)
    {
        long t0 = cue.StartTick, end = cue.EndTick(Q);
        double tension = cue.Tension;
        controls.Add(new ScoreControl(t0, Melody, ScoreControl.Program, tension >= 0.6 ? style.MelodyTense : style.Melody));
        controls.Add(new ScoreControl(t0, Comp, ScoreControl.Program, style.Comp));
        controls.Add(new ScoreControl(t0, Pad, ScoreControl.Program, tension >= 0.8 && style.Kit == Kit.Orchestral ? 61 : style.Pad));
        controls.Add(new ScoreControl(t0, Bass, ScoreControl.Program, style.Bass));
        controls.Add(new ScoreControl(t0, Timpani, ScoreControl.Program, 47));
        controls.Add(new ScoreControl(t0, Drums, ScoreControl.Program, style.DrumKit));
        foreach (int ch in new[] { Melody, Comp, Pad, Bass, Timpani, Drums })
            controls.Add(new ScoreControl(t0, ch, 11, (int)Math.Round(72 + 50 * tension)));

        int[] mode = cue.Minor ? (style.Genre == "noir" ? Dorian : Aeolian) : (style.Genre == "pastel" ? Lydian : Ionian);
        var progressions = cue.Minor ? style.MinorProgressions : style.Major;
        var progression = dice.Pick(progressions);
        int bars = (cue.Beats + 3) / 4;
        int sequenceShift = dice.Pick<int>([1, -1, 2]);
        int velocity = (int)Math.Round(56 + 44 * tension);
        int previousMelody = (style.MelodyLow + style.MelodyHigh) / 2;
        bool drums = tension >= style.DrumsFrom;
        var voicing = lastVoicing;

        bool Speaking(long from, long to)
        {
            double a = Seconds(cue, from), b = Seconds(cue, to);
            foreach (var s in speech)
            {
                if (s.Start >= b) break;
                if (s.End > a) return true;
            }
            return false;
        }

        // The progression over and over, then the dominant and the tonic to close the cue.
        int DegreeAt(int bar) => bar == bars - 1 ? 0 : bar == bars - 2 && bars >= 3 ? 4 : progression[bar % progression.Length];

        for (int bar = 0; bar < bars; bar++)
        {
            long barStart = t0 + (long)bar * 4 * Q;
            int barBeats = Math.Min(4, cue.Beats - bar * 4);
            long barEnd = barStart + (long)barBeats * Q;
            bool last = bar == bars - 1;
            int degree = DegreeAt(bar);
            var chord = Chord(cue.Tonic, mode, degree, style.Sevenths);
            // In a minor key the dominant before the final tonic is made major (harmonic minor): the cadence lands.
            if (cue.Minor && degree == 4 && style.Genre != "noir" && bar == bars - 2) chord[1] = (chord[1] + 1) % 12;
            int root = chord[0];

            // Pad: the chord held through the bar, each voice moving as little as it can.
            voicing = Voice(chord, voicing, 52, 72);
            foreach (int key in voicing) notes.Add(new ScoreNote(Pad, key, Math.Clamp(velocity - 14, 20, 110), barStart, barEnd - 8));

            AddBass(style, tension, chord, barStart, barBeats, notes, velocity, bar + 1 < bars ? Chord(cue.Tonic, mode, DegreeAt(bar + 1), false)[0] : root);
            if (tension >= 0.25 || style.Accompaniment != Accompaniment.Arpeggio)
                AddComp(style, tension, chord, voicing, barStart, barBeats, notes, velocity);
            if (drums) AddDrums(style, tension, barStart, barBeats, bar, notes, velocity);
            if (style.Kit == Kit.Orchestral && tension >= 0.75)
            {
                int timp = 41 + (root + 12 - 5) % 12; // F2..E3
                notes.Add(new ScoreNote(Timpani, timp, velocity, barStart, barStart + Q));
                if (barBeats >= 3) notes.Add(new ScoreNote(Timpani, timp, velocity - 15, barStart + 2 * Q, barStart + 3 * Q));
            }

            // Melody: the theme's bars over these chords; the fourth bar of each phrase and the cue's last bar cadence.
            int phrase = bar % 4;
            if (last || phrase == 3)
            {
                long len = Math.Min(barEnd - barStart, (long)(last ? barBeats : 2) * Q);
                if (!Speaking(barStart, barStart + len))
                {
                    int key = Nearest(cue.Tonic, mode, last ? 0 : degree, previousMelody, style.MelodyLow, style.MelodyHigh, chord);
                    notes.Add(new ScoreNote(Melody, key, velocity, barStart, barStart + len - 10));
                    previousMelody = key;
                }
                continue;
            }
            var cell = phrase == 1 ? theme.CellB : theme.CellA;
            if (tension < 0.35) cell = Merge(cell);
            int offset = phrase == 1 ? theme.CellA.Length : 0;
            int shift = phrase == 2 ? sequenceShift : 0;
            long at = barStart;
            for (int i = 0; i < cell.Length; i++)
            {
                long len = cell[i] * Eighth;
                if (at >= barEnd) break;
                long noteEnd = Math.Min(at + len, barEnd);
                long start = at;
                if (style.Swing && (at - barStart) % Q == Eighth) start += Eighth / 3;
                int contour = theme.Contour[Math.Min(offset + i, theme.Contour.Length - 1)] + shift;
                bool strong = (at - barStart) % (2 * Q) == 0;
                int key = strong
                    ? Nearest(cue.Tonic, mode, degree + contour, previousMelody, style.MelodyLow, style.MelodyHigh, chord)
                    : Nearest(cue.Tonic, mode, degree + contour, previousMelody, style.MelodyLow, style.MelodyHigh, null);
                if (!Speaking(start, noteEnd))
                {
                    int v = velocity + (strong ? 8 : 0) + dice.Next(-5, 6);
                    notes.Add(new ScoreNote(Melody, key, Math.Clamp(v, 20, 120), start, noteEnd - 12));
                    previousMelody = key;
                }
                at += len;
            }
        }
        return voicing;
    }

    static double Seconds(ScoreCue cue, long tick) => cue.Start + (tick - cue.StartTick) / (double)Q * cue.MicrosecondsPerQuarter / 1e6;

    /// <summary>Pairs of notes joined: the same theme, slower, for quiet scenes.</summary>
    static int[] Merge(int[] cell)
    {
        var merged = new List<int>();
        for (int i = 0; i < cell.Length; i += 2) merged.Add(cell[i] + (i + 1 < cell.Length ? cell[i + 1] : 0));
        return [.. merged];
    }

    /// <summary>Pitch classes of the chord on a scale degree: root, third, fifth (and seventh).</summary>
    static int[] Chord(int tonic, int[] mode, int degree, bool seventh)
    {
        int n = seventh ? 4 : 3;
        var pcs = new int[n];
        for (int i = 0; i < n; i++) pcs[i] = (tonic + ScaleStep(mode, degree + 2 * i)) % 12;
        return pcs;
    }

    static int ScaleStep(int[] mode, int degree)
    {
        int octave = (int)Math.Floor(degree / 7.0);
        int d = degree - 7 * octave;
        return mode[d] + 12 * octave + 120; // kept positive; callers take it mod 12 or subtract the 120
    }

    /// <summary>The chord's notes within [low, high], the inversion nearest the last voicing.</summary>
    static int[] Voice(int[] chord, int[] last, int low, int high)
    {
        int[]? best = null;
        double bestCost = double.MaxValue;
        for (int inversion = 0; inversion < chord.Length; inversion++)
        {
            for (int baseOctave = low / 12; baseOctave <= high / 12; baseOctave++)
            {
                var keys = new int[chord.Length];
                int previous = -1;
                bool fits = true;
                for (int i = 0; i < chord.Length; i++)
                {
                    int pc = chord[(inversion + i) % chord.Length];
                    int key = baseOctave * 12 + pc;
                    while (key <= previous) key += 12;
                    keys[i] = key;
                    previous = key;
                    if (key < low || key > high) fits = false;
                }
                if (!fits) continue;
                double cost = last.Length == 0
                    ? Math.Abs(keys.Average() - (low + high) / 2.0)
                    : keys.Sum(k => last.Min(l => Math.Abs(l - k)));
                if (cost < bestCost) { bestCost = cost; best = keys; }
            }
        }
        return best ?? [.. chord.Select(pc => low + ((pc - low) % 12 + 12) % 12)];
    }

    /// <summary>
    /// The key for a scale degree (or, given a chord, the chord tone nearest it) in the register, in the octave
    /// nearest the previous note.
    /// </summary>
    static int Nearest(int tonic, int[] mode, int degree, int previous, int low, int high, int[]? chord)
    {
        int pc = (tonic + ScaleStep(mode, degree)) % 12;
        if (chord is not null)
        {
            int best = chord[0], distance = 99;
            foreach (int c in chord)
            {
                int d = Math.Min((c - pc + 12) % 12, (pc - c + 12) % 12);
                if (d < distance) { distance = d; best = c; }
            }
            pc = best;
        }
        int key = previous - ((previous - pc) % 12 + 12) % 12; // at or below previous
        if (previous - key > 6) key += 12;
        while (key < low) key += 12;
        while (key > high) key -= 12;
        return key;
    }

    static void AddBass(ScoreStyle style, double tension, int[] chord, long barStart, int beats, List<ScoreNote> notes, int velocity, int nextRoot)
    {
        int Key(int pc) => 36 + pc % 12; // C2..B2
        int root = Key(chord[0]), fifth = Key(chord[2]);
        if (fifth < root) fifth += 12;
        int v = Math.Clamp(velocity + 4, 30, 120);
        long Beat(int b) => barStart + (long)b * Q;
        var line = style.BassLine;
        if (tension >= 0.8 && line != BassLine.Walking)
        {
            // Driving eighths at the peak.
            for (int e = 0; e < beats * 2; e++) notes.Add(new ScoreNote(Bass, root, v - (e % 2 == 0 ? 0 : 12), barStart + e * Eighth, barStart + e * Eighth + Eighth - 20));
            return;
        }
        switch (line)
        {
            case BassLine.Sustain:
                notes.Add(new ScoreNote(Bass, root, v, barStart, Beat(beats) - 10));
                break;
            case BassLine.RootFifth:
                notes.Add(new ScoreNote(Bass, root, v, barStart, Beat(Math.Min(2, beats)) - 10));
                if (beats >= 3) notes.Add(new ScoreNote(Bass, fifth, v - 8, Beat(2), Beat(beats) - 10));
                break;
            case BassLine.Oompah:
                for (int b = 0; b < beats; b++)
                    if (b % 2 == 0) notes.Add(new ScoreNote(Bass, b == 2 ? fifth : root, v, Beat(b), Beat(b) + Q / 2));
                break;
            default:
            {
                // Walking: root, a chord tone, another, then a half step into the next bar's root.
                int third = Key(chord[1]);
                if (third < root) third += 12;
                int next = Key(nextRoot);
                int[] walk = [root, third, fifth, next + (next > fifth ? -1 : 1)];
                for (int b = 0; b < beats; b++)
                    notes.Add(new ScoreNote(Bass, b == beats - 1 && beats < 4 ? root : walk[b], v - (b % 2) * 6, Beat(b), Beat(b) + Q - 20));
                break;
            }
        }
    }

    static void AddComp(ScoreStyle style, double tension, int[] chord, int[] voicing, long barStart, int beats, List<ScoreNote> notes, int velocity)
    {
        int v = Math.Clamp(velocity - 10, 20, 110);
        long barEnd = barStart + (long)beats * Q;
        switch (style.Accompaniment)
        {
            case Accompaniment.Arpeggio:
            {
                // Root below, then the voicing up and back: eighths, or quarters in quieter scenes.
                int low = 48 + chord[0] % 12;
                int[] tones = [low, .. voicing.Select(k => k + (k < 60 ? 12 : 0))];
                int[] order = [0, 1, 2, 3 % tones.Length, 1, 2, 1, 2];
                long step = tension >= 0.45 ? Eighth : Q;
                int i = 0;
                for (long at = barStart; at < barEnd; at += step, i++)
                    notes.Add(new ScoreNote(Comp, tones[order[i % order.Length] % tones.Length], v - (i % 2) * 6, at, Math.Min(at + step * 2, barEnd) - 10));
                break;
            }
            case Accompaniment.Charleston:
                // A chord on one and on the and of two.
                foreach (int k in voicing) notes.Add(new ScoreNote(Comp, k, v, barStart, Math.Min(barStart + 3 * Eighth - 20, barEnd - 10)));
                if (beats >= 2)
                    foreach (int k in voicing) notes.Add(new ScoreNote(Comp, k, v - 10, barStart + 3 * Eighth + Eighth / 3, barStart + 4 * Eighth));
                break;
            default:
                // Staccato on every beat, root alone on one.
                for (int b = 0; b < beats; b++)
                {
                    long at = barStart + (long)b * Q;
                    if (b == 0) notes.Add(new ScoreNote(Comp, 48 + chord[0] % 12, v, at, at + Q / 3));
                    else foreach (int k in voicing) notes.Add(new ScoreNote(Comp, k, v - 12, at, at + Q / 3));
                }
                break;
        }
    }

    static void AddDrums(ScoreStyle style, double tension, long barStart, int beats, int bar, List<ScoreNote> notes, int velocity)
    {
        void Hit(int key, long at, int v) => notes.Add(new ScoreNote(Drums, key, Math.Clamp(v, 10, 127), at, at + Eighth / 2));
        int v = velocity;
        for (int b = 0; b < beats; b++)
        {
            long at = barStart + (long)b * Q;
            switch (style.Kit)
            {
                case Kit.Brushes:
                    Hit(51, at, v - 20);                                                  // ride
                    if (b % 2 == 1) { Hit(44, at, v - 25); Hit(51, at + Eighth + Eighth / 3, v - 32); } // hat on two and four, swung skip
                    if (b == 0) Hit(35, at, v - 35);
                    break;
                case Kit.Light:
                    Hit(70, at, v - 25); Hit(70, at + Eighth, v - 38);                   // shaker
                    if (b == 0) Hit(36, at, v - 20);
                    if (b % 2 == 1) Hit(54, at, v - 30);                                  // tambourine
                    break;
                case Kit.Pop:
                    Hit(42, at, v - 25); Hit(42, at + Eighth, v - 35);
                    if (b % 2 == 0) Hit(36, at, v - 5); else Hit(38, at, v - 10);
                    break;
                case Kit.Pulse:
                    if (b % 2 == 0) Hit(41, at, v - 10);
                    if (b == 1) Hit(41, at + Eighth, v - 22);
                    if (tension >= 0.8) for (int s = 0; s < 4; s++) Hit(42, at + s * Q / 4, v - 40);
                    break;
                case Kit.Woodblocks:
                    Hit(b % 2 == 0 ? 77 : 76, at, v - 15);
                    if (b == 0 && bar % 2 == 0) Hit(81, at, v - 30);                     // triangle
                    break;
                default: // orchestral
                    if (b == 0) Hit(36, at, v - 10);
                    if (b == 0 && bar % 4 == 0) Hit(49, at, v - 20);                    // cymbal at each phrase
                    break;
            }
        }
    }
}
