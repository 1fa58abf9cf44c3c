using Kinora.Direction;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// Issue 4's camera gap: a lens planned inside a tree's crown or trunk (set geometry the obstacle boxes do not
/// know) shows the inside of the foliage. Every shot of the kite prompt is sampled at the film's frame rate.
/// </summary>
public sealed class CameraClearOfSetTests
{
    const string Kite = "A girl in a yellow raincoat follows a red kite through a forest, across a meadow and up a hill at sunset.";

    [Fact]
    public void No_shot_of_the_kite_film_puts_the_lens_inside_a_crown_or_a_trunk()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Kite), new PlanOverrides(Duration: 120, Width: 320, Height: 180));
        var world = plan.World;
        int fps = plan.Production.Bible.Format.Fps;
        bool forest = false;
        int samples = 0;
        foreach (var shot in plan.Shots.Shots)
        {
            var set = world.SetFor(shot.Scene);
            if (set.Kind == LocationKind.Forest)
            {
                forest = true;
                // The forest's crowns and trunks are volumes the camera knows.
                Assert.True(set.Volumes.Count > 300, $"forest has only {set.Volumes.Count} volumes");
            }
            var track = CameraTrack.For(shot, world);
            for (double t = shot.Start; t < shot.End; t += 1.0 / fps)
            {
                var lens = track.Sample(t).Position;
                samples++;
                Assert.False(set.Volumes.Contains(lens, 0.05f), $"{shot.Id} ({set.Kind}) at {t:0.00} s: lens at {lens} inside the set's geometry");
            }
        }
        Assert.True(forest, "the kite film has no forest scene");
        Assert.True(samples > 2000, $"only {samples} frames sampled");
    }
}

/// <summary>
/// The diner's friends walk up to a booth against the window wall and sit facing each other. Covered from the side they
/// faced as they walked in, every frame of them stood outside the window looking in, or pressed against the wall's pier.
/// Outside, the parking lot's establishing wide cut the diner off at the frame's left with the friends small in an empty lot.
/// </summary>
public sealed class DinerCoverageTests
{
    const string Diner = "Three friends drive a vintage car along a coastal road in summer, stop at a diner, and argue about music.";

    [Theory]
    [InlineData(30)]
    [InlineData(120)]
    public void Every_shot_inside_the_diner_stands_in_the_room_on_a_clear_spot(double duration)
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Diner), new PlanOverrides(Duration: duration, Width: 320, Height: 180));
        var world = plan.World;
        int inside = 0;
        foreach (var shot in plan.Shots.Shots)
        {
            var set = world.SetFor(shot.Scene);
            if (!set.Interior) continue;
            inside++;
            var track = CameraTrack.For(shot, world);
            Assert.DoesNotContain("no clear spot", track.Adjustment ?? "");
            foreach (double t in new[] { shot.Start, (shot.Start + shot.End) / 2, shot.End })
            {
                var lens = track.Sample(t).Position;
                Assert.True(Foreground.Indoors(lens, set), $"{shot.Id} at {t:0.00} s: lens at {lens} outside the diner's walls");
                // A hand's breadth from a wall is no place for a lens (the wall's pier filled a third of the frame from
                // 4 cm); a medium between two booths may stand half a metre off it.
                Assert.True(lens.Z > -4.5f + 0.3f, $"{shot.Id} at {t:0.00} s: lens at {lens} against the window wall");
            }
        }
        Assert.True(inside > 0, "the diner film has no shot inside the diner");
    }

    [Fact]
    public void The_parking_lot_establishing_wide_holds_the_diner_and_its_sign_whole()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Diner), new PlanOverrides(Duration: 30, Width: 320, Height: 180));
        var world = plan.World;
        float aspect = 320f / 180;
        var shot = plan.Shots.Shots.First(s => world.SetFor(s.Scene).Kind == LocationKind.Diner && !world.SetFor(s.Scene).Interior);
        Assert.Equal(ShotSize.ExtremeWide, shot.Size);
        var diner = Assert.Single(world.SetFor(shot.Scene).Landmarks);
        var track = CameraTrack.For(shot, world);
        foreach (double t in new[] { shot.Start, (shot.Start + shot.End) / 2, shot.End })
            Assert.True(LandmarkFraming.Whole(track.Sample(t), aspect, diner), $"{shot.Id} at {t:0.00} s cuts the diner or its sign");
    }
}
