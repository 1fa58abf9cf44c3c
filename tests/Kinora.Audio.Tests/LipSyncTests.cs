using Kinora.World;

namespace Kinora.Audio.Tests;

public sealed class LipSyncTests
{
    const int Fps = 24;

    static DialogueTrack Build(Kinora.Production.Production production) =>
        DialogueTrack.Build(production, new SpeechSynthesizer("espeak-ng", 2), CancellationToken.None);

    static Kinora.Production.Production Exchange() =>
        TestFilms.Make(1, TestFilms.Scene(0, "INT. COTTAGE - DAY", TestFilms.Cottage, true, 10, "clear", 0, 12,
            TestFilms.Line(0, 0.5, 3.5, "ADA", "Forty years and you still wake me."),
            TestFilms.Line(1, 4.0, 6.5, "BEN", "My boat is on the rocks."),
            TestFilms.Line(2, 7.0, 7.9, "ADA", "I have told you a hundred times already that the lamp will not light itself.")));

    static bool AtRest(MouthShape m) => MathF.Abs(m.Open) + MathF.Abs(m.Spread) + m.Tuck + m.Press < 0.05f;

    [Fact]
    public void Espeaks_library_times_the_same_audio_the_command_speaks()
    {
        var synth = new SpeechSynthesizer("espeak-ng", 1);
        var request = new SpeechRequest("en-gb+f3", 40, 170, 100, "Forty years and you still wake me.");
        synth.Prepare([request], CancellationToken.None);
        double command = synth.Get(request).Length / (double)AudioFormat.SampleRate;
        var (phonemes, length) = PhonemeTimer.Time(request);
        // The engine carries a little state from line to line, so the library's line runs within 1 % of the command's.
        Assert.InRange(length, command * 0.99, command * 1.01);
        Assert.True(phonemes.Count > 15, $"{phonemes.Count} phonemes");
        Assert.Contains(phonemes, p => LipSync.Of(p.Name) == Viseme.LabioDental); // the f of "forty"
        Assert.Contains(phonemes, p => LipSync.Of(p.Name) == Viseme.Pressed);     // the m of "me"
        Assert.True(phonemes.Zip(phonemes.Skip(1)).All(x => x.First.Start <= x.Second.Start), "in order");
    }

    [Fact]
    public void Each_line_moves_its_speakers_mouth_within_one_frame_of_its_first_sound()
    {
        var track = Build(Exchange());
        Assert.Equal(3, track.Clips.Length);
        foreach (var clip in track.Clips)
        {
            int first = Array.FindIndex(clip.Samples, s => Math.Abs(s) > 0.001f);
            double onset = (clip.StartFrame + first) / (double)AudioFormat.SampleRate;
            int frame = (int)Math.Floor((clip.Line.Start - 0.5) * Fps);
            while (AtRest(track.Mouths.Sample(clip.Line.Character, frame / (double)Fps))) frame++;
            double moves = frame / (double)Fps;
            Assert.True(Math.Abs(moves - onset) <= 1.0 / Fps, $"{clip.Line.Character}: mouth moves at {moves:F3} s, voice at {onset:F3} s");
            // And it opens for a vowel soon after.
            var opened = Enumerable.Range(0, Fps / 2).Select(k => track.Mouths.Sample(clip.Line.Character, moves + k / (double)Fps)).Max(m => m.Open);
            Assert.True(opened > 0.3f, $"{clip.Line.Character} barely opens ({opened:F2})");
        }
    }

    [Fact]
    public void Mouths_are_closed_when_nobody_speaks_and_the_listener_stays_closed()
    {
        var track = Build(Exchange());
        var lines = track.Clips.Select(c => c.Line).ToList();
        for (int n = 0; n < 10 * Fps; n++)
        {
            double t = n / (double)Fps;
            foreach (var who in new[] { "ADA", "BEN" })
            {
                bool speaking = lines.Any(l => l.Character == who && t > l.Start - 0.1 && t < l.End + 0.1);
                if (!speaking) Assert.True(AtRest(track.Mouths.Sample(who, t)), $"{who}'s mouth moves at {t:F3} s without a line");
            }
        }
        // While speaking, the mouth moves more than it rests.
        var ada = lines[0];
        int moving = 0, frames = 0;
        for (double t = ada.Start + 0.05; t < ada.End - 0.05; t += 1.0 / Fps, frames++)
            if (!AtRest(track.Mouths.Sample("ADA", t))) moving++;
        Assert.True(moving > frames * 0.6, $"moving in {moving} of {frames} frames");
    }

    [Fact]
    public void The_same_film_gives_the_same_mouth_keys_to_a_sample()
    {
        // espeak-ng's library carries a little state from one line to the next, which moves an event by a few
        // samples when the lines before differ (here: the first build's); a render speaks its lines once, in film
        // order, in a fresh process, and the render cache keeps its keys. Other tests running in this process move
        // it more; it stays far under a frame (41.7 ms).
        var a = Build(Exchange()).Mouths.Cues;
        var b = Build(Exchange()).Mouths.Cues;
        Assert.Equal(a.Length, b.Length);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i].Character, b[i].Character);
            Assert.Equal(a[i].Viseme, b[i].Viseme);
            Assert.True(Math.Abs(a[i].Start - b[i].Start) < 5e-3, $"key {i}: {a[i]} vs {b[i]}");
        }
        Assert.True(a.Length > 20);
    }
}
