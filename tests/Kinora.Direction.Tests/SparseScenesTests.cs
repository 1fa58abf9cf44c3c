namespace Kinora.Direction.Tests;

public sealed class SparseScenesTests
{
    [Fact]
    public void An_empty_set_a_lone_speaker_and_a_scene_without_beats_are_still_covered()
    {
        var world = FakeWorld.Film();
        var scenes = world.Production.Scenes;
        var recut = world.Production with
        {
            Scenes =
            [
                scenes[0] with { Cast = ["BEN"], Beats = [.. scenes[0].Beats.Select(b => b with { Subject = b.Subject is null ? null : "BEN", Target = null })] },
                scenes[1] with { Cast = [], Beats = [] },
            ],
        };
        var view = new Recut(world, recut);
        var plan = Director.Plan(view);
        Assert.Equal(recut.Duration, plan.Shots[^1].End);
        for (int i = 1; i < plan.Shots.Length; i++) Assert.Equal(plan.Shots[i - 1].End, plan.Shots[i].Start);
        Assert.All(plan.Shots.Where(s => s.Scene == 0), s => Assert.All(s.Subjects, n => Assert.Equal("BEN", n)));
        Assert.All(plan.Shots.Where(s => s.Scene == 1), s => Assert.Empty(s.Subjects));
        var report = CoverageReport.Compute(plan, view);
        Assert.True(report.Clean, string.Join("\n", report.Shots.Where(s => !s.Clean).Select(s => $"{s.Id}: {string.Join("; ", s.Problems)}")));
    }
}
