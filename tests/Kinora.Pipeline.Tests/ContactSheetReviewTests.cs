using System.Numerics;
using Kinora.Direction;
using Kinora.World;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// Two sets of shots a director sent back from issue 6's contact sheets, measured through the lens at 6 frames a
/// second. The kitchen: the opening wide and the re-establishing orbit looked down 40–47° on a 12 mm lens through
/// the hanging pans, and two shots stood outside the room framing the chefs through the window's posts. The keeper:
/// the extreme wide cropped the lighthouse's lamp room off the top of frame and the cottage's corner cut into its
/// left side.
/// </summary>
public sealed class ContactSheetReviewTests
{
    const string Kitchen = "Two rival chefs argue in a busy restaurant kitchen, then cook one dish together before closing time.";
    const string Keeper = "A lighthouse keeper on a stormy island rescues a sailor at night and they watch the dawn together.";

    static FilmPlan Plan(string prompt) => Planning.Plan(new FilmSource.Prompt(prompt), new PlanOverrides(Duration: 30, Width: 640, Height: 360));

    static IEnumerable<(Shot Shot, CameraTrack Track, double T, CameraFrame Camera)> Frames(FilmPlan plan, double every = 1.0 / 6)
    {
        foreach (var shot in plan.Shots.Shots)
        {
            var track = CameraTrack.For(shot, plan.World);
            for (double t = shot.Start; t < shot.End; t += every) yield return (shot, track, t, track.Sample(t));
        }
    }

    static double Degrees(double radians) => radians * 180 / Math.PI;

    [Fact]
    public void The_kitchen_is_filmed_from_inside_the_room_at_a_human_eye_line()
    {
        var plan = Plan(Kitchen);
        var world = plan.World;
        float aspect = 640f / 360;
        int frames = 0;
        double steepest = 0, mostTilted = 0;
        foreach (var (shot, track, t, camera) in Frames(plan))
        {
            var set = world.SetFor(shot.Scene);
            frames++;
            Assert.True(Foreground.Indoors(camera.Position, set), $"{shot.Id} at {t:0.00} s: the lens at {camera.Position} stands outside the kitchen");
            var eyes = shot.Subjects.Select(n => world.Actor(n, t)).Where(s => s is not null).Select(s => s!.Value.Eyes).ToArray();
            if (eyes.Length == 0) continue;
            // How steeply the lens looks down on the people it frames, from above their eyes.
            foreach (var e in eyes)
            {
                var d = e - camera.Position;
                steepest = Math.Max(steepest, Degrees(Math.Atan2(-d.Y, MathF.Sqrt(d.X * d.X + d.Z * d.Z))));
            }
            if (shot.Size <= ShotSize.Full) mostTilted = Math.Max(mostTilted, -Degrees(Math.Asin(camera.Forward.Y)));
            // No set piece nearer than the people fills more than a twentieth of the frame.
            float depth = eyes.Min(e => MathF.Sqrt((e.X - camera.Position.X) * (e.X - camera.Position.X) + (e.Z - camera.Position.Z) * (e.Z - camera.Position.Z)));
            double covered = Foreground.Occluded(camera, aspect, set, depth - 0.3f);
            Assert.True(covered <= 0.05, $"{shot.Id} at {t:0.00} s: a set piece in the foreground covers {covered:P0} of the frame");
        }
        Assert.True(frames > 150, $"only {frames} frames sampled");
        // Before: 40° down on the opening wide, 47° on the orbit.
        Assert.True(steepest <= 21, $"the lens looks down {steepest:0.0}° on the people it frames");
        Assert.True(mostTilted <= 16, $"a wide or full shot tilts {mostTilted:0.0}° down");
    }

    [Fact]
    public void The_island_extreme_wide_holds_the_lighthouse_whole_and_clear_of_the_cottage()
    {
        var plan = Plan(Keeper);
        var world = plan.World;
        float aspect = 640f / 360;
        var opening = plan.Shots.Shots[0];
        Assert.Equal(ShotSize.ExtremeWide, opening.Size);
        var set = world.SetFor(opening.Scene);
        var lighthouse = Assert.Single(set.Landmarks);
        Assert.True(lighthouse.Max.Y > 17, $"the landmark's top is at {lighthouse.Max.Y} m");
        var track = CameraTrack.For(opening, world);
        int frames = 0;
        for (double t = opening.Start; t < opening.End; t += 1.0 / 6)
        {
            var camera = track.Sample(t);
            frames++;
            Assert.True(LandmarkFraming.Whole(camera, aspect, lighthouse), $"at {t:0.00} s the lighthouse is cut by the frame");
            // The top of the lantern's roof sits below the top of frame with headroom.
            var top = new Vector3(lighthouse.Centre.X, lighthouse.Max.Y, lighthouse.Centre.Z);
            Assert.True(camera.TryProject(top, aspect, out var ndc) && ndc.Y <= 0.92, $"at {t:0.00} s the lighthouse's top is at {ndc.Y:0.00} of the frame");
            // The people it establishes are in frame too.
            foreach (var name in opening.Subjects)
            {
                var eyes = world.Actor(name, t)!.Value.Eyes;
                Assert.True(camera.TryProject(eyes, aspect, out var e) && Math.Abs(e.X) < 0.95 && Math.Abs(e.Y) < 0.95, $"{name} out of frame at {t:0.00} s");
            }
            double depth = opening.Subjects.Min(n => Vector3.Distance(world.Actor(n, t)!.Value.Position with { Y = 0 }, camera.Position with { Y = 0 }));
            double covered = Foreground.Occluded(camera, aspect, set, (float)depth - 0.3f);
            Assert.True(covered <= 0.05, $"at {t:0.00} s a near set piece covers {covered:P0} of the frame");
        }
        Assert.True(frames >= 30);
    }
}
