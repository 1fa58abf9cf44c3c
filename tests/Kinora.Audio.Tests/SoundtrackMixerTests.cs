using Kinora.Production;
using Xunit.Abstractions;

namespace Kinora.Audio.Tests;

public sealed class SoundtrackMixerTests(MixedFilm film, ITestOutputHelper output) : IClassFixture<MixedFilm>
{
    const double LeadIn = 0.15;

    [Fact]
    public void The_file_is_48_kHz_stereo_16_bit_and_exactly_as_long_as_the_film()
    {
        Assert.Equal(48000, film.Wav.SampleRate);
        Assert.Equal(2, film.Wav.Channels);
        Assert.Equal(16, film.Wav.BitsPerSample);
        Assert.Equal((int)Math.Round(film.Production.Duration * 48000), film.Wav.Left.Length);
        Assert.False(File.Exists(film.Path + ".tmp"));
        output.WriteLine($"mixed in {film.MixSeconds:F2} s");
    }

    [Fact]
    public void The_mix_is_normalised_to_minus_16_LUFS()
    {
        var meter = new LoudnessMeter();
        meter.Add(film.Wav.Left, film.Wav.Right);
        output.WriteLine($"measured {meter.IntegratedLufs:F2} LUFS, reported {film.Report.IntegratedLufs:F2} LUFS");
        Assert.InRange(meter.IntegratedLufs, -17, -15);
        Assert.Equal(meter.IntegratedLufs, film.Report.IntegratedLufs, 2);
    }

    [Fact]
    public void The_true_peak_stays_at_or_under_minus_1_dBTP()
    {
        var meter = new TruePeakMeter();
        meter.Add(film.Wav.Left, film.Wav.Right);
        output.WriteLine($"true peak {meter.TruePeakDbtp:F2} dBTP, reported {film.Report.TruePeakDbtp:F2}");
        Assert.True(meter.TruePeakDbtp <= -1.0, $"{meter.TruePeakDbtp:F2} dBTP");
        Assert.Equal(meter.TruePeakDbtp, film.Report.TruePeakDbtp, 3);
    }

    [Fact]
    public void Loudness_and_true_peak_agree_with_ffmpeg_ebur128()
    {
        string? ffmpeg = FindOnPath("ffmpeg");
        if (ffmpeg is null)
        {
            output.WriteLine("ffmpeg is not installed: cross-check skipped");
            return;
        }
        var (lufs, peak) = Ebur128.Measure(ffmpeg, film.Path);
        output.WriteLine($"ffmpeg: {lufs} LUFS, {peak} dBTP; ours: {film.Report.IntegratedLufs:F2} LUFS, {film.Report.TruePeakDbtp:F2} dBTP");
        Assert.InRange(lufs, -17, -15);
        Assert.Equal(lufs, film.Report.IntegratedLufs, 0.2);
        Assert.True(peak <= -0.9, $"ffmpeg true peak {peak} dBTP");
    }

    [Fact]
    public void Each_line_starts_on_its_beat_after_the_lead_in_and_ends_before_the_beat_does()
    {
        var beats = film.Production.Scenes.SelectMany(s => s.Beats).Where(b => b.Kind == BeatKind.Dialogue).OrderBy(b => b.Start).ToArray();
        Assert.Equal(3, film.Report.Lines.Length);
        for (int i = 0; i < beats.Length; i++)
        {
            var line = film.Report.Lines[i];
            output.WriteLine($"{line.Character}: {line.Start:F3}–{line.End:F3} for beat {beats[i].Start:F2}–{beats[i].End:F2}");
            Assert.Equal(beats[i].Subject, line.Character);
            Assert.Equal(beats[i].Text, line.Text);
            Assert.InRange(line.Start, beats[i].Start + LeadIn - 0.05, beats[i].Start + LeadIn + 0.05);
            Assert.True(line.End < beats[i].End, $"line {i} ends at {line.End:F3}, after its beat at {beats[i].End:F3}");
            Assert.True(line.Duration > 1.0, "a whole sentence takes more than a second");
        }
        // The voice really is where the report says: silence-ish before, loud inside.
        foreach (var line in film.Report.Lines)
            Assert.True(film.Wav.RmsDb(line.Start, line.Start + 0.3) > film.Wav.RmsDb(line.Start - 0.12, line.Start - 0.02) + 6);
    }

    [Fact]
    public void Dialogue_is_much_louder_than_the_ambience_around_it()
    {
        var lines = film.Report.Lines;
        double speech = Energy(lines.Select(l => (l.Start, l.End)));
        // Ambience only: at least half a second away from any line.
        var gaps = new List<(double, double)>();
        double t = 0;
        foreach (var l in lines)
        {
            if (l.Start - 0.5 > t + 0.5) gaps.Add((t + 0.5, l.Start - 0.5));
            t = l.End;
        }
        gaps.Add((t + 0.5, film.Production.Duration));
        // The ambience and foley stem: taken before the limiter, at the same gain as the mix.
        var effects = Wav.Read(film.Files.Effects!);
        double ambience = Energy(effects, gaps);
        double between = Energy(film.Wav, gaps);
        output.WriteLine($"speech {speech:F1} dBFS, ambience {ambience:F1} dBFS, everything between the lines {between:F1} dBFS");
        Assert.True(speech - ambience > 10, $"speech {speech:F1} dBFS vs ambience {ambience:F1} dBFS");
        Assert.True(ambience > -60, "the ambience bed is audible");
        Assert.True(speech - between > 6, $"speech {speech:F1} dBFS vs music and ambience between the lines {between:F1} dBFS");
    }

    double Energy(IEnumerable<(double From, double To)> spans) => Energy(film.Wav, spans);

    static double Energy(Wav wav, IEnumerable<(double From, double To)> spans)
    {
        double e = 0, seconds = 0;
        foreach (var (a, b) in spans)
        {
            e += Math.Pow(10, wav.RmsDb(a, b) / 10) * (b - a);
            seconds += b - a;
        }
        return 10 * Math.Log10(e / seconds);
    }

    [Fact]
    public void Two_characters_sound_different_and_one_character_keeps_her_voice()
    {
        var lines = film.Report.Lines;
        double ada1 = film.Wav.MedianPitch(lines[0].Start, lines[0].End);
        double ben = film.Wav.MedianPitch(lines[1].Start, lines[1].End);
        double ada2 = film.Wav.MedianPitch(lines[2].Start, lines[2].End);
        output.WriteLine($"ADA {ada1:F0} Hz and {ada2:F0} Hz, BEN {ben:F0} Hz");
        Assert.InRange(ada2 / ada1, 0.85, 1.18);
        Assert.True(Math.Min(ada1, ada2) > ben * 1.3, "ADA's voice sits well above BEN's");
    }

    [Fact]
    public void Island_night_and_interior_beds_differ_and_each_is_continuous()
    {
        // The effects stem (ambience and foley, no music), away from dialogue and its ducking, away from the cut at 10 s.
        var effects = Wav.Read(film.Files.Effects!);
        double island = effects.RmsDb(8.9, 9.7);
        double cottage = effects.RmsDb(16.5, 19.9);
        output.WriteLine($"island night {island:F1} dBFS, interior {cottage:F1} dBFS");
        Assert.True(island - cottage > 10, "surf, wind and crickets are far louder than room tone");

        // No drop-outs or restarts: every 50 ms stretch of a bed carries sound, without steps between stretches.
        foreach (var (from, to) in new[] { (0.05, 0.8), (8.9, 9.7), (10.5, 11.8), (16.5, 19.9) })
        {
            double previous = double.NaN;
            for (double t = from; t + 0.05 <= to; t += 0.05)
            {
                double level = effects.RmsDb(t, t + 0.05);
                Assert.True(level > -75, $"silence at {t:F2} s");
                if (!double.IsNaN(previous)) Assert.True(Math.Abs(level - previous) < 8, $"a step of {level - previous:F1} dB at {t:F2} s");
                previous = level;
            }
        }
        // The cut crossfades: no hole around 10 s.
        for (double t = 9.7; t < 10.3; t += 0.05) Assert.True(effects.RmsDb(t, t + 0.05) > -75, $"hole at {t:F2} s");
    }

    [Fact]
    public void The_same_production_twice_gives_identical_bytes()
    {
        string again = Path.Combine(film.Folder, "again.wav");
        var report = SoundtrackMixer.Mix(TestFilms.TwoScenes(), again);
        Assert.Equal(File.ReadAllBytes(film.Path), File.ReadAllBytes(again));
        Assert.Equal(film.Report.Lines.ToArray(), report.Lines.ToArray());
        Assert.Equal(film.Report.IntegratedLufs, report.IntegratedLufs);
    }

    [Fact]
    public void Another_seed_changes_the_ambience_but_not_the_voices()
    {
        string other = Path.Combine(film.Folder, "seed7.wav");
        var report = SoundtrackMixer.Mix(TestFilms.TwoScenes(seed: 7), other);
        Assert.Equal(film.Report.Lines.ToArray(), report.Lines.ToArray());
        Assert.NotEqual(File.ReadAllBytes(film.Path), File.ReadAllBytes(other));
    }

    [Fact]
    public void A_cancelled_mix_leaves_no_file_behind()
    {
        string path = Path.Combine(film.Folder, "cancelled.wav");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SoundtrackMixer.Mix(TestFilms.TwoScenes(), path, cancel.Token));
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void A_film_without_dialogue_is_normalised_but_a_quiet_room_stays_quiet()
    {
        var beach = new Kinora.Production.LocationSpec("BEACH", LocationKind.Beach, 3, 40, 200);
        var surf = TestFilms.Make(5, TestFilms.Scene(0, "EXT. BEACH - DAY", beach, false, 14, "clear", 0, 6));
        var room = TestFilms.Make(5, TestFilms.Scene(0, "INT. COTTAGE - DAY", TestFilms.Cottage, true, 14, "clear", 0, 6));
        // Ambience alone: without a score, the room tone is not pushed up to the target.
        var bedOnly = SoundtrackOptions.Default with { Score = false };
        var atSea = SoundtrackMixer.Mix(surf, Path.Combine(film.Folder, "surf.wav"), bedOnly);
        var inside = SoundtrackMixer.Mix(room, Path.Combine(film.Folder, "room.wav"), bedOnly);
        var scored = SoundtrackMixer.Mix(room, Path.Combine(film.Folder, "scored-room.wav"));
        Assert.InRange(scored.IntegratedLufs, -17, -15);
        Assert.Empty(atSea.Lines);
        Assert.InRange(atSea.IntegratedLufs, -17, -15);
        Assert.InRange(inside.IntegratedLufs, -40, -20);
        Assert.True(inside.TruePeakDbtp <= -1);
    }

    internal static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
