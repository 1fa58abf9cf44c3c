using System.Collections.Immutable;

namespace Kinora.Direction.Tests;

public sealed class CoverageReportTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Planned_coverage_passes_its_own_checks_whatever_the_seed(long seed)
    {
        var world = FakeWorld.Film(blocks: 2, seed: seed);
        var plan = Director.Plan(world);
        var report = CoverageReport.Compute(plan, world);
        Assert.True(report.Clean, string.Join("\n", report.Shots.Where(s => !s.Clean).Select(s => $"{s.Id}: {string.Join("; ", s.Problems)}")));
    }

    [Fact]
    public void A_camera_moved_across_the_line_is_reported()
    {
        var world = FakeWorld.Film();
        var plan = Director.Plan(world);
        int i = plan.Shots.IndexOf(plan.Shots.Last(s => s.Scene == 0 && s.Type == ShotType.OverTheShoulder));
        var flipped = plan.Shots.SetItem(i, plan.Shots[i] with { Angle = -plan.Shots[i].Angle });
        var report = CoverageReport.Compute(new ShotList(flipped), world);
        Assert.True(report.Shots[i].CrossesLine);
        Assert.Equal(1, report.LineViolations);
    }

    [Fact]
    public void A_cut_to_the_same_subject_from_nearly_the_same_angle_is_a_jump_cut()
    {
        var world = FakeWorld.Film();
        var a = new Shot("a", 0, 4, 8, ShotSize.Medium, CameraMove.Static, ["ADA"], 50, 2.8, 30, 1.6, "");
        var b = new Shot("b", 0, 8, 11.5, ShotSize.MediumClose, CameraMove.Static, ["ADA"], 75, 2.2, 40, 1.6, "");
        var c = b with { Id = "c", Angle = 70 };
        Assert.True(CoverageReport.Compute(new ShotList([a, b]), world).Shots[1].JumpCut);
        Assert.False(CoverageReport.Compute(new ShotList([a, c]), world).Shots[1].JumpCut);
        Assert.False(CoverageReport.Compute(new ShotList([a, b with { Size = ShotSize.Close }]), world).Shots[1].JumpCut);
    }

    [Fact]
    public void A_static_shot_of_a_walk_loses_the_subject_and_says_so()
    {
        var world = FakeWorld.Film();
        var shot = new Shot("w", 1, 34, 42, ShotSize.MediumClose, CameraMove.Static, ["ADA"], 85, 2.2, 90, 1.6, "");
        var report = CoverageReport.Compute(new ShotList([shot]), world);
        Assert.True(report.Shots[0].EyesOutOfFrame > CoverageReport.EyesOutAllowed);
        Assert.Contains(report.Shots[0].Problems, p => p.Contains("out of frame"));
    }

    [Fact]
    public void Shot_lengths_are_summarised()
    {
        var shots = new[] { 0.0, 1.0, 4.0, 13.0 }.Zip(new[] { 1.0, 4.0, 13.0, 15.0 },
            (s, e) => new Shot($"x{s}", 0, s, e, ShotSize.Wide, CameraMove.Static, ImmutableArray<string>.Empty, 32, 5.6, 0, 2, "")).ToList();
        var stats = ShotLengthStats.Of(shots);
        Assert.Equal(4, stats.Count);
        Assert.Equal(1, stats.Shortest);
        Assert.Equal(9, stats.Longest);
        Assert.Equal(2.5, stats.Median);
        Assert.Equal(1, stats.TooShort);
        Assert.Equal(1, stats.TooLong);
    }
}
