using Kinora.Direction;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Pipeline.Tests;

public sealed class KiteFramingTests
{
    const string Prompt = "A girl in a yellow raincoat follows a red kite through a forest, across a meadow and up a hill at sunset.";

    [Fact]
    public void The_kite_prompt_frames_the_kite_with_the_girl_in_the_shots_of_the_lines_about_it()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 120, Width: 320, Height: 180, Seed: 1));
        var world = plan.World;
        var kite = world.Kite;
        Assert.NotNull(kite);
        Assert.Equal(new Kinora.Core.Rgb(176, 38, 36), kite!.Colour);

        var kiteShots = plan.Shots.Shots.Where(s => s.Subjects.Contains(Kite.SubjectName)).ToList();
        Assert.True(kiteShots.Count >= 3, $"only {kiteShots.Count} shots frame the kite");

        // Every action line about the kite is covered by a shot that frames it.
        var lines = plan.Production.Scenes.SelectMany(s => s.Beats).Where(b => b.Kind == BeatKind.Action && Kite.Names(b.Text)).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
            Assert.Contains(kiteShots, s => Math.Min(s.End, line.End) - Math.Max(s.Start, line.Start) > 0.5);

        // In those shots the kite and the girl are in the frame (sampled at 12 frames a second).
        foreach (var shot in kiteShots)
        {
            var track = CameraTrack.For(shot, world);
            int samples = 0, kiteIn = 0, girlIn = 0;
            for (double t = shot.Start; t < shot.End; t += 1 / 12.0)
            {
                var camera = track.Sample(t);
                samples++;
                var k = world.Subject(Kite.SubjectName, t)!.Value;
                if (camera.TryProject(k.Eyes, track.Aspect, out var a) && Math.Abs(a.X) <= 1 && Math.Abs(a.Y) <= 1) kiteIn++;
                var girl = world.Actor(kite.Holder, t)!.Value;
                if (camera.TryProject(girl.Eyes, track.Aspect, out var b) && Math.Abs(b.X) <= 1 && Math.Abs(b.Y) <= 1) girlIn++;
            }
            Assert.True(kiteIn >= 0.9 * samples, $"{shot.Id}: the kite is in frame {kiteIn} of {samples} samples");
            Assert.True(girlIn >= 0.9 * samples, $"{shot.Id}: {kite.Holder} is in frame {girlIn} of {samples} samples");
        }
    }
}
