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
