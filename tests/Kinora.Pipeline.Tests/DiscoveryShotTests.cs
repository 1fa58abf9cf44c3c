using System.Numerics;
using Kinora.Direction;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// "DEV finds an abandoned rover": the shot of it was a medium pan on the astronaut looking off at nothing, the rover
/// out of frame. What someone finds is the shot: they turn to it, and the camera looks past them onto it.
/// </summary>
public sealed class DiscoveryShotTests
{
    const string Astronaut = "An astronaut walks across a red desert at noon, finds an abandoned rover, and radios home as the sun sets.";

    [Fact]
    public void The_astronaut_turns_to_the_rover_and_the_frame_holds_both()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Astronaut), new PlanOverrides(Duration: 30, Width: 320, Height: 180));
        var world = plan.World;
        var shot = Assert.Single(plan.Shots.Shots, s => s.Reason.Contains("onto the rover", StringComparison.Ordinal));
        var rover = Assert.Single(world.SetFor(shot.Scene).Places, p => p.Name == "rover");
        var track = CameraTrack.For(shot, world);
        double t = (shot.Start + shot.End) / 2;
        var dev = world.Actor("DEV", t)!.Value;
        var toRover = Vector3.Normalize((rover.Thing - dev.Position) with { Y = 0 });
        Assert.True(Vector3.Dot(dev.Forward, toRover) > 0.9f, $"DEV faces {dev.Forward}, the rover lies {toRover}");
        var camera = track.Sample(t);
        Assert.True(camera.TryProject(rover.Thing, 320f / 180, out var at) && Math.Abs(at.X) < 0.9 && Math.Abs(at.Y) < 0.9, $"the rover is at {at} in the frame");
        Assert.True(camera.TryProject(dev.Eyes, 320f / 180, out var eyes) && Math.Abs(eyes.X) < 1 && Math.Abs(eyes.Y) < 1, $"DEV's head is at {eyes} in the frame");
        // Seen from behind DEV: the camera stands on the far side of DEV from the rover.
        Assert.True(Vector3.Dot((camera.Position - dev.Position) with { Y = 0 }, toRover) < 0, "the camera stands between DEV and the rover");
    }
}
