using System.Globalization;
using Kinora.Direction;
using Xunit.Abstractions;

namespace Kinora.Audio.Tests;

public sealed class StemTests(ScoredFilm film, ITestOutputHelper output) : IClassFixture<ScoredFilm>
{
    [Fact]
    public void Dialogue_music_and_effects_stems_are_written_beside_the_soundtrack_as_float_wavs_of_the_film_s_length()
    {
        output.WriteLine($"mixed with score and foley in {film.MixSeconds:F2} s");
        long frames = (long)Math.Round(film.Production.Duration * 48000);
        foreach (var path in new[] { film.Files.Dialogue!, film.Files.Music!, film.Files.Effects! })
        {
            var stem = Wav.Read(path);
            Assert.Equal(32, stem.BitsPerSample);
            Assert.Equal(48000, stem.SampleRate);
            Assert.Equal(frames, stem.Left.Length);
            Assert.True(stem.RmsDb(0, film.Production.Duration) > -60, $"{Path.GetFileName(path)} carries sound");
        }
        Assert.True(File.Exists(film.Files.Score));
        Assert.Empty(Directory.GetFiles(film.Folder, "*.tmp"));
    }

    [Fact]
    public void The_stems_add_up_to_the_mix_before_its_limiter()
    {
        var d = Wav.Read(film.Files.Dialogue!);
        var m = Wav.Read(film.Files.Music!);
        var e = Wav.Read(film.Files.Effects!);
        var mix = film.Wav;
        // The mix is the sum through a limiter, then 16-bit dither: over every 10 ms the mix is the sum times one gain
        // of at most 1 (the limiter's), to within a small residual, and that gain is 1 wherever nothing peaks.
        const int window = 480;
        double signal = 0, residual = 0;
        int windows = 0, untouched = 0;
        double highest = 0;
        for (int s = 0; s + window <= mix.Left.Length; s += window)
        {
            double cross = 0, power = 0, heard = 0;
            for (int i = s; i < s + window; i++)
            {
                double sl = d.Left[i] + m.Left[i] + e.Left[i], sr = d.Right[i] + m.Right[i] + e.Right[i];
                cross += sl * mix.Left[i] + sr * mix.Right[i];
                power += sl * sl + sr * sr;
                heard += mix.Left[i] * (double)mix.Left[i] + mix.Right[i] * (double)mix.Right[i];
            }
            if (power < 1e-9) continue;
            double g = cross / power;
            windows++;
            if (Math.Abs(g - 1) < 0.01) untouched++;
            highest = Math.Max(highest, g);
            signal += power;
            residual += Math.Max(0, heard - g * g * power);
        }
        double residualDb = 10 * Math.Log10(residual / signal);
        output.WriteLine($"residual after the limiter's gain {residualDb:F1} dB; gain 1 (±1 %) in {untouched} of {windows} windows; highest gain {highest:F4}");
        Assert.True(residualDb < -30, $"residual {residualDb:F1} dB");
        Assert.True(highest < 1.01, $"the limiter never raises: {highest:F4}");
        Assert.True(untouched > windows / 2, $"gain 1 in only {untouched} of {windows} windows");
    }

    [Fact]
    public void The_mix_meets_minus_16_LUFS_and_minus_1_dBTP_as_ffmpeg_ebur128_measures_it()
    {
        Assert.InRange(film.Report.IntegratedLufs, -17, -15);
        Assert.True(film.Report.TruePeakDbtp <= -1, $"{film.Report.TruePeakDbtp:F2} dBTP");
        string? ffmpeg = SoundtrackMixerTests.FindOnPath("ffmpeg");
        if (ffmpeg is null)
        {
            output.WriteLine("ffmpeg is not installed: cross-check skipped");
            return;
        }
        var (lufs, peak) = Ebur128.Measure(ffmpeg, film.Files.Mix);
        output.WriteLine($"ffmpeg: {lufs} LUFS, {peak} dBTP; ours: {film.Report.IntegratedLufs:F2} LUFS, {film.Report.TruePeakDbtp:F2} dBTP");
        Assert.InRange(lufs, -17, -15);
        Assert.True(peak <= -0.9, $"ffmpeg true peak {peak} dBTP");
    }

    [Fact]
    public void Every_foot_contact_has_its_footstep_in_the_mix()
    {
        var contacts = film.World.FootContacts();
        var steps = film.Report.Foley.Where(f => f.Kind == FoleyKind.Footstep).ToArray();
        output.WriteLine($"{contacts.Length} foot contacts, {steps.Length} footsteps, {film.Report.Foley.Length} foley sounds");
        Assert.True(contacts.Length >= 8);
        Assert.Equal(contacts.Length, steps.Length);
        for (int i = 0; i < steps.Length; i++)
        {
            Assert.Equal(contacts[i].Time, steps[i].Time, 6);
            Assert.Equal(contacts[i].Actor, steps[i].Actor);
        }
        // The street is stone; the cottage floor is wood.
        Assert.All(steps.Where(s => s.Time < 9), s => Assert.Equal(Surface.Stone, s.Surface));
        Assert.All(steps.Where(s => s.Time >= 9), s => Assert.Equal(Surface.Wood, s.Surface));
        Assert.Contains(steps, s => s.Running);
    }

    [Fact]
    public void Ambience_changes_at_the_scene_cut_and_not_at_the_cuts_between_its_shots()
    {
        var shots = Director.Plan(film.World).Shots;
        double sceneCut = film.Production.Scenes[1].Start;
        var shotCuts = shots.Skip(1).Select(s => s.Start).Where(t => Math.Abs(t - sceneCut) > 1 && t > 0.8 && t < film.Production.Duration - 0.8).ToArray();
        output.WriteLine($"shot cuts inside scenes at {string.Join(", ", shotCuts.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s; scene cut at {sceneCut} s");
        Assert.NotEmpty(shotCuts);

        // The ambience bed alone (no ducking, no foley): octave-band levels either side of each cut.
        long frames = (long)Math.Round(film.Production.Duration * 48000);
        var bed = new AmbienceBed(film.Production, frames);
        var l = new float[frames];
        var r = new float[frames];
        bed.Render(l, r);
        // Half a second either side, clear of the scene cut's half-second crossfade.
        double Change(double t) => Spectrum.Distance(Spectrum.Bands(l, t - 0.75, t - 0.25), Spectrum.Bands(l, t + 0.25, t + 0.75));
        double atScene = Change(sceneCut);
        foreach (double t in shotCuts)
        {
            double c = Change(t);
            output.WriteLine($"shot cut {t:F2} s: {c:F1} dB");
            Assert.True(c < 3, $"the ambience steps by {c:F1} dB at the shot cut at {t:F2} s");
        }
        output.WriteLine($"scene cut: {atScene:F1} dB");
        Assert.True(atScene > 6, $"the ambience changes by only {atScene:F1} dB at the scene cut");
    }
}

/// <summary>Octave-band levels of a stretch of sound, and how far two such spectra lie apart.</summary>
static class Spectrum
{
    static readonly double[] Centres = [63, 125, 250, 500, 1000, 2000, 4000, 8000];

    public static double[] Bands(float[] x, double from, double to)
    {
        int a = (int)(from * 48000), b = (int)(to * 48000);
        var levels = new double[Centres.Length];
        for (int k = 0; k < Centres.Length; k++)
        {
            var f = Biquad.BandPass(48000, Centres[k], 1.41);
            double e = 0;
            // Settle the filter on the 50 ms before the window.
            for (int i = Math.Max(0, a - 2400); i < b; i++)
            {
                double y = f.Process(x[i]);
                if (i >= a) e += y * y;
            }
            levels[k] = 10 * Math.Log10(e / (b - a) + 1e-14);
        }
        return levels;
    }

    /// <summary>Mean absolute difference of band levels, in dB.</summary>
    public static double Distance(double[] p, double[] q) => p.Zip(q, (x, y) => Math.Abs(x - y)).Average();
}
