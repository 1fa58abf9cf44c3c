using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;
using Kinora.World;
using Xunit.Abstractions;

namespace Kinora.Audio.Tests;

public sealed class FoleyTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_footstep_can_be_heard_at_its_foot_contact()
    {
        var production = TestFilms.Walking();
        var world = WorldModel.Build(production);
        var cast = production.Bible.Cast.Select(m => m.Name).ToHashSet();
        var cues = FoleyTrack.CuesFor(world).Where(c => c.Kind == FoleyKind.Footstep && cast.Contains(c.Actor)).ToImmutableArray();
        var contacts = world.FootContacts();
        Assert.Equal(contacts.Length, cues.Length);

        // The footsteps alone, rendered in blocks as the mixer does.
        long frames = (long)Math.Round(production.Duration * 48000);
        var l = new float[frames];
        var r = new float[frames];
        var track = new FoleyTrack(cues, production.Bible.Seed);
        for (long at = 0; at < frames; at += 4800)
        {
            int n = (int)Math.Min(4800, frames - at);
            track.AddTo(at, l.AsSpan((int)at, n), r.AsSpan((int)at, n));
        }
        var onsets = Onsets(l);
        output.WriteLine($"{contacts.Length} contacts, {onsets.Count} onsets heard");
        // Steps closer than the onset detector's 100 ms hold (two people's feet at once) count once.
        int separable = 1;
        for (int i = 1; i < contacts.Length; i++) if (contacts[i].Time - contacts[i - 1].Time >= 0.1) separable++;
        Assert.Equal(separable, onsets.Count);
        foreach (double t in onsets)
            Assert.Contains(contacts, c => Math.Abs(c.Time - t) <= 0.006);
    }

    [Fact]
    public void Walking_extras_near_the_cast_step_quietly_and_far_ones_are_not_heard()
    {
        var production = BusyStreet();
        var world = WorldModel.Build(production);
        var cast = production.Bible.Cast.Select(m => m.Name).ToHashSet();
        var all = FoleyTrack.CuesFor(world);
        var steps = all.Where(c => c.Kind == FoleyKind.Footstep).ToArray();
        var extras = steps.Where(c => !cast.Contains(c.Actor)).ToArray();
        var walkers = world.ExtrasFor(0).Extras.Where(e => e.Role == ExtraRole.Walk).ToArray();
        output.WriteLine(string.Join(", ", world.ExtrasFor(0).Extras.Select(e => $"{e.Name}:{e.Role}")));
        Assert.NotEmpty(walkers);
        Assert.NotEmpty(extras);
        var again = FoleyTrack.CuesFor(WorldModel.Build(BusyStreet()));
        int differ = Enumerable.Range(0, Math.Min(all.Length, again.Length)).FirstOrDefault(i => all[i] != again[i], -1);
        Assert.True(differ < 0 && all.Length == again.Length, differ < 0 ? $"{all.Length} then {again.Length} cues" : $"{all[differ]} then {again[differ]}");   // the same every run

        // Each step falls off with its distance to the nearest of the cast, 6 dB per doubling past 2.5 m; none past 16 m.
        var tracks = world.BlockingFor(0).Tracks;
        int heard = 0, contacts = 0;
        foreach (var e in walkers)
            foreach (var c in e.Track.FootContacts().Where(c => c.Time < production.Scenes[0].End))
            {
                contacts++;
                double d = tracks.Min(a => Vector2.Distance(new(c.Position.X, c.Position.Z), new(a.Sample(c.Time).Position.X, a.Sample(c.Time).Position.Z)));
                var cue = extras.SingleOrDefault(x => x.Actor == e.Name && Math.Abs(x.Time - c.Time) < 1e-9);
                if (d > FoleyTrack.ExtraFar) { Assert.Null(cue); continue; }
                Assert.NotNull(cue);
                heard++;
                double expected = FoleyTrack.ExtraLevelDb - 20 * Math.Log10(Math.Max(d, FoleyTrack.ExtraNear) / FoleyTrack.ExtraNear)
                    + (cue.Running ? 4 : 0) + (e.Child ? -3 : 0);
                Assert.Equal(expected, cue.GainDb, 3);
                Assert.Equal(Surface.Stone, cue.Surface);   // the street's pavement
            }
        output.WriteLine($"{walkers.Length} walking extras, {contacts} steps, {heard} heard");

        // Rendered: the loudest extra's step stays well under the loudest of the cast's.
        double castPeak = Peak(steps.Where(c => cast.Contains(c.Actor)), production), extraPeak = Peak(extras, production);
        output.WriteLine($"peaks: cast {20 * Math.Log10(castPeak):F1} dBFS, extras {20 * Math.Log10(extraPeak):F1} dBFS");
        Assert.True(extraPeak > 0 && 20 * Math.Log10(castPeak / extraPeak) > 5, $"cast {castPeak}, extras {extraPeak}");
    }

    /// <summary>24 s on a street by day: ADA speaks, walks off, BEN answers; people stroll the pavements behind them.</summary>
    static Kinora.Production.Production BusyStreet() => TestFilms.Make(42,
        TestFilms.Scene(0, "EXT. HIGH STREET - DAY", TestFilms.Street, false, 11, "clear", 0, 24,
            TestFilms.Establish(0, 0, 2) with { Text = "The high street in the morning." },
            TestFilms.Line(1, 2, 8, "ADA", "I am going to the harbour, and I am going now."),
            TestFilms.Act(2, 8, 14, "ADA", "walk"),
            TestFilms.Line(3, 14, 24, "BEN", "Wait for me! The tide will not turn before noon.")));

    static double Peak(IEnumerable<FoleyCue> cues, Kinora.Production.Production production)
    {
        long frames = (long)Math.Round(production.Duration * 48000);
        var l = new float[frames];
        var r = new float[frames];
        var track = new FoleyTrack([.. cues], production.Bible.Seed);
        for (long at = 0; at < frames; at += 4800)
        {
            int n = (int)Math.Min(4800, frames - at);
            track.AddTo(at, l.AsSpan((int)at, n), r.AsSpan((int)at, n));
        }
        return l.Max(Math.Abs);
    }

    /// <summary>Times (s) where the 1 ms envelope first crosses a level well above what came before, held off for 100 ms after each.</summary>
    static List<double> Onsets(float[] x)
    {
        const int hop = 48;
        var env = new double[x.Length / hop];
        for (int k = 0; k < env.Length; k++)
        {
            double e = 0;
            for (int i = 0; i < hop; i++) e = Math.Max(e, Math.Abs(x[k * hop + i]));
            env[k] = e;
        }
        double peak = env.Max();
        var onsets = new List<double>();
        int hold = -1;
        for (int k = 1; k < env.Length; k++)
        {
            if (k < hold) continue;
            double before = 0;
            for (int j = Math.Max(0, k - 30); j < k; j++) before = Math.Max(before, env[j]);
            if (env[k] > peak * 0.05 && env[k] > 4 * before)
            {
                onsets.Add(k * hop / 48000.0);
                hold = k + 100;
            }
        }
        return onsets;
    }

    [Theory]
    [InlineData(LocationKind.Street, false, "clear", Surface.Stone)]
    [InlineData(LocationKind.Street, false, "rain", Surface.Wet)]
    [InlineData(LocationKind.Beach, false, "clear", Surface.Sand)]
    [InlineData(LocationKind.Forest, false, "clear", Surface.Grass)]
    [InlineData(LocationKind.Meadow, false, "snow", Surface.Snow)]
    [InlineData(LocationKind.Interior, true, "rain", Surface.Wood)]
    [InlineData(LocationKind.Office, true, "clear", Surface.Carpet)]
    [InlineData(LocationKind.Diner, true, "clear", Surface.Stone)]
    public void The_ground_follows_the_place_and_the_weather(LocationKind kind, bool interior, string weather, Surface surface)
    {
        var where = new LocationSpec("PLACE", kind, 1, 40, 100);
        Assert.Equal(surface, Underfoot.For(TestFilms.Scene(0, "X", where, interior, 12, weather, 0, 5)));
    }

    [Fact]
    public void Each_ground_sounds_like_itself()
    {
        static (double Centroid, double Spread) Measure(Surface s)
        {
            double centroid = 0, spread = 0;
            for (int k = 0; k < 8; k++)
            {
                var y = FoleySynth.Footstep(s, false, Pcg32.For(1, $"test/{s}/{k}"));
                centroid += Centroid(y) / 8;
                spread += Spread(y) / 8;
            }
            return (centroid, spread);
        }
        var m = Enum.GetValues<Surface>().ToDictionary(s => s, Measure);
        foreach (var (s, v) in m) output.WriteLine($"{s}: centroid {v.Centroid:F0} Hz, within 20 dB of its peak for {v.Spread * 1000:F0} ms");
        Assert.True(m[Surface.Stone].Centroid > 1.5 * m[Surface.Wood].Centroid, "stone clicks, wood knocks");
        Assert.True(m[Surface.Carpet].Centroid < m[Surface.Wood].Centroid, "carpet is dull");
        Assert.True(m[Surface.Sand].Spread > 2 * m[Surface.Stone].Spread, "sand crunches on after the strike");
        Assert.True(m[Surface.Grass].Spread > 2 * m[Surface.Stone].Spread, "grass swishes");
        Assert.True(m[Surface.Wet].Spread > m[Surface.Stone].Spread, "a wet step splashes after the click");
    }

    [Fact]
    public void No_two_footsteps_are_the_same_but_each_is_the_same_every_run()
    {
        var a = FoleySynth.Footstep(Surface.Stone, false, Pcg32.For(5, "foley/1"));
        var b = FoleySynth.Footstep(Surface.Stone, false, Pcg32.For(5, "foley/2"));
        Assert.NotEqual(a, b);
        Assert.Equal(a, FoleySynth.Footstep(Surface.Stone, false, Pcg32.For(5, "foley/1")));
    }

    static double Centroid(float[] y)
    {
        // Zero-crossing rate stands in for the centroid of noise-like sounds: ~2× the dominant frequency crossings a second.
        double weighted = 0, total = 0;
        const int frame = 480;
        for (int s = 0; s + frame <= y.Length; s += frame)
        {
            double e = 0; int crossings = 0;
            for (int i = s; i < s + frame; i++) { e += y[i] * y[i]; if (i > s && (y[i] >= 0) != (y[i - 1] >= 0)) crossings++; }
            weighted += e * crossings * 48000.0 / frame / 2;
            total += e;
        }
        return weighted / total;
    }

    /// <summary>How long the sound stays within 20 dB of its loudest 5 ms, in seconds.</summary>
    static double Spread(float[] y)
    {
        const int frame = 240;
        var levels = new List<double>();
        for (int s = 0; s + frame <= y.Length; s += frame)
        {
            double e = 0;
            for (int i = s; i < s + frame; i++) e += y[i] * (double)y[i];
            levels.Add(e / frame);
        }
        double loudest = levels.Max();
        return levels.Count(e => e >= loudest / 100) * frame / 48000.0;
    }
}
