namespace Kinora.Pipeline.Tests;

/// <summary>The render cache stays within its budget, dropping what was used longest ago and never the film in hand.</summary>
public sealed class CachePruneTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-prune-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    RenderCache Filled()
    {
        var cache = new RenderCache(dir);
        cache.Create();
        var t0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < 5; i++)
        {
            string file = cache.SegmentFile($"seg{i}");
            File.WriteAllBytes(file, new byte[1000]);
            File.SetLastWriteTimeUtc(file, t0.AddHours(i));
        }
        foreach (string file in new[] { cache.SoundtrackFile("snd"), cache.SoundtrackReportFile("snd"), cache.SoundtrackLinesFile("snd") })
        {
            File.WriteAllBytes(file, new byte[500]);
            File.SetLastWriteTimeUtc(file, t0.AddMinutes(30));
        }
        // Someone else's segment being written, and a worker's job: never entries.
        File.WriteAllBytes(RenderCache.Partial(cache.SegmentFile("busy")), new byte[4000]);
        File.WriteAllText(Path.Combine(cache.Work, "job.json"), "{}");
        return cache;
    }

    [Fact]
    public void Pruning_drops_whole_entries_least_recently_used_first_and_keeps_the_film_in_hand()
    {
        var cache = Filled();
        Assert.Equal(new CacheUsage(5, 1, 6500), cache.Usage());

        var pruned = cache.Prune(4000, keep: new HashSet<string> { "seg0" });
        // seg0 is oldest but kept; then the soundtrack (all three files) and seg1 go.
        Assert.Equal(2, pruned.Removed);
        Assert.Equal(2500, pruned.BytesFreed);
        Assert.True(File.Exists(cache.SegmentFile("seg0")));
        Assert.False(File.Exists(cache.SegmentFile("seg1")));
        Assert.False(File.Exists(cache.SoundtrackReportFile("snd")));
        Assert.Equal(new CacheUsage(4, 0, 4000), pruned.After);
        Assert.True(File.Exists(RenderCache.Partial(cache.SegmentFile("busy"))));
        Assert.True(File.Exists(Path.Combine(cache.Work, "job.json")));
    }

    [Fact]
    public void A_segment_used_again_is_kept_over_older_ones()
    {
        var cache = Filled();
        cache.Touch(["seg0"]);
        cache.Prune(4000);
        Assert.True(File.Exists(cache.SegmentFile("seg0")));
        Assert.False(File.Exists(cache.SegmentFile("seg1")));
        Assert.True(File.Exists(cache.SegmentFile("seg2")));
        Assert.Equal(0, cache.Prune(0).After.Bytes);
    }

    [Theory]
    [InlineData("1500", 1500L)]
    [InlineData("750K", 750L << 10)]
    [InlineData("500M", 500L << 20)]
    [InlineData("20G", 20L << 30)]
    [InlineData("1.5T", 3L << 39)]
    [InlineData("2GiB", 2L << 30)]
    [InlineData(" 8 gb", 8L << 30)]
    public void Sizes_read_as_people_write_them(string text, long bytes)
    {
        Assert.True(CacheUsage.TryParseSize(text, out long parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("big")]
    [InlineData("-5G")]
    [InlineData("1e30T")]
    public void Nonsense_sizes_are_refused(string text) => Assert.False(CacheUsage.TryParseSize(text, out _));
}
