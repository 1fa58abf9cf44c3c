using System.Numerics;
using Kinora.Production;
using Xunit.Abstractions;

namespace Kinora.Direction.Tests;

public sealed class DirectorTests(ITestOutputHelper output)
{
    static readonly FakeWorld World = FakeWorld.Film();
    static readonly ShotList Plan = Director.Plan(World);

    [Fact]
    public void Shots_tile_the_film_with_no_gap_or_overlap()
    {
        output.WriteLine(ShotListYaml.Write(Plan));
        var shots = Plan.Shots;
        Assert.Equal(0, shots[0].Start);
        for (int i = 1; i < shots.Length; i++) Assert.Equal(shots[i - 1].End, shots[i].Start);
        Assert.Equal(World.Production.Duration, shots[^1].End);
        Assert.All(shots, s => Assert.True(s.Duration >= Director.ShortestShot, $"{s.Id} is {s.Duration:0.00} s"));
        Assert.All(shots, s => Assert.True(s.Duration <= Director.LongestShot + 1e-9, $"{s.Id} is {s.Duration:0.00} s"));
    }

    [Fact]
    public void Ids_name_the_scene_and_the_shot()
    {
        Assert.Equal("s001-01", Plan.Shots[0].Id);
        Assert.All(Plan.Shots, s => Assert.Matches(@"^s\d{3}-\d{2}$", s.Id));
        Assert.Equal(Plan.Shots.Length, Plan.Shots.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Every_scene_opens_on_an_establishing_shot()
    {
        foreach (var scene in World.Production.Scenes)
        {
            var first = Plan.ShotAt(scene.Start);
            Assert.Equal(scene.Index, first.Scene);
            Assert.Equal(scene.Start, first.Start);
            Assert.True(first.Size <= ShotSize.Wide, $"{first.Id} is {first.Size}");
            Assert.Contains("establish", first.Reason);
        }
    }

    [Fact]
    public void A_new_location_is_established_longer_than_a_return_to_it()
    {
        var world = FakeWorld.Film(blocks: 2);
        var plan = Director.Plan(world);
        var scenes = world.Production.Scenes;
        Assert.True(plan.ShotAt(scenes[0].Start).Duration > plan.ShotAt(scenes[2].Start).Duration);
        Assert.True(plan.ShotAt(scenes[1].Start).Duration > plan.ShotAt(scenes[3].Start).Duration);
    }

    [Fact]
    public void Dialogue_is_covered_shot_reverse_shot()
    {
        var dialogue = Plan.Shots.Where(s => s.Scene == 0 && s.Start >= 4).ToList();
        var singles = dialogue.Where(s => s.Type is ShotType.Single or ShotType.OverTheShoulder).ToList();
        Assert.Contains(singles, s => s.Primary == "ADA");
        Assert.Contains(singles, s => s.Primary == "BEN");
        int reversals = 0;
        for (int i = 1; i < singles.Count; i++) if (singles[i].Primary != singles[i - 1].Primary) reversals++;
        Assert.True(reversals >= 2, $"only {reversals} reversals");
        Assert.All(singles, s => Assert.InRange(s.Size, ShotSize.Medium, ShotSize.ExtremeClose));
    }

    [Fact]
    public void A_walk_is_followed_or_trucked_with_a_reason()
    {
        var walk = Plan.ShotAt(38);
        Assert.Contains(walk.Move, new[] { CameraMove.Follow, CameraMove.Truck, CameraMove.Handheld });
        Assert.Equal("ADA", walk.Primary);
        Assert.Contains("ADA", walk.Reason);
    }

    [Fact]
    public void A_charged_line_gets_a_push_in()
    {
        var shots = Plan.Shots.Where(s => s.Start < 20 && s.End > 14).ToList();
        Assert.Contains(shots, s => s.Move == CameraMove.DollyIn && s.Primary == "BEN");
    }

    [Fact]
    public void Lenses_suit_the_size_and_tight_shots_open_up()
    {
        foreach (var s in Plan.Shots)
        {
            var (min, max) = Lens.Range(s.Size);
            Assert.InRange(s.FocalLength, min, max);
        }
        Assert.True(Lens.Aperture(ShotSize.Close) < Lens.Aperture(ShotSize.Wide));
    }

    [Fact]
    public void A_ten_minute_film_has_at_least_forty_shots()
    {
        var world = FakeWorld.Film(blocks: 12);
        Assert.True(world.Production.Duration >= 600);
        var plan = Director.Plan(world);
        Assert.True(plan.Shots.Length >= 40, $"{plan.Shots.Length} shots");
        Assert.True(world.Production.Duration / plan.Shots.Length <= 15);
    }

    [Fact]
    public void Planning_is_deterministic()
    {
        var again = Director.Plan(FakeWorld.Film());
        Assert.Equal(ShotListYaml.Write(Plan), ShotListYaml.Write(again));
        var other = Director.Plan(FakeWorld.Film(seed: 8));
        Assert.Equal(Plan.Shots[^1].End, other.Shots[^1].End);
    }
}
