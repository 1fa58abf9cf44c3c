using Kinora.Render;

namespace Kinora.Pipeline.Tests;

public sealed class SegmentPlanTests
{
    static SegmentPlan Cut(FilmPlan plan) => SegmentPlan.For(plan, Shoot.RenderOptionsFor(plan.Production, RenderBackend.Cpu, 0));

    [Fact]
    public void Segments_tile_the_film_inside_shots_and_last_at_most_ten_seconds()
    {
        var plan = Planning.Plan(new FilmSource.Sample(), new PlanOverrides(Width: 320, Height: 180));
        var cut = Cut(plan);
        int fps = plan.Production.Bible.Format.Fps;
        Assert.Equal(plan.Production.FrameCount, cut.Frames);
        Assert.Equal(0, cut.Segments[0].FirstFrame);
        Assert.Equal(cut.Frames, cut.Segments[^1].EndFrame);
        for (int i = 0; i < cut.Segments.Length; i++)
        {
            var s = cut.Segments[i];
            Assert.Equal(i, s.Index);
            if (i > 0) Assert.Equal(cut.Segments[i - 1].EndFrame, s.FirstFrame);
            Assert.InRange(s.FrameCount, 1, 10 * fps);
            var shot = plan.Shots.Shots[s.FirstShot];
            Assert.True(shot.Start <= (double)s.FirstFrame / fps + 1e-9 && (double)(s.EndFrame - 1) / fps < shot.End + 1e-9, $"segment {i} leaves shot {shot.Id}");
        }
        Assert.Equal(cut.Segments.Length, cut.Segments.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void The_same_plan_gives_the_same_keys_and_another_seed_or_size_other_keys()
    {
        var a = Cut(Planning.Plan(new FilmSource.Sample(), new PlanOverrides(Width: 320, Height: 180)));
        var b = Cut(Planning.Plan(new FilmSource.Sample(), new PlanOverrides(Width: 320, Height: 180)));
        var c = Cut(Planning.Plan(new FilmSource.Sample(), new PlanOverrides(Width: 320, Height: 180, Seed: 9)));
        var d = Cut(Planning.Plan(new FilmSource.Sample(), new PlanOverrides(Width: 640, Height: 360)));
        Assert.Equal(a.Segments.Select(s => s.Key), b.Segments.Select(s => s.Key));
        Assert.Equal(a.SoundtrackKey, b.SoundtrackKey);
        Assert.Empty(a.Segments.Select(s => s.Key).Intersect(c.Segments.Select(s => s.Key)));
        Assert.Empty(a.Segments.Select(s => s.Key).Intersect(d.Segments.Select(s => s.Key)));
        Assert.NotEqual(a.SoundtrackKey, c.SoundtrackKey);
    }
}
