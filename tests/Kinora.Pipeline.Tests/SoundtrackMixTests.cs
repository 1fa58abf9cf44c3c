using Kinora.Audio;

namespace Kinora.Pipeline.Tests;

/// <summary>The soundtrack mixed while the frames render: its dialogue first, the rest on a thread of its own.</summary>
public sealed class SoundtrackMixTests : IDisposable
{
    const string Prompt = "A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier.";
    readonly string dir = Directory.CreateTempSubdirectory("kinora-mix-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    (FilmPlan Plan, RenderCache Cache, string Key) Film()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 30, Width: 320, Height: 180, Seed: 3));
        var cache = new RenderCache(Path.Combine(dir, "cache"));
        cache.Create();
        var key = SegmentPlan.For(plan, Shoot.RenderOptionsFor(plan.Production, Kinora.Render.RenderBackend.Auto, 0)).SoundtrackKey;
        return (plan, cache, key);
    }

    [Fact]
    public void The_lines_and_mouths_come_first_and_the_mix_lands_whole_in_the_cache_for_the_next_shoot()
    {
        var (plan, cache, key) = Film();
        double lufs;
        System.Collections.Immutable.ImmutableArray<SpokenLine> lines;
        using (var sound = SoundtrackMix.Start(plan.World, cache, key, CancellationToken.None))
        {
            Assert.True(sound.Mixed);
            lines = sound.Lines;
            Assert.NotEmpty(lines);
            // The lip-sync is on disk before the mix is done, for worker processes.
            Assert.True(File.Exists(cache.SoundtrackMouthsFile(key)));
            lufs = sound.Finish();
        }
        Assert.Equal(-16, lufs, 0.5);
        Assert.True(SoundtrackMix.Cached(cache, key));
        Assert.Empty(Directory.GetFiles(cache.Sound, ".*"));

        using var again = SoundtrackMix.Start(plan.World, cache, key, CancellationToken.None);
        Assert.False(again.Mixed);
        Assert.Equal(lufs, again.Finish());
        Assert.Equal(lines.Select(l => (l.Character, l.Text, Math.Round(l.Start, 6))), again.Lines.Select(l => (l.Character, l.Text, Math.Round(l.Start, 6))));
    }

    [Fact]
    public void A_mix_that_fails_stops_the_shoot_with_its_own_error_and_leaves_no_soundtrack()
    {
        var (plan, cache, key) = Film();
        var broken = SoundtrackOptions.Default with { FluidSynth = Path.Combine(dir, "no-fluidsynth") };
        using var sound = SoundtrackMix.Start(plan.World, cache, key, broken, CancellationToken.None);
        // What the frames watch is cancelled as soon as the mix fails.
        Assert.True(sound.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(60)));
        Assert.IsType<InvalidOperationException>(sound.Failure);
        Assert.Throws<InvalidOperationException>(() => sound.Finish());
        Assert.False(SoundtrackMix.Cached(cache, key));
        Assert.False(File.Exists(cache.SoundtrackFile(key)));
        Assert.Empty(Directory.GetFiles(cache.Sound, ".*"));
    }
}
